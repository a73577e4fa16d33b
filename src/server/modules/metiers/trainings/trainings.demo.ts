import { eq, inArray } from 'drizzle-orm'
import { addDays, addMonths, parisDate } from '../../../../shared/dates'
import { trainingRouteLabels } from '../../../../shared/modules/metiers/metiers.constants'
import { malletteCategoryLabels } from '../../../../shared/modules/metiers/trainings-labels'
import type { Db } from '../../../db/client'
import { randomToken } from '../../../platform/secrets'
import { accounts } from '../../auth/auth.table'
import { memberships, organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'
import { slugWords } from '../offer-slug'
import type { PathwaysDemoContext } from '../pathways.demo'
import { demoCentres, demoMallette, demoWelcomeKit, type DemoCentre } from './trainings.demo-content'
import {
  malletteDocuments,
  trainingCentreSites,
  trainingCentres,
  trainingSessions,
  trainings,
  welcomeKits,
} from './trainings.table'
import { trainingSearchText } from './trainings.words'

async function centreOrganisation(tx: Db, centre: DemoCentre, context: PathwaysDemoContext) {
  const [organisation] = await tx
    .insert(organisations)
    .values({ kind: 'centre_formation', name: centre.name, communeInsee: centre.place.communeInsee })
    .returning({ id: organisations.id })
  const email = `formation@${centre.mailbox}.${context.domain}`
  const [account] = await tx
    .insert(accounts)
    .values({ email, displayName: `Formation — ${centre.name}`, passwordHash: context.passwordHash })
    .returning({ id: accounts.id })
  await tx
    .insert(memberships)
    .values({ organisationId: organisation!.id, accountId: account!.id, roles: ['recruteur'] })
  return organisation!.id
}

/**
 * Demo data of the trainings part: six invented training centres around Besançon and
 * Bourg-en-Bresse (real communes), each with a recruiter account `formation@<centre>.<domain>`,
 * their trainings for the demo fiches with sessions in the coming months, the mallette's
 * documents (links to the official texts) and the demo CCAS's welcome kit.
 */
export async function createDemoTrainings(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const [already] = await tx.select({ id: trainingCentres.id }).from(trainingCentres).limit(1)
  if (already) return
  const today = parisDate(new Date())
  const slugs = demoCentres.flatMap((c) => c.trainings.flatMap((t) => t.jobs))
  const fiches = await tx
    .select({ id: jobProfiles.id, slug: jobProfiles.slug })
    .from(jobProfiles)
    .where(inArray(jobProfiles.slug, [...new Set(slugs), '-']))
  const ficheId = new Map(fiches.map((f) => [f.slug, f.id]))
  const usedSlugs = new Set<string>()
  const uniqueSlug = (words: string) => {
    let slug = slugWords(words)
    for (let i = 2; usedSlugs.has(slug); i++) slug = `${slugWords(words)}-${i}`
    usedSlugs.add(slug)
    return slug
  }

  for (const demo of demoCentres) {
    const organisationId = await centreOrganisation(tx, demo, context)
    const [centre] = await tx
      .insert(trainingCentres)
      .values({
        organisationId,
        slug: uniqueSlug(`${demo.name} ${demo.place.commune}`),
        name: demo.name,
        kind: demo.kind,
        uai: demo.uai,
        website: demo.website,
        description: demo.description,
        accessibilityNote: demo.accessibilityNote,
        ...demo.place,
        published: true,
      })
      .returning()
    const sites = demo.sites.length
      ? await tx
          .insert(trainingCentreSites)
          .values(demo.sites.map((s) => ({ ...s, organisationId, centreId: centre!.id })))
          .returning()
      : []
    for (const t of demo.trainings) {
      const [training] = await tx
        .insert(trainings)
        .values({
          organisationId,
          centreId: centre!.id,
          slug: uniqueSlug(`${t.title} ${demo.place.commune}`),
          title: t.title,
          diploma: t.diploma,
          rncpCode: t.rncpCode,
          rncpLevel: t.rncpLevel,
          jobIds: t.jobs.flatMap((slug) => ficheId.get(slug) ?? []),
          routes: t.routes,
          summary: t.summary,
          duration: t.duration,
          cost: t.cost,
          fundingTags: t.fundingTags,
          prerequisites: t.prerequisites,
          admission: t.admission,
          admissionNote: t.admissionNote,
          published: true,
          searchText: trainingSearchText([
            t.title,
            t.diploma,
            t.rncpCode,
            t.summary,
            ...t.routes.map((r) => trainingRouteLabels[r]),
          ]),
        })
        .returning()
      if (t.sessions.length === 0) continue
      await tx.insert(trainingSessions).values(
        t.sessions.map((s) => {
          const startsOn = addMonths(today, s.inMonths)
          const place = s.site === null ? demo.place : sites[s.site]!
          return {
            organisationId,
            trainingId: training!.id,
            siteId: s.site === null ? null : sites[s.site]!.id,
            startsOn,
            endsOn: addDays(addMonths(startsOn, s.months), -1),
            seats: s.seats,
            address: place.address,
            postcode: place.postcode,
            commune: place.commune,
            communeInsee: place.communeInsee,
            latitude: place.latitude,
            longitude: place.longitude,
          }
        }),
      )
    }
  }

  const documents = await tx
    .insert(malletteDocuments)
    .values(
      demoMallette.map((d) => ({
        ...d,
        slug: uniqueSlug(d.title),
        published: true,
        searchText: trainingSearchText([d.title, d.summary, malletteCategoryLabels[d.category]]),
      })),
    )
    .returning({ id: malletteDocuments.id })

  const [existingKit] = await tx
    .select({ id: welcomeKits.id })
    .from(welcomeKits)
    .where(eq(welcomeKits.organisationId, context.ccasOrganisationId))
  if (!existingKit)
    await tx.insert(welcomeKits).values({
      organisationId: context.ccasOrganisationId,
      ...demoWelcomeKit,
      malletteDocumentIds: documents.slice(0, 3).map((d) => d.id),
      shareToken: randomToken(24),
      published: true,
    })
}
