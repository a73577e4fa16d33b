/** Money and distances in the interface language (French digits and spaces in French). */
export function formatEuros(euros: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: euros % 1 === 0 ? 0 : 2,
    minimumFractionDigits: euros % 1 === 0 ? 0 : 2,
  }).format(euros)
}

export const formatCents = (cents: number, language: string) => formatEuros(cents / 100, language)

/** « 1 850 € – 2 300 € », « 1 850 € », or null when nothing is said. */
export function formatRange(min: number | null, max: number | null, language: string): string | null {
  if (min !== null && max !== null && min !== max)
    return `${formatEuros(min, language)} – ${formatEuros(max, language)}`
  const one = min ?? max
  return one === null ? null : formatEuros(one, language)
}

export const formatKm = (km: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)

/** « Travail de nuit, Week-ends » in French, with the Arabic comma in Arabic. */
export const formatList = (items: readonly string[], language: string) =>
  new Intl.ListFormat(language, { style: 'short', type: 'unit' }).format(items)

export const formatNumber = (n: number, language: string) => new Intl.NumberFormat(language).format(n)

/** Bytes as megabytes with one decimal (« 12,4 »). */
export const formatMegabytes = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))
