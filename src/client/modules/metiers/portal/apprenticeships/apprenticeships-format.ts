/** `2026-09` → « septembre 2026 » in the reader's language. */
export const monthName = (month: string, language: string) =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  })
