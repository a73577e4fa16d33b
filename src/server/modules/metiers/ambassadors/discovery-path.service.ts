/**
 * A signed-in candidate's discovery path: the jobs they chose, each step computed from what they
 * did on the platform (see discovery-path.ts), and links for the next step.
 */
import { notFound } from '../../../../shared/errors'
import { ambassadorPages } from '../../../../shared/modules/metiers/ambassadors.constants'
import type { PathSuggestionView, PathView } from '../../../../shared/modules/metiers/ambassadors.contract'
import { parisDate } from '../../../../shared/dates'
import { discoveryPath, noFacts, type DiscoveryStep } from '../../../../shared/modules/metiers/discovery-path'
import type { RequestContext } from '../../../http/context'
import type { MetiersDeps } from '../metiers.deps'
import { distanceKm, findPlace, pointOf, type Point } from './ambassadors.area'
import { ambassadorsRepository } from './ambassadors.repository'
import { discoveryPathRepository, type PathJobRow } from './discovery-path.repository'

/** Portal pages of the other parts that the suggestions open. */
const pages = {
  fiche: (slug: string) => `/metiers/fiches/${slug}`,
  event: (slug: string) => `/metiers/evenements/${slug}`,
  events: () => '/metiers/evenements',
  immersions: (slug: string) => `/metiers/immersions?fiche=${slug}`,
  trainings: (slug: string) => `/metiers/formations?fiche=${slug}`,
  apprenticeship: () => '/metiers/apprentissage',
  offers: (slug: string) => `/metiers/offres?fiche=${slug}`,
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
})

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

const accountOf = (ctx: RequestContext) => {
  if (ctx.actor?.stage !== 'active') throw notFound('Ce compte')
  return ctx.actor.accountId
}

