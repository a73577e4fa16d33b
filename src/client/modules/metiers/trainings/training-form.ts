import type { TrainingInput } from '../../../../shared/modules/metiers/trainings.contract'
import type { EditorTraining } from './trainings.queries'

/** The training form's fields as typed, and the body sent to the server. */
export interface SessionDraft {
  startsOn: string
  endsOn: string
  seats: string
  siteId: string
}

export function draftOf(tr: EditorTraining | null) {
  return {
    title: tr?.title ?? '',
    diploma: tr?.diploma ?? '',
    rncpCode: tr?.rncpCode ?? '',
    rncpLevel: tr?.rncpLevel ? String(tr.rncpLevel) : '',
    jobIds: tr?.jobIds ?? [],
    routes: tr?.routes ?? [],
    summary: tr?.summary ?? '',
    duration: tr?.duration ?? '',
    cost: tr?.cost ?? '',
    fundingTags: tr?.fundingTags ?? [],
    prerequisites: tr?.prerequisites ?? '',
    admission: tr?.admission ?? [],
    admissionNote: tr?.admissionNote ?? '',
    published: tr?.published ?? false,
    sessions: (tr?.sessions ?? []).map((s): SessionDraft => ({
      startsOn: s.startsOn,
      endsOn: s.endsOn ?? '',
      seats: s.seats === null ? '' : String(s.seats),
      siteId: s.siteId ?? '',
    })),
  }
}
export type Draft = ReturnType<typeof draftOf>

/** Numbers typed with spaces (« 1 200 ») are read as numbers; anything else is sent as typed for the server to name. */
export const numberOrText = (v: string): number | null => {
  const compact = v.replace(/[\s\u202f\u00a0]/g, '')
  if (compact === '') return null
  return /^\d+$/.test(compact) ? Number(compact) : (compact as unknown as number)
}

export const bodyOf = (d: Draft): TrainingInput => ({
  ...d,
  rncpCode: d.rncpCode.trim() === '' ? null : d.rncpCode,
  rncpLevel: d.rncpLevel === '' ? null : Number(d.rncpLevel),
  routes: d.routes,
  fundingTags: d.fundingTags,
  admission: d.admission,
  sessions: d.sessions.map((s) => ({
    startsOn: s.startsOn,
    endsOn: s.endsOn === '' ? null : s.endsOn,
    seats: numberOrText(s.seats),
    siteId: s.siteId === '' ? null : s.siteId,
  })),
})
