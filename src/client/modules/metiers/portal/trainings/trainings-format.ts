/** « 1 sept. 2026 »: a civil date (AAAA-MM-JJ) in the visitor's language, read in Paris time. */
export function formatDay(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d)))
}

/** The catalogue's address with these filters (empty ones left out). */
export function catalogueHref(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v)
  const query = params.toString()
  return query ? `/metiers/formations?${query}` : '/metiers/formations'
}
