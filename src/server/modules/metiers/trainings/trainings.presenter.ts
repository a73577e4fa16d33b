import type {
  CentrePublicView,
  EditorCentreView,
  EditorTrainingView,
  JobLinkView,
  SessionView,
  TrainingSummaryView,
} from '../../../../shared/modules/metiers/trainings.contract'
import type {
  CentreKind,
  FundingTag,
  AdmissionMode,
} from '../../../../shared/modules/metiers/trainings-labels'
import type { TrainingRoute } from '../../../../shared/modules/metiers/metiers.constants'
import type { CentreRow, JobRow, SessionRow, SiteRow, TrainingRow } from './trainings.repository'

export type SessionWithSite = SessionRow & { siteName: string | null }

export const presentSession = (s: SessionWithSite): SessionView => ({
  id: s.id,
  startsOn: s.startsOn,
  endsOn: s.endsOn,
  seats: s.seats,
  siteName: s.siteName,
  address: s.address,
  postcode: s.postcode,
  commune: s.commune,
  latitude: s.latitude,
  longitude: s.longitude,
})

export const presentCentreSummary = (c: CentreRow) => ({
  id: c.id,
  slug: c.slug,
  name: c.name,
  kind: c.kind as CentreKind,
  commune: c.commune,
})

export const presentCentrePublic = (c: CentreRow): CentrePublicView => ({
  ...presentCentreSummary(c),
  uai: c.uai,
  website: c.website,
  email: c.email,
  phone: c.phone,
  description: c.description,
  address: c.address,
  postcode: c.postcode,
  latitude: c.latitude,
  longitude: c.longitude,
  accessibilityNote: c.accessibilityNote,
})

/** The published fiches among these, in the training's order. */
export function jobLinks(ids: readonly string[], jobs: readonly JobRow[]): JobLinkView[] {
  const byId = new Map(jobs.filter((j) => j.published).map((j) => [j.id, j]))
  return ids.flatMap((id) => {
    const job = byId.get(id)
    return job ? [{ id: job.id, slug: job.slug, title: job.title }] : []
  })
}

export function presentSummary(
  t: TrainingRow,
  centre: CentreRow,
  jobs: JobLinkView[],
  sessions: SessionWithSite[],
  distanceKm: number | null,
): TrainingSummaryView {
  const next = sessions[0]
  return {
    id: t.id,
    slug: t.slug,
    title: t.title,
    diploma: t.diploma,
    rncpLevel: t.rncpLevel,
    routes: t.routes as TrainingRoute[],
    fundingTags: t.fundingTags as FundingTag[],
    summary: t.summary,
    centre: presentCentreSummary(centre),
    jobs,
    nextSessions: sessions.slice(0, 3).map(presentSession),
    place: next
      ? { commune: next.commune, latitude: next.latitude, longitude: next.longitude }
      : { commune: centre.commune, latitude: centre.latitude, longitude: centre.longitude },
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
  }
}

export const presentEditorTraining = (t: TrainingRow, sessions: SessionRow[]): EditorTrainingView => ({
  id: t.id,
  centreId: t.centreId,
  slug: t.slug,
  title: t.title,
  diploma: t.diploma,
  rncpCode: t.rncpCode,
  rncpLevel: t.rncpLevel,
  jobIds: t.jobIds,
  routes: t.routes as TrainingRoute[],
  summary: t.summary,
  duration: t.duration,
  cost: t.cost,
  fundingTags: t.fundingTags as FundingTag[],
  prerequisites: t.prerequisites,
  admission: t.admission as AdmissionMode[],
  admissionNote: t.admissionNote,
  published: t.published,
  sessions: sessions.map((s) => ({
    id: s.id,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    seats: s.seats,
    siteId: s.siteId,
  })),
  updatedAt: t.updatedAt.toISOString(),
})

export function presentEditorCentre(
  c: CentreRow,
  sites: SiteRow[],
  trainings: TrainingRow[],
  nextSessionOf: Map<string, string>,
  locationWarning: string | null,
): EditorCentreView {
  return {
    id: c.id,
    organisationId: c.organisationId,
    slug: c.slug,
    name: c.name,
    kind: c.kind as CentreKind,
    uai: c.uai,
    siret: c.siret,
    website: c.website,
    email: c.email,
    phone: c.phone,
    description: c.description,
    address: c.address,
    postcode: c.postcode,
    commune: c.commune,
    located: c.latitude !== null && c.longitude !== null,
    accessibilityNote: c.accessibilityNote,
    published: c.published,
    sites: sites.map((s) => ({
      id: s.id,
      name: s.name,
      address: s.address,
      postcode: s.postcode,
      commune: s.commune,
      located: s.latitude !== null && s.longitude !== null,
    })),
    trainings: trainings.map((t) => ({
      id: t.id,
      slug: t.slug,
      title: t.title,
      diploma: t.diploma,
      published: t.published,
      nextSession: nextSessionOf.get(t.id) ?? null,
    })),
    locationWarning,
    updatedAt: c.updatedAt.toISOString(),
  }
}