export function discoveryPathService(deps: MetiersDeps) {
  async function suggestions(
    ctx: RequestContext,
    job: PathJobRow,
    step: DiscoveryStep,
    home: Point | null,
  ): Promise<PathSuggestionView[]> {
    const repo = discoveryPathRepository(ctx.tx)
    const now = deps.clock()
    switch (step) {
      case 'fiche':
        return [
          {
            kind: 'fiche',
            title: `Lire la fiche « ${job.title} »`,
            detail: 'Le métier, une journée type, les formations',
            href: pages.fiche(job.slug),
          },
        ]
      case 'ambassadeur': {
        const listed = await ambassadorsRepository(ctx.tx).listed({ ficheSlug: job.slug })
        const nearest = listed
          .map((a) => ({ a, km: home && pointOf(a) ? distanceKm(home, pointOf(a)!) : null }))
          .sort((x, y) => (x.km ?? Infinity) - (y.km ?? Infinity))[0]
        if (!nearest)
          return [
            {
              kind: 'ambassadeur',
              title: 'Voir les ambassadeurs',
              detail: 'Pas encore d’ambassadeur pour ce métier',
              href: ambassadorPages.directory(),
            },
          ]
        return [
          {
            kind: 'ambassadeur',
            title: `Rencontrer ${nearest.a.displayName}`,
            detail:
              nearest.km === null
                ? nearest.a.commune
                : `${nearest.a.commune}, à ${Math.round(nearest.km)} km de chez vous`,
            href: ambassadorPages.ambassador(nearest.a.id),
          },
        ]
      }
      case 'evenement': {
        const event = await repo.nextEvent(job.jobId, now)
        if (!event)
          return [
            {
              kind: 'evenement',
              title: 'Voir les événements',
              detail: 'Aucun événement annoncé pour ce métier',
              href: pages.events(),
            },
          ]
        return [
          {
            kind: 'evenement',
            title: event.title,
            detail: `${dayFormat.format(new Date(event.starts_at))}${event.online ? ', en ligne' : event.commune ? `, ${event.commune}` : ''}`,
            href: pages.event(event.slug),
          },
        ]
      }
      case 'immersion': {
        const offers = await repo.immersionOffers(job.jobId, parisDate(now))
        return [
          {
            kind: 'immersion',
            title: 'Faire une immersion',
            detail: offers.count
              ? `${plural(offers.count, 'accueil possible', 'accueils possibles')}, par exemple à ${offers.commune}`
              : 'Quelques jours chez un employeur pour voir le métier',
            href: pages.immersions(job.slug),
          },
        ]
      }
      case 'formation': {
        const trainings = await repo.trainings(job.jobId)
        return [
          {
            kind: 'formation',
            title: 'Trouver une formation',
            detail: trainings.count
              ? `${plural(trainings.count, 'formation', 'formations')}, dont « ${trainings.title} »`
              : 'Les diplômes et les écoles du métier',
            href: pages.trainings(job.slug),
          },
          {
            kind: 'apprentissage',
            title: 'Chercher un apprentissage',
            detail: 'Se former en étant payé, chez un employeur',
            href: pages.apprenticeship(),
          },
        ]
      }
      case 'candidature': {
        const open = await repo.openOffers(job.jobId, job.codeRome, now)
        return [
          {
            kind: 'offres',
            title: 'Voir les offres d’emploi',
            detail: open
              ? `${plural(open, 'offre ouverte', 'offres ouvertes')}`
              : 'Créez une alerte pour être prévenu',
            href: pages.offers(job.slug),
          },
        ]
      }
    }
  }

  async function view(ctx: RequestContext): Promise<PathView> {
    const accountId = accountOf(ctx)
    const repo = discoveryPathRepository(ctx.tx)
    const jobs = await repo.jobs(accountId)
    const facts = await repo.facts(accountId, jobs)
    const commune = jobs.length ? await repo.candidateCommune(accountId) : ''
    const place = commune ? await findPlace(deps.geocoder, ctx.tx, commune) : null
    const home = place ? pointOf(place) : null
    const chosen = new Set(jobs.map((j) => j.jobId))
    const result: PathView = {
      jobs: [],
      choices: (await repo.publishedFiches())
        .filter((f) => !chosen.has(f.id))
        .map(({ slug, title }) => ({ slug, title })),
    }
    for (const job of jobs) {
      const progress = discoveryPath(facts.get(job.jobId) ?? noFacts, job.markedSteps)
      result.jobs.push({
        job: { slug: job.slug, title: job.title },
        ...progress,
        suggestions: progress.next ? await suggestions(ctx, job, progress.next, home) : [],
      })
    }
    await ctx.audit({
      action: 'read',
      entityType: 'discovery_path',
      entityId: accountId,
      organisationId: null,
    })
    return result
  }

  async function jobOf(ctx: RequestContext, slug: string) {
    const fiche = (await discoveryPathRepository(ctx.tx).publishedFiches()).find((f) => f.slug === slug)
    if (!fiche) throw notFound('Cette fiche métier')
    return fiche
  }

  return {
    view,

    async add(ctx: RequestContext, slug: string): Promise<PathView> {
      const accountId = accountOf(ctx)
      const fiche = await jobOf(ctx, slug)
      await discoveryPathRepository(ctx.tx).add(accountId, fiche.id, deps.clock())
      await ctx.audit({
        action: 'update',
        entityType: 'discovery_path',
        entityId: accountId,
        after: { added: fiche.slug },
        organisationId: null,
      })
      return view(ctx)
    },

    async remove(ctx: RequestContext, slug: string): Promise<PathView> {
      const accountId = accountOf(ctx)
      const repo = discoveryPathRepository(ctx.tx)
      const job = (await repo.jobs(accountId)).find((j) => j.slug === slug)
      if (!job) throw notFound('Ce métier de votre parcours')
      await repo.remove(accountId, job.jobId)
      await ctx.audit({
        action: 'update',
        entityType: 'discovery_path',
        entityId: accountId,
        after: { removed: slug },
        organisationId: null,
      })
      return view(ctx)
    },

    async mark(ctx: RequestContext, slug: string, step: DiscoveryStep, done: boolean): Promise<PathView> {
      const accountId = accountOf(ctx)
      const repo = discoveryPathRepository(ctx.tx)
      const job = (await repo.jobs(accountId)).find((j) => j.slug === slug)
      if (!job) throw notFound('Ce métier de votre parcours')
      const steps = new Set(job.markedSteps)
      if (done) steps.add(step)
      else steps.delete(step)
      await repo.setMarked(accountId, job.jobId, [...steps], deps.clock())
      await ctx.audit({
        action: 'update',
        entityType: 'discovery_path',
        entityId: accountId,
        before: { [step]: job.markedSteps.includes(step) },
        after: { [step]: done },
        organisationId: null,
      })
      return view(ctx)
    },
  }
}
