import type { BodyOf, QueryOf } from '../../../shared/contract'
import { addDays, endOfParisDay, parisDate } from '../../../shared/dates'
import { DomainError, fieldLabel, notFound, type FieldIssue } from '../../../shared/errors'
import type { EmployerSector, OfferState } from '../../../shared/modules/metiers/metiers.constants'
import {
  DEFAULT_OFFER_DAYS,
  effectiveOfferState,
  expiryIssues,
  offerActions,
  publicPostIssues,
  salaryIssues,
} from '../../../shared/modules/metiers/offer-rules'
import {
  OFFERS_PAGE_SIZE,
  type metiersOffersContract as c,
  type OfferView,
  type PublicOfferView,
} from '../../../shared/modules/metiers/offers.contract'
import type { Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { recruiterOf, type EmployersDeps } from './employers.service'
import { locateWorkplace } from './offer-location'
import { offerSearchText } from './offer-search-text'
import { newOfferSlug } from './offer-slug'
import {
  centsToEuros,
  eurosToCents,
  presentOffer,
  presentOfferSummary,
  presentPublicOffer,
} from './offers.presenter'
import { offersRepository, type NewOffer, type OfferRow } from './offers.repository'
import { richTextToPlain, sanitizeRichText } from './rich-text'

export type CreateOfferInput = BodyOf<typeof c.createOffer>
export type UpdateOfferInput = BodyOf<typeof c.updateOffer>
export type PublishOfferInput = BodyOf<typeof c.publishOffer>
type ListQuery = QueryOf<typeof c.listOffers>

const offerNotFound = () => notFound('Cette offre')

/** One validation error naming every field at fault, the first one in the message. */
function refuse(issues: FieldIssue[]): never {
  const first = issues[0]!
  throw new DomainError('validation', `${fieldLabel(first.field)} : ${first.message}`, issues)
}

const defined = <T extends object>(patch: T) =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>

/** The stored offer in the shape of the contract's fields, to check a partial update against. */
const asInput = (row: OfferRow) => ({
  contract: row.contract as CreateOfferInput['contract'],
  publicGrade: row.publicGrade,
  dveReference: row.dveReference,
  dveUrl: row.dveUrl,
  salaryMin: centsToEuros(row.salaryMinCents),
  salaryMax: centsToEuros(row.salaryMaxCents),
  salaryPeriod: row.salaryPeriod,
})

/** Recruiters' offers: drafts, publication, end, and the public read of one offer. */
export function offersService(deps: EmployersDeps) {
  const now = () => deps.clock()

  async function ownOffer(ctx: RequestContext, id: string): Promise<OfferRow> {
    const row = await offersRepository(ctx.tx).offer(id)
    // Another employer's published offer is readable by all: to a recruiter it does not exist.
    if (!row || row.organisationId !== recruiterOf(ctx).organisationId) throw offerNotFound()
    return row
  }

  async function sectorOf(ctx: RequestContext): Promise<EmployerSector | null> {
    const profile = await offersRepository(ctx.tx).employerProfile(recruiterOf(ctx).organisationId)
    return (profile?.sector as EmployerSector | undefined) ?? null
  }

  async function view(ctx: RequestContext, row: OfferRow, warning: string | null = null): Promise<OfferView> {
    const job = row.jobId ? ((await offersRepository(ctx.tx).jobSummary(row.jobId)) ?? null) : null
    return presentOffer(row, now(), job, warning)
  }

  async function searchTextOf(
    ctx: RequestContext,
    row: Pick<OfferRow, 'title' | 'descriptionHtml' | 'commune' | 'jobId'>,
  ) {
    const repo = offersRepository(ctx.tx)
    const [organisation, keywords] = await Promise.all([
      repo.organisation(recruiterOf(ctx).organisationId),
      row.jobId ? repo.jobKeywords(row.jobId) : Promise.resolve([]),
    ])
    return offerSearchText({
      title: row.title,
      descriptionHtml: row.descriptionHtml,
      commune: row.commune,
      employerName: organisation?.name ?? '',
      jobKeywords: keywords,
    })
  }

  async function publishedJob(ctx: RequestContext, jobId: string) {
    const job = await offersRepository(ctx.tx).publishedJob(jobId)
    if (!job)
      refuse([{ field: 'jobId', message: 'Cette fiche métier est introuvable ou n’est pas publiée.' }])
    return job
  }

  function richText(field: string, html: string, required: boolean) {
    const clean = sanitizeRichText(html)
    if (required && !richTextToPlain(clean)) refuse([{ field, message: 'Ce champ est obligatoire.' }])
    return clean
  }

  /** The columns written from the contract's fields (those given). */
  function columnsOf(input: UpdateOfferInput): Partial<NewOffer> {
    const { salaryMin, salaryMax, weeklyHours, descriptionHtml, profileHtml, ...rest } = input
    return defined({
      ...rest,
      ...(salaryMin !== undefined ? { salaryMinCents: eurosToCents(salaryMin) } : {}),
      ...(salaryMax !== undefined ? { salaryMaxCents: eurosToCents(salaryMax) } : {}),
      ...(weeklyHours !== undefined ? { weeklyHours: weeklyHours == null ? null : String(weeklyHours) } : {}),
      ...(descriptionHtml !== undefined
        ? { descriptionHtml: richText('descriptionHtml', descriptionHtml, true) }
        : {}),
      ...(profileHtml !== undefined ? { profileHtml: richText('profileHtml', profileHtml, false) } : {}),
    })
  }

  async function transition(
    ctx: RequestContext,
    id: string,
    allowed: (state: OfferState) => boolean,
    refusal: string,
    patch: (row: OfferRow, state: OfferState) => Partial<NewOffer>,
  ): Promise<OfferView> {
    const before = await ownOffer(ctx, id)
    const state = effectiveOfferState(before.state as OfferState, before.expiresAt, now())
    if (!allowed(state)) throw new DomainError('conflict', refusal)
    const after = await offersRepository(ctx.tx).updateOffer(id, {
      ...patch(before, state),
      updatedAt: now(),
    })
    if (!after) throw offerNotFound()
    await ctx.audit({ action: 'update', entityType: 'job_offer', entityId: id, before, after })
    return view(ctx, after)
  }

  return {
    async list(ctx: RequestContext, query: ListQuery) {
      const { organisationId } = recruiterOf(ctx)
      const found = await offersRepository(ctx.tx).listOffers(
        { organisationId, state: query.state, q: query.q },
        query.page,
        now(),
      )
      const counts = { brouillon: 0, publiee: 0, pourvue: 0, expiree: 0, retiree: 0, ...found.counts }
      return {
        items: found.items.map((row) => presentOfferSummary(row, now())),
        total: found.total,
        page: query.page,
        pageSize: OFFERS_PAGE_SIZE,
        counts,
      }
    },

    jobOptions: (ctx: RequestContext) => offersRepository(ctx.tx).publishedJobs(),

    async get(ctx: RequestContext, id: string) {
      return view(ctx, await ownOffer(ctx, id))
    },

    async create(ctx: RequestContext, input: CreateOfferInput): Promise<OfferView> {
      const me = recruiterOf(ctx)
      const job = input.jobId ? await publishedJob(ctx, input.jobId) : null
      const contractIssue = publicPostIssues({ contract: input.contract }, await sectorOf(ctx)).filter(
        (i) => i.field === 'contract',
      )
      if (contractIssue.length) refuse(contractIssue)
      const place = await locateWorkplace(deps.geocoder, ctx, {
        address: input.address ?? '',
        postcode: input.postcode,
        commune: input.commune,
      })
      const columns = columnsOf(input)
      const values: NewOffer = {
        ...columns,
        organisationId: me.organisationId,
        slug: newOfferSlug(input.title),
        title: input.title,
        codeRome: input.codeRome ?? job!.codeRome,
        codeOgr: input.codeOgr !== undefined ? input.codeOgr : (job?.codeOgr ?? null),
        descriptionHtml: columns.descriptionHtml!,
        contract: input.contract,
        workTime: input.workTime,
        postcode: place.postcode,
        commune: place.commune,
        communeInsee: place.communeInsee,
        latitude: place.latitude,
        longitude: place.longitude,
        state: 'brouillon',
        createdBy: me.accountId,
      }
      values.searchText = await searchTextOf(ctx, { ...values, jobId: values.jobId ?? null })
      const row = await offersRepository(ctx.tx).insertOffer(values)
      await ctx.audit({ action: 'create', entityType: 'job_offer', entityId: row.id, after: row })
      return view(ctx, row, place.warning)
    },

    async update(ctx: RequestContext, id: string, input: UpdateOfferInput): Promise<OfferView> {
      const before = await ownOffer(ctx, id)
      const state = effectiveOfferState(before.state as OfferState, before.expiresAt, now())
      if (!offerActions(state).edit)
        throw new DomainError(
          'conflict',
          'Une offre pourvue ne se modifie plus : dupliquez-la pour en écrire une autre.',
        )
      const merged = { ...asInput(before), ...defined(input) }
      const salary = salaryIssues(merged)
      if (salary.length) refuse(salary)
      // A published offer stays complete: a public post keeps its grade and its DVE.
      const post = publicPostIssues(merged, await sectorOf(ctx)).filter(
        (i) => state === 'publiee' || i.field === 'contract',
      )
      if (post.length) refuse(post)
      const patch = columnsOf(input)
      if (input.jobId) {
        const job = await publishedJob(ctx, input.jobId)
        if (input.codeRome === undefined) patch.codeRome = job.codeRome
        if (input.codeOgr === undefined) patch.codeOgr = job.codeOgr
      }
      let warning: string | null = null
      if (input.address !== undefined || input.postcode !== undefined || input.commune !== undefined) {
        const place = await locateWorkplace(deps.geocoder, ctx, {
          address: input.address ?? before.address,
          postcode: input.postcode ?? before.postcode,
          commune: input.commune ?? before.commune,
        })
        Object.assign(patch, {
          postcode: place.postcode,
          commune: place.commune,
          communeInsee: place.communeInsee,
          latitude: place.latitude,
          longitude: place.longitude,
        })
        warning = place.warning
      }
      const next = { ...before, ...patch }
      patch.searchText = await searchTextOf(ctx, next)
      const after = await offersRepository(ctx.tx).updateOffer(id, { ...patch, updatedAt: now() })
      if (!after) throw offerNotFound()
      await ctx.audit({ action: 'update', entityType: 'job_offer', entityId: id, before, after })
      return view(ctx, after, warning)
    },

    async publish(ctx: RequestContext, id: string, input: PublishOfferInput): Promise<OfferView> {
      const row = await ownOffer(ctx, id)
      const issues = publicPostIssues(asInput(row), await sectorOf(ctx))
      if (issues.length) refuse(issues)
      const today = parisDate(now())
      if (input.expiresOn) {
        const expiry = expiryIssues(input.expiresOn, today)
        if (expiry.length) refuse(expiry)
      }
      const expiresAt = endOfParisDay(input.expiresOn ?? addDays(today, DEFAULT_OFFER_DAYS))
      return transition(
        ctx,
        id,
        (state) => offerActions(state).publish,
        'Une offre pourvue ne se publie plus : dupliquez-la.',
        (_row, state) =>
          state === 'publiee'
            ? { expiresAt }
            : { state: 'publiee', publishedAt: now(), expiresAt, closedAt: null },
      )
    },

    fill: (ctx: RequestContext, id: string) =>
      transition(
        ctx,
        id,
        (state) => offerActions(state).fill,
        'Seule une offre publiée ou expirée peut être marquée pourvue.',
        () => ({ state: 'pourvue', closedAt: now() }),
      ),

    withdraw: (ctx: RequestContext, id: string) =>
      transition(
        ctx,
        id,
        (state) => offerActions(state).withdraw,
        'Seule une offre publiée ou en brouillon peut être retirée.',
        () => ({ state: 'retiree', closedAt: now() }),
      ),

    async duplicate(ctx: RequestContext, id: string): Promise<OfferView> {
      const source = await ownOffer(ctx, id)
      const me = recruiterOf(ctx)
      const {
        id: _id,
        slug: _slug,
        state: _state,
        publishedAt: _p,
        expiresAt: _e,
        closedAt: _c,
        createdAt: _ca,
        updatedAt: _u,
        createdBy: _by,
        ...fields
      } = source
      const row = await offersRepository(ctx.tx).insertOffer({
        ...fields,
        slug: newOfferSlug(source.title),
        state: 'brouillon',
        createdBy: me.accountId,
      })
      await ctx.audit({ action: 'create', entityType: 'job_offer', entityId: row.id, after: row })
      return view(ctx, row)
    },
  }
}

/** The public read of one offer (also used by the server-rendered offer page). */
export async function readPublicOffer(tx: Db, slug: string, now: Date): Promise<PublicOfferView | undefined> {
  const record = await offersRepository(tx).publicOffer(slug)
  return record ? presentPublicOffer(record, now) : undefined
}

export async function publicOffer(ctx: RequestContext, slug: string, now: Date): Promise<PublicOfferView> {
  const found = await readPublicOffer(ctx.tx, slug, now)
  if (!found) throw offerNotFound()
  return found
}
