/** Euro cents as euros in the interface language, without cents when round. */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100)
}

/** A decimal as the interface language writes it (two decimals at most). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)
}

/** `2026-03` as « mars 2026 ». */
export function formatMonth(month: string, language: string): string {
  const date = new Date(`${month.slice(0, 7)}-01T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return month
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}
