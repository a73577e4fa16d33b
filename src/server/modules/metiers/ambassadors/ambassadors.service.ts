/**
 * Ambassadors: the public directory and its booking form, the ambassador's own space (profile,
 * training modules, requests received) and the editors' validation. Every read and write of a
 * request (the requester's contact details) is audited.
 */
import type { z } from 'zod'
import { conflict, invalid, notFound } from '../../../../shared/errors'
import {
  canMoveBooking,
  defaultDisplayName,
  type BookingState,
} from '../../../../shared/modules/metiers/ambassadors.constants'
import type {
  AmbassadorBookingView,
  AmbassadorModuleView,
  AmbassadorSpaceView,
  BookingCreatedView,
  DirectoryView,
  EditorAmbassadorView,
  EditorModuleView,
  MyAmbassadorView,
  PublicAmbassadorView,
  ambassadorProfileBody,
  answerBody,
  bookingBody,
  directoryQuery,
  moduleBody,
  reviewBody,
} from '../../../../shared/modules/metiers/ambassadors.contract'
import { newId } from '../../../../shared/ids'
import type { RequestContext } from '../../../http/context'
import type { MetiersDeps } from '../metiers.deps'
import { sanitizeRichText } from '../rich-text'
import { distanceKm, findPlace, pointOf, requirePlace } from './ambassadors.area'
import {
  bookingAnswerToAmbassador,
  bookingAnswerToRequester,
  bookingReceived,
  newBookingToAmbassador,
  reviewDecision,
} from './ambassadors.mails'
import {
  bookingView,
  editorModuleView,
  moduleView,
  myAmbassador,
  publicAmbassador,
} from './ambassadors.presenter'
import { ambassadorsRepository, type AmbassadorWithJob, type BookingRow } from './ambassadors.repository'

type Out<T extends z.ZodType> = z.output<T>

const signedInAccount = (ctx: RequestContext) => {
  if (ctx.actor?.stage !== 'active') throw notFound('Ce compte')
  return ctx.actor
}

/** The profile fields the audit log keeps (the ambassador's own words are personal data: masked). */
const auditFields = (a: AmbassadorWithJob) => ({
  displayName: a.displayName,
  jobId: a.jobId,
  employerType: a.employerType,
  commune: a.commune,
  reviewState: a.reviewState,
  active: a.active,
})

