import type { z } from 'zod'
import { DomainError, conflict, notFound } from '../../../../shared/errors'
import { fieldError } from './trainings.errors'
import { parisDate } from '../../../../shared/dates'
import type {
  CentreListView,
  EditorCentreView,
  EditorTrainingView,
  centreInput,
  trainingInput,
} from '../../../../shared/modules/metiers/trainings.contract'
import { trainingRouteLabels } from '../../../../shared/modules/metiers/metiers.constants'
import type { RequestContext } from '../../../http/context'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { locateWorkplace } from '../offer-location'
import { slugSuffix, slugWords } from '../offer-slug'
import { presentEditorCentre, presentEditorTraining } from './trainings.presenter'
import { trainingsRepository, type CentreRow, type TrainingRow } from './trainings.repository'
import { trainingSearchText } from './trainings.words'

export type CentreInputData = z.output<typeof centreInput>
export type TrainingInputData = z.output<typeof trainingInput>

export interface CentresDeps {
  geocoder: Geocoder
  clock: () => Date
}

const centreNotFound = () => notFound('Ce centre de formation')
const trainingNotFound = () => notFound('Cette formation')

/** What the caller may do: keep their own centre's catalogue, or every centre's as a platform editor. */
export function keeperOf(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  const membership = actor.memberships.find((m) => m.organisationId === actor.organisationId)
  const isEditor = actor.roles.includes('editeur')
  const isCentreMember =
    membership?.organisationKind === 'centre_formation' &&
    actor.roles.some((r) => r === 'recruteur' || r === 'administrateur')
  return {
    organisationId: actor.organisationId,
    isEditor,
    isCentreMember,
    mayKeep: (centre: CentreRow) =>
      isEditor || (isCentreMember && centre.organisationId === actor.organisationId),
  }
}

const auditCentre = (c: CentreRow) => ({
  name: c.name,
  kind: c.kind,
  uai: c.uai,
  siret: c.siret,
  website: c.website,
  address: c.address,
  commune: c.commune,
  published: c.published,
})

const auditTraining = (t: TrainingRow) => ({
  title: t.title,
  diploma: t.diploma,
  rncpCode: t.rncpCode,
  rncpLevel: t.rncpLevel,
  jobIds: t.jobIds,
  routes: t.routes,
  fundingTags: t.fundingTags,
  published: t.published,
})

