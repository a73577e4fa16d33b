import { useTranslation } from 'react-i18next'
import type { ActionStatus } from '../../../../shared/modules/pilotage/pilotage.constants'

/** An action's status as a badge whose words say it (colour only repeats them). */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation()
  return <span className={`pl-badge pl-badge--${status}`}>{t(`pilotage_plans.status.${status}`)}</span>
}

/** Euro cents in the reader's language. */
export const euros = (cents: number, language: string) =>
  new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : language, {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100)

/** « 1 234,56 » or « 1234.5 » typed in euros, in cents; NaN when it is not a number. */
export function centsOf(typed: string): number {
  const clean = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (clean === '') return 0
  if (!/^-?\d+(\.\d{0,2})?$/.test(clean)) return Number.NaN
  return Math.round(Number(clean) * 100)
}

/** Cents shown in an input, in euros with a comma (« 1234,50 »). */
export const eurosInput = (cents: number) => (cents / 100).toFixed(2).replace('.', ',')
