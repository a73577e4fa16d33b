/** « 20 juillet 2026 » for a civil date (YYYY-MM-DD), whatever the visitor's time zone. */
export const formatCivilDay = (day: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  )

/** « jeudi 3 décembre 2026 à 14:00 » in Paris time. */
export const formatMeetingTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso))