/** Training centres' keepers: their profile, sites, trainings and sessions. Every write is audited. */
export function centresService(deps: CentresDeps) {
  async function keptCentre(ctx: RequestContext, id: string) {
    const keeper = keeperOf(ctx)
    const centre = await trainingsRepository(ctx.tx).centre(id)
    // Another organisation's centre is not found rather than forbidden: nothing to learn from trying.
    if (!centre || !keeper.mayKeep(centre)) throw centreNotFound()
    return centre
  }

  async function keptTraining(ctx: RequestContext, id: string) {
    const training = await trainingsRepository(ctx.tx).training(id)
    if (!training) throw trainingNotFound()
    const centre = await trainingsRepository(ctx.tx).centre(training.centreId)
    if (!centre || !keeperOf(ctx).mayKeep(centre)) throw trainingNotFound()
    return { training, centre }
  }

  async function freeSlug(ctx: RequestContext, table: 'centre' | 'training', words: string) {
    const repo = trainingsRepository(ctx.tx)
    const base = slugWords(words)
    if (!(await repo.slugTaken(table, base))) return base
    return `${base}-${slugSuffix()}`
  }

  async function editorView(
    ctx: RequestContext,
    centre: CentreRow,
    warning: string | null,
  ): Promise<EditorCentreView> {
    const repo = trainingsRepository(ctx.tx)
    const [sites, trainings] = await Promise.all([repo.sites([centre.id]), repo.trainingsOfCentre(centre.id)])
    const sessions = await repo.sessions(
      trainings.map((t) => t.id),
      parisDate(deps.clock()),
    )
    const next = new Map<string, string>()
    for (const s of sessions) if (!next.has(s.trainingId)) next.set(s.trainingId, s.startsOn)
    return presentEditorCentre(centre, sites, trainings, next, warning)
  }

  const place = (ctx: RequestContext, input: { address: string; postcode: string; commune: string }) =>
    locateWorkplace(deps.geocoder, ctx, input)

  /** Saves the centre's sites: ids kept are updated, new ones added, the others removed. */
  async function saveSites(ctx: RequestContext, centre: CentreRow, sites: CentreInputData['sites']) {
    const repo = trainingsRepository(ctx.tx)
    const existing = await repo.sites([centre.id])
    const known = new Set(existing.map((s) => s.id))
    for (const site of sites)
      if (site.id && !known.has(site.id))
        throw fieldError('sites', 'Sites : un site donné n’est pas de ce centre.')
    const kept = new Set(sites.flatMap((s) => (s.id ? [s.id] : [])))
    await repo.deleteSites(existing.filter((s) => !kept.has(s.id)).map((s) => s.id))
    const warnings: string[] = []
    for (const site of sites) {
      const before = existing.find((s) => s.id === site.id)
      const moved =
        !before ||
        before.address !== site.address ||
        before.postcode !== site.postcode ||
        before.commune !== site.commune
      const located = moved ? await place(ctx, site) : null
      if (located?.warning) warnings.push(`${site.name} : ${located.warning}`)
      const values = {
        name: site.name,
        address: site.address,
        ...(located
          ? {
              postcode: located.postcode,
              commune: located.commune,
              communeInsee: located.communeInsee,
              latitude: located.latitude,
              longitude: located.longitude,
            }
          : {}),
      }
      if (before) {
        const after = await repo.updateSite(before.id, values)
        if (located) await repo.movePlace({ siteId: before.id }, sessionPlace(after))
      } else {
        await repo.insertSite({
          organisationId: centre.organisationId,
          centreId: centre.id,
          postcode: site.postcode,
          commune: site.commune,
          ...values,
        })
      }
    }
    return warnings
  }

  const sessionPlace = (p: {
    address: string
    postcode: string
    commune: string
    communeInsee: string | null
    latitude: number | null
    longitude: number | null
  }) => ({
    address: p.address,
    postcode: p.postcode,
    commune: p.commune,
    communeInsee: p.communeInsee,
    latitude: p.latitude,
    longitude: p.longitude,
  })

  async function writeTraining(
    ctx: RequestContext,
    centre: CentreRow,
    input: TrainingInputData,
    before: TrainingRow | null,
  ): Promise<EditorTrainingView> {
    const repo = trainingsRepository(ctx.tx)
    const jobs = await repo.jobs(input.jobIds)
    if (jobs.length !== input.jobIds.length)
      throw fieldError('jobIds', 'Métiers : une fiche choisie est introuvable.')
    const sites = await repo.sites([centre.id])
    const siteById = new Map(sites.map((s) => [s.id, s]))
    for (const s of input.sessions)
      if (s.siteId && !siteById.has(s.siteId))
        throw fieldError('sessions', 'Lieu de la session : ce site n’est pas un site du centre.')
    const now = deps.clock()
    const values = {
      title: input.title,
      diploma: input.diploma,
      rncpCode: input.rncpCode,
      rncpLevel: input.rncpLevel,
      jobIds: input.jobIds,
      routes: input.routes,
      summary: input.summary,
      duration: input.duration,
      cost: input.cost,
      fundingTags: input.fundingTags,
      prerequisites: input.prerequisites,
      admission: input.admission,
      admissionNote: input.admissionNote,
      published: input.published,
      searchText: trainingSearchText([
        input.title,
        input.diploma,
        input.rncpCode,
        input.summary,
        ...input.routes.map((r) => trainingRouteLabels[r]),
      ]),
      updatedAt: now,
    }
    const training = before
      ? await repo.updateTraining(before.id, values)
      : await repo.insertTraining({
          ...values,
          organisationId: centre.organisationId,
          centreId: centre.id,
          slug: await freeSlug(ctx, 'training', `${input.title} ${centre.commune}`),
        })
    await repo.replaceSessions(
      training.id,
      input.sessions.map((s) => ({
        organisationId: centre.organisationId,
        trainingId: training.id,
        siteId: s.siteId,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        seats: s.seats,
        ...sessionPlace(s.siteId ? siteById.get(s.siteId)! : centre),
      })),
    )
    await ctx.audit({
      action: before ? 'update' : 'create',
      entityType: 'training',
      entityId: training.id,
      ...(before ? { before: auditTraining(before) } : {}),
      after: { ...auditTraining(training), sessions: input.sessions.length },
    })
    return presentEditorTraining(training, await repo.sessions([training.id]))
  }

  return {
    async list(ctx: RequestContext): Promise<CentreListView> {
      const keeper = keeperOf(ctx)
      const repo = trainingsRepository(ctx.tx)
      const rows = keeper.isEditor
        ? await repo.centresOf(null)
        : keeper.isCentreMember
          ? await repo.centresOf(keeper.organisationId)
          : []
      const own = keeper.isCentreMember ? await repo.centresOf(keeper.organisationId) : []
      return {
        centres: rows.map(({ centre, organisationName, trainings }) => ({
          id: centre.id,
          name: centre.name,
          kind: centre.kind as EditorCentreView['kind'],
          commune: centre.commune,
          organisationName,
          published: centre.published,
          trainings,
        })),
        canCreate: keeper.isCentreMember && own.length === 0,
      }
    },

    async create(ctx: RequestContext, input: CentreInputData): Promise<EditorCentreView> {
      const keeper = keeperOf(ctx)
      if (!keeper.isCentreMember)
        throw new DomainError(
          'forbidden',
          'Seuls les recruteurs et administrateurs d’un centre de formation créent la fiche de leur centre.',
        )
      const repo = trainingsRepository(ctx.tx)
      if ((await repo.centresOf(keeper.organisationId)).length > 0)
        throw conflict('Votre organisation a déjà sa fiche de centre : ajoutez vos autres lieux comme sites.')
      const located = await place(ctx, input)
      const now = deps.clock()
      const centre = await repo.insertCentre({
        organisationId: keeper.organisationId,
        slug: await freeSlug(ctx, 'centre', `${input.name} ${located.commune}`),
        name: input.name,
        kind: input.kind,
        uai: input.uai,
        siret: input.siret,
        website: input.website,
        email: input.email,
        phone: input.phone,
        description: input.description,
        address: input.address,
        postcode: located.postcode,
        commune: located.commune,
        communeInsee: located.communeInsee,
        latitude: located.latitude,
        longitude: located.longitude,
        accessibilityNote: input.accessibilityNote,
        published: input.published,
        createdAt: now,
        updatedAt: now,
      })
      const warnings = await saveSites(ctx, centre, input.sites)
      await ctx.audit({
        action: 'create',
        entityType: 'training_centre',
        entityId: centre.id,
        after: auditCentre(centre),
      })
      return editorView(ctx, centre, [located.warning, ...warnings].filter(Boolean).join(' ') || null)
    },

    async get(ctx: RequestContext, id: string): Promise<EditorCentreView> {
      return editorView(ctx, await keptCentre(ctx, id), null)
    },

    async save(ctx: RequestContext, id: string, input: CentreInputData): Promise<EditorCentreView> {
      const before = await keptCentre(ctx, id)
      const repo = trainingsRepository(ctx.tx)
      const moved =
        before.address !== input.address ||
        before.postcode !== input.postcode ||
        before.commune !== input.commune
      const located = moved ? await place(ctx, input) : null
      const centre = await repo.updateCentre(id, {
        name: input.name,
        kind: input.kind,
        uai: input.uai,
        siret: input.siret,
        website: input.website,
        email: input.email,
        phone: input.phone,
        description: input.description,
        address: input.address,
        ...(located
          ? {
              postcode: located.postcode,
              commune: located.commune,
              communeInsee: located.communeInsee,
              latitude: located.latitude,
              longitude: located.longitude,
            }
          : {}),
        accessibilityNote: input.accessibilityNote,
        published: input.published,
        updatedAt: deps.clock(),
      })
      if (located) await repo.movePlace({ centreSessionsOf: centre.id }, sessionPlace(centre))
      const warnings = await saveSites(ctx, centre, input.sites)
      await ctx.audit({
        action: 'update',
        entityType: 'training_centre',
        entityId: centre.id,
        before: auditCentre(before),
        after: auditCentre(centre),
      })
      return editorView(ctx, centre, [located?.warning, ...warnings].filter(Boolean).join(' ') || null)
    },

    async jobChoices(ctx: RequestContext) {
      const jobs = await trainingsRepository(ctx.tx).jobs()
      return jobs.map(({ id, title, published }) => ({ id, title, published }))
    },

    async createTraining(ctx: RequestContext, centreId: string, input: TrainingInputData) {
      return writeTraining(ctx, await keptCentre(ctx, centreId), input, null)
    },

    async getTraining(ctx: RequestContext, id: string): Promise<EditorTrainingView> {
      const { training } = await keptTraining(ctx, id)
      return presentEditorTraining(training, await trainingsRepository(ctx.tx).sessions([training.id]))
    },

    async saveTraining(ctx: RequestContext, id: string, input: TrainingInputData) {
      const { training, centre } = await keptTraining(ctx, id)
      return writeTraining(ctx, centre, input, training)
    },

    async deleteTraining(ctx: RequestContext, id: string) {
      const { training } = await keptTraining(ctx, id)
      await trainingsRepository(ctx.tx).deleteTraining(training.id)
      await ctx.audit({
        action: 'delete',
        entityType: 'training',
        entityId: training.id,
        before: auditTraining(training),
      })
      return { deleted: true as const }
    },
  }
}
