import { useTranslation } from 'react-i18next'
import {
  referralStatuses,
  type ReferralStatus,
} from '../../../../shared/modules/partenaires/referrals.contract'
import { sheetLanguages, type SheetLanguage } from '../../../../shared/modules/partenaires/sheet.contract'

export { sheetLanguages, type SheetLanguage }

/** What the person may agree to share with the partner, each field unticked by default. */
export const shareableFields = ['firstName', 'lastName', 'phone', 'email', 'message'] as const
export type ShareableField = (typeof shareableFields)[number]

export const isReferralStatus = (v: unknown): v is ReferralStatus => referralStatuses.some((s) => s === v)

/** Labels of the orientation states in the interface language. */
export function useOrientationLabels() {
  const { t } = useTranslation()
  const status = (s: ReferralStatus) => t(`orientations.statuses.${s}`)
  return {
    status,
    statusOptions: referralStatuses.map((s) => ({ id: s, label: status(s) })),
  }
}

/** "2026-07" → "juillet 2026" in the interface language. */
export function formatMonth(month: string, language: string): string {
  const d = new Date(`${month}-15T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return month
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d)
}
