/** How the recap writes money, dates and months, the same on the page, in the PDF and in the workbook. */

const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

/** Euro cents as « 12 345,67 € ». */
export const euros = (cents: number) => money.format(cents / 100)

/** `YYYY-MM-DD` as « 05/03/2026 ». */
export const frenchDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`

/** « 2022-2026 » from a plan's period. */
export const yearSpan = (start: string, end: string) =>
  start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}-${end.slice(0, 4)}`

export const monthShortNames = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const

/**
 * The months of `year` (0 = January … 11) an action covers, from its start to its end clipped to
 * the year; none when it has no dates or lies outside the year.
 */
export function monthsCovered(year: number, startDate: string | null, endDate: string | null): number[] {
  if (!startDate && !endDate) return []
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const from = startDate && startDate > first ? startDate : first
  const to = endDate && endDate < last ? endDate : last
  if (from > to) return []
  const months: number[] = []
  for (let m = Number(from.slice(5, 7)) - 1; m <= Number(to.slice(5, 7)) - 1; m++) months.push(m)
  return months
}