export function ambassadorsService(deps: MetiersDeps) {
  async function ownProfile(ctx: RequestContext) {
    const actor = signedInAccount(ctx)
    const repo = ambassadorsRepository(ctx.tx)
    const profile = await repo.ofAccount(actor.accountId)
    if (!profile) throw notFound('Votre profil d’ambassadeur')
    return { repo, profile, actor }
  }

  async function ownBooking(ctx: RequestContext, bookingId: string) {
    const { repo, profile } = await ownProfile(ctx)
    const booking = await repo.booking(profile.id, bookingId)
    if (!booking) throw notFound('Cette demande')
    return { repo, profile, booking }
  }

  async function moveBooking(
    ctx: RequestContext,
    repo: ReturnType<typeof ambassadorsRepository>,
    booking: BookingRow,
    to: BookingState,
    values: Partial<BookingRow>,
  ): Promise<BookingRow> {
    if (!canMoveBooking(booking.state as BookingState, to)) {
      throw conflict(
        booking.state === 'demandee'
          ? 'Acceptez d’abord cette demande.'
          : 'Cette demande a déjà reçu sa réponse : elle ne peut plus changer ainsi.',
      )
    }
    const updated = await repo.updateBooking(booking.id, { ...values, state: to })
    await ctx.audit({
      action: 'update',
      entityType: 'ambassador_booking',
      entityId: booking.id,
      before: { state: booking.state },
      after: { state: to },
      organisationId: null,
    })
    return updated
  }

  return {
    async directory(ctx: RequestContext, query: Out<typeof directoryQuery>): Promise<DirectoryView> {
      const repo = ambassadorsRepository(ctx.tx)
      const place = query.commune ? await findPlace(deps.geocoder, ctx.tx, query.commune) : null
      const origin = place ? pointOf(place) : null
      const found = await repo.listed({ ficheSlug: query.fiche, format: query.format })
      const items = found
        .map((a) => {
          const at = pointOf(a)
          return { a, km: origin && at ? distanceKm(origin, at) : null }
        })
        // Meetings at a distance (phone, video) happen from anywhere: the distance only sorts them.
        .filter(({ km }) => !origin || query.format === 'distance' || (km !== null && km <= query.distanceKm))
        .sort((x, y) => (x.km ?? Infinity) - (y.km ?? Infinity))
        .map(({ a, km }) => publicAmbassador(a, km))
      return {
        items,
        jobs: await repo.listedJobs(),
        place: place ? { label: `${place.commune} (${place.postcode})` } : null,
        placeNotFound: Boolean(query.commune) && !place,
      }
    },

    async ambassador(ctx: RequestContext, id: string): Promise<PublicAmbassadorView> {
      const found = await ambassadorsRepository(ctx.tx).listedById(id)
      if (!found) throw notFound('Cet ambassadeur')
      return publicAmbassador(found, null)
    },

    async book(ctx: RequestContext, id: string, body: Out<typeof bookingBody>): Promise<BookingCreatedView> {
      const repo = ambassadorsRepository(ctx.tx)
      const ambassador = await repo.listedById(id)
      if (!ambassador) throw notFound('Cet ambassadeur')
      if (!ambassador.formats.includes(body.format))
        throw invalid('format', 'Cet ambassadeur ne propose pas ce format de rencontre.')
      const accountId = ctx.actor?.stage === 'active' ? ctx.actor.accountId : null
      if (accountId && accountId === ambassador.accountId)
        throw conflict('Vous ne pouvez pas demander à vous rencontrer vous-même.')
      const bookingId = newId()
      const now = deps.clock()
      await repo.insertBooking({
        id: bookingId,
        ambassadorId: ambassador.id,
        jobId: ambassador.jobId,
        candidateAccountId: accountId,
        requesterKind: body.requesterKind,
        requesterName: body.requesterName,
        requesterOrganisation: body.requesterOrganisation,
        requesterEmail: body.requesterEmail,
        requesterPhone: body.requesterPhone,
        format: body.format,
        wishedDates: body.wishedDates,
        message: body.message,
        state: 'demandee',
        createdAt: now,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'ambassador_booking',
        entityId: bookingId,
        after: {
          ambassadorId: ambassador.id,
          requesterName: body.requesterName,
          requesterEmail: body.requesterEmail,
          requesterPhone: body.requesterPhone,
          message: body.message,
        },
        masked: true,
        organisationId: null,
      })
      const to = await repo.contactEmail(ambassador.id)
      if (to) await deps.mailer.send(newBookingToAmbassador(deps.publicUrl, to, ambassador.job.title))
      await deps.mailer.send(
        bookingReceived(body.requesterEmail, ambassador.displayName, ambassador.job.title),
      )
      return { id: bookingId, ambassadorName: ambassador.displayName, state: 'demandee' }
    },

    async space(ctx: RequestContext): Promise<AmbassadorSpaceView> {
      const actor = signedInAccount(ctx)
      const repo = ambassadorsRepository(ctx.tx)
      const profile = await repo.ofAccount(actor.accountId)
      const [firstName = '', ...rest] = actor.displayName.trim().split(/\s+/)
      const base = {
        profile: profile ? myAmbassador(profile) : null,
        suggestedName: defaultDisplayName(firstName, rest.join(' ')),
        jobs: await repo.publishedJobs(),
      }
      if (!profile) return { ...base, modules: [], bookings: [] }
      const done = await repo.completions(profile.id)
      const modules = (await repo.modules(true)).map((m) => moduleView(m, done.get(m.id) ?? null))
      const bookings = await repo.bookingsOf(profile.id)
      for (const b of bookings) {
        await ctx.audit({
          action: 'read',
          entityType: 'ambassador_booking',
          entityId: b.id,
          organisationId: null,
        })
      }
      return { ...base, modules, bookings: bookings.map(bookingView) }
    },

    async saveProfile(
      ctx: RequestContext,
      body: Out<typeof ambassadorProfileBody>,
    ): Promise<MyAmbassadorView> {
      const actor = signedInAccount(ctx)
      const repo = ambassadorsRepository(ctx.tx)
      if (!(await repo.publishedJob(body.jobId)))
        throw invalid('jobId', 'Choisissez un métier parmi les fiches publiées.')
      const place = await requirePlace(deps.geocoder, ctx.tx, body.commune, 'commune')
      const before = await repo.ofAccount(actor.accountId)
      const now = deps.clock()
      // A published or waiting profile goes back to the editors; a refused one becomes a draft again.
      const reviewState =
        before && (before.reviewState === 'publie' || before.reviewState === 'a_valider')
          ? 'a_valider'
          : 'brouillon'
      const values = {
        displayName: body.displayName,
        jobId: body.jobId,
        employerType: body.employerType,
        yearsInJob: body.yearsInJob,
        story: body.story,
        languages: body.languages,
        formats: body.formats,
        postcode: place.postcode,
        commune: place.commune,
        communeInsee: place.communeInsee,
        latitude: place.latitude,
        longitude: place.longitude,
        radiusKm: body.radiusKm,
        availability: body.availability,
        reviewState,
        submittedAt: reviewState === 'a_valider' ? now : (before?.submittedAt ?? null),
        updatedAt: now,
      }
      if (before) await repo.update(before.id, values)
      else
        await repo.insert({
          id: newId(),
          accountId: actor.accountId,
          organisationId: actor.organisationId,
          createdAt: now,
          ...values,
        })
      const after = (await repo.ofAccount(actor.accountId))!
      await ctx.audit({
        action: before ? 'update' : 'create',
        entityType: 'ambassador',
        entityId: after.id,
        before: before ? auditFields(before) : null,
        after: auditFields(after),
        organisationId: null,
      })
      return myAmbassador(after)
    },

    async submit(ctx: RequestContext): Promise<MyAmbassadorView> {
      const { repo, profile, actor } = await ownProfile(ctx)
      if (profile.reviewState === 'a_valider')
        throw conflict('Votre profil attend déjà la validation des éditeurs.')
      if (profile.reviewState === 'publie') throw conflict('Votre profil est déjà publié.')
      await repo.update(profile.id, { reviewState: 'a_valider', submittedAt: deps.clock(), reviewNote: '' })
      await ctx.audit({
        action: 'update',
        entityType: 'ambassador',
        entityId: profile.id,
        before: { reviewState: profile.reviewState },
        after: { reviewState: 'a_valider' },
        organisationId: null,
      })
      return myAmbassador((await repo.ofAccount(actor.accountId))!)
    },

    async setActive(ctx: RequestContext, active: boolean): Promise<MyAmbassadorView> {
      const { repo, profile, actor } = await ownProfile(ctx)
      await repo.update(profile.id, { active, updatedAt: deps.clock() })
      await ctx.audit({
        action: 'update',
        entityType: 'ambassador',
        entityId: profile.id,
        before: { active: profile.active },
        after: { active },
        organisationId: null,
      })
      return myAmbassador((await repo.ofAccount(actor.accountId))!)
    },

    async completeModule(ctx: RequestContext, moduleId: string): Promise<AmbassadorModuleView> {
      const { repo, profile } = await ownProfile(ctx)
      const module = await repo.module(moduleId)
      if (!module?.published) throw notFound('Ce module')
      await repo.complete(profile.id, module.id, deps.clock())
      const done = await repo.completions(profile.id)
      return moduleView(module, done.get(module.id) ?? null)
    },

    async answer(
      ctx: RequestContext,
      bookingId: string,
      body: Out<typeof answerBody>,
    ): Promise<AmbassadorBookingView> {
      const { repo, profile, booking } = await ownBooking(ctx, bookingId)
      const accepted = body.decision === 'accepter'
      const updated = await moveBooking(ctx, repo, booking, accepted ? 'acceptee' : 'refusee', {
        answerMessage: body.message,
        answeredAt: deps.clock(),
      })
      await deps.mailer.send(
        bookingAnswerToRequester(
          deps.publicUrl,
          booking.requesterEmail,
          accepted,
          profile.displayName,
          profile.job.title,
          body.message,
        ),
      )
      await deps.mailer.send(
        bookingAnswerToAmbassador(deps.publicUrl, ctx.actor!.email, accepted, profile.job.title),
      )
      return bookingView(updated)
    },

    async markDone(ctx: RequestContext, bookingId: string): Promise<AmbassadorBookingView> {
      const { repo, booking } = await ownBooking(ctx, bookingId)
      return bookingView(await moveBooking(ctx, repo, booking, 'realisee', { doneAt: deps.clock() }))
    },

    // —— Editors ——

    async reviewList(ctx: RequestContext): Promise<EditorAmbassadorView[]> {
      const repo = ambassadorsRepository(ctx.tx)
      const list = await repo.reviewable()
      const modulesDone = await repo.modulesDone(list.map((a) => a.id))
      const bookingsDone = await repo.bookingsDone()
      return list.map((a) => ({
        ...myAmbassador(a),
        modulesDone: modulesDone.get(a.id) ?? 0,
        bookingsDone: bookingsDone.get(a.id) ?? 0,
      }))
    },

    async review(
      ctx: RequestContext,
      id: string,
      body: Out<typeof reviewBody>,
    ): Promise<EditorAmbassadorView> {
      const repo = ambassadorsRepository(ctx.tx)
      const profile = await repo.byId(id)
      if (!profile || profile.reviewState === 'brouillon') throw notFound('Ce profil d’ambassadeur')
      const publish = body.decision === 'publier'
      if (publish && profile.reviewState === 'publie') throw conflict('Ce profil est déjà publié.')
      if (!publish && profile.reviewState === 'refuse') throw conflict('Ce profil a déjà été renvoyé.')
      const reviewState = publish ? 'publie' : 'refuse'
      await repo.update(id, {
        reviewState,
        reviewNote: publish ? '' : body.note,
        reviewedBy: ctx.actor!.accountId,
        reviewedAt: deps.clock(),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'ambassador',
        entityId: id,
        before: { reviewState: profile.reviewState },
        after: { reviewState },
      })
      const to = await repo.contactEmail(id)
      if (to) await deps.mailer.send(reviewDecision(deps.publicUrl, to, publish, body.note))
      const after = (await repo.byId(id))!
      return {
        ...myAmbassador(after),
        modulesDone: (await repo.modulesDone([id])).get(id) ?? 0,
        bookingsDone: (await repo.bookingsDone()).get(id) ?? 0,
      }
    },

    async modules(ctx: RequestContext): Promise<EditorModuleView[]> {
      const repo = ambassadorsRepository(ctx.tx)
      const counts = await repo.completionsPerModule()
      return (await repo.modules(false)).map((m) => editorModuleView(m, counts.get(m.id) ?? 0))
    },

    async createModule(ctx: RequestContext, body: Out<typeof moduleBody>): Promise<EditorModuleView> {
      const repo = ambassadorsRepository(ctx.tx)
      const created = await repo.insertModule({
        ...body,
        bodyHtml: sanitizeRichText(body.bodyHtml),
        updatedAt: deps.clock(),
        updatedBy: ctx.actor!.accountId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'ambassador_module',
        entityId: created.id,
        after: { title: created.title, published: created.published },
      })
      return editorModuleView(created, 0)
    },

    async updateModule(
      ctx: RequestContext,
      id: string,
      body: Out<typeof moduleBody>,
    ): Promise<EditorModuleView> {
      const repo = ambassadorsRepository(ctx.tx)
      const before = await repo.module(id)
      if (!before) throw notFound('Ce module')
      const updated = await repo.updateModule(id, {
        ...body,
        bodyHtml: sanitizeRichText(body.bodyHtml),
        updatedAt: deps.clock(),
        updatedBy: ctx.actor!.accountId,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'ambassador_module',
        entityId: id,
        before: { title: before.title, published: before.published, position: before.position },
        after: { title: updated.title, published: updated.published, position: updated.position },
      })
      return editorModuleView(updated, (await repo.completionsPerModule()).get(id) ?? 0)
    },
  }
}
