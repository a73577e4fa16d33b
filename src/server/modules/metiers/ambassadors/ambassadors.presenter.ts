import type {
  AmbassadorBookingView,
  AmbassadorModuleView,
  EditorModuleView,
  MyAmbassadorView,
  PublicAmbassadorView,
} from '../../../../shared/modules/metiers/ambassadors.contract'
import type {
  AmbassadorFormat,
  BookingState,
  RequesterKind,
  ReviewState,
} from '../../../../shared/modules/metiers/ambassadors.constants'
import type { EmployerType } from '../../../../shared/modules/metiers/metiers.constants'
import type { AmbassadorWithJob, BookingRow, ModuleRow } from './ambassadors.repository'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** What the public sees of an ambassador: never the account, the employer's name nor the exact place. */
export function publicAmbassador(a: AmbassadorWithJob, distanceKm: number | null): PublicAmbassadorView {
  return {
    id: a.id,
    displayName: a.displayName,
    job: a.job,
    employerType: a.employerType as EmployerType,
    commune: a.commune,
    radiusKm: a.radiusKm,
    yearsInJob: a.yearsInJob,
    story: a.story,
    photoUrl: null,
    photoAlt: a.photoAlt,
    languages: a.languages,
    formats: a.formats as AmbassadorFormat[],
    availability: a.availability,
    distanceKm: distanceKm === null ? null : Math.round(distanceKm),
  }
}

export function myAmbassador(a: AmbassadorWithJob): MyAmbassadorView {
  return {
    id: a.id,
    displayName: a.displayName,
    job: a.job,
    employerType: a.employerType as EmployerType,
    yearsInJob: a.yearsInJob,
    story: a.story,
    photoUrl: null,
    photoAlt: a.photoAlt,
    languages: a.languages,
    formats: a.formats as AmbassadorFormat[],
    postcode: a.postcode,
    commune: a.commune,
    placed: a.latitude !== null && a.longitude !== null,
    radiusKm: a.radiusKm,
    availability: a.availability,
    active: a.active,
    reviewState: a.reviewState as ReviewState,
    reviewNote: a.reviewNote,
    submittedAt: iso(a.submittedAt),
    updatedAt: a.updatedAt.toISOString(),
  }
}

export function bookingView(b: BookingRow): AmbassadorBookingView {
  return {
    id: b.id,
    state: b.state as BookingState,
    requesterKind: b.requesterKind as RequesterKind,
    requesterName: b.requesterName,
    requesterOrganisation: b.requesterOrganisation,
    requesterEmail: b.requesterEmail,
    requesterPhone: b.requesterPhone,
    format: b.format as AmbassadorFormat,
    wishedDates: b.wishedDates,
    message: b.message,
    answerMessage: b.answerMessage,
    createdAt: b.createdAt.toISOString(),
    answeredAt: iso(b.answeredAt),
    doneAt: iso(b.doneAt),
  }
}

export function moduleView(m: ModuleRow, completedAt: Date | null): AmbassadorModuleView {
  return { id: m.id, title: m.title, summary: m.summary, bodyHtml: m.bodyHtml, completedAt: iso(completedAt) }
}

export function editorModuleView(m: ModuleRow, completions: number): EditorModuleView {
  return {
    id: m.id,
    title: m.title,
    summary: m.summary,
    bodyHtml: m.bodyHtml,
    position: m.position,
    published: m.published,
    updatedAt: m.updatedAt.toISOString(),
    completions,
  }
}
