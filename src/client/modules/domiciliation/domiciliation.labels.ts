import { useTranslation } from 'react-i18next'
import {
  communeLinks,
  EXPIRY_DANGER_DAYS,
  EXPIRY_WARNING_DAYS,
  householdTypes,
  instabilityCauses,
  orientations,
  professionalSituations,
  radiationMotives,
  refusalMotives,
  requestReasons,
  residenceSituations,
  type DecisionKind,
  type FollowUpClass,
  type RequestKind,
  type RequestStatus,
  type ShownStatus,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { DecisionEntry } from './domiciliation.queries'

export const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    list.some((x) => x === v)

export const isRefusalMotive = isOneOf(refusalMotives)
export const isRadiationMotive = isOneOf(radiationMotives)
export const isOrientation = isOneOf(orientations)

/** Labels of the domiciliation constants in the interface language (French ones are the shared labels). */
export function useDomiciliationLabels() {
  const { t } = useTranslation()
  const options = <T extends string>(group: string, list: readonly T[]) =>
    list.map((id) => ({ id, label: t(`domiciliation.${group}.${id}`) }))
  return {
    status: (s: ShownStatus) => t(`domiciliation.statuses.${s}`),
    requestKind: (k: RequestKind) => t(`domiciliation.requestKinds.${k}`),
    requestStatus: (s: RequestStatus) => t(`domiciliation.requestStatuses.${s}`),
    decisionKind: (k: DecisionKind) => t(`domiciliation.decisionKinds.${k}`),
    followUp: (f: FollowUpClass) => t(`domiciliation.followUp.${f}`),
    /** A decision's motive in the interface language; the server's French label otherwise. */
    motive: (d: Pick<DecisionEntry, 'kind' | 'motive' | 'motiveLabel'>) => {
      if (d.kind === 'REFUS' && isRefusalMotive(d.motive))
        return t(`domiciliation.refusalMotives.${d.motive}`)
      if (d.kind === 'RADIATION' && isRadiationMotive(d.motive))
        return t(`domiciliation.radiationMotives.${d.motive}`)
      return d.motiveLabel ?? d.motive
    },
    orientation: (d: Pick<DecisionEntry, 'orientation' | 'orientationLabel'>) =>
      isOrientation(d.orientation) ? t(`domiciliation.orientations.${d.orientation}`) : d.orientationLabel,
    option: (group: string, id: string) => t(`domiciliation.${group}.${id}`),
    communeLinkOptions: options('communeLinks', communeLinks),
    householdTypeOptions: options('householdTypes', householdTypes),
    instabilityCauseOptions: options('instabilityCauses', instabilityCauses),
    residenceSituationOptions: options('residenceSituations', residenceSituations),
    requestReasonOptions: options('requestReasons', requestReasons),
    professionalSituationOptions: options('professionalSituations', professionalSituations),
    refusalMotiveOptions: options('refusalMotives', refusalMotives),
    orientationOptions: options('orientations', orientations),
    radiationMotiveOptions: options('radiationMotives', radiationMotives),
  }
}

/** A civil date (2026-07-15) as people read it: "15 juillet 2026", in Paris. */
export function formatDay(date: string, language: string): string {
  const d = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return date
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d)
}

/** How urgent the end of validity is: the colour repeats what the words say. */
export type Urgency = 'danger' | 'warning' | 'ok'
export function expiryUrgency(daysLeft: number): Urgency {
  if (daysLeft <= EXPIRY_DANGER_DAYS) return 'danger'
  if (daysLeft <= EXPIRY_WARNING_DAYS) return 'warning'
  return 'ok'
}
