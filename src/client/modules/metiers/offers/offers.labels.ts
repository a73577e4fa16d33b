import { useTranslation } from 'react-i18next'

/** Labels of the offers' closed lists in the interface language, and options for lists to pick from. */
export function useOfferLabels() {
  const { t } = useTranslation()
  const of = (prefix: string) => (code: string) =>
    t(`metiers_offers.${prefix}.${code}`, { defaultValue: code })
  const options = (codes: readonly string[], label: (c: string) => string) =>
    codes.map((id) => ({ id, label: label(id) }))
  return {
    employerType: of('employerTypes'),
    sector: of('sectors'),
    contract: of('contracts'),
    workTime: of('workTimes'),
    pattern: of('patterns'),
    perk: of('perks'),
    salaryPeriod: of('salaryPeriods'),
    state: of('states'),
    options,
  }
}
