import type { CivilDate } from '../../../shared/dates'

/** "lundi 9 mars 2026". */
export const longDate = (day: CivilDate) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  )

/** "sous 5 jours ouvrés", "le jour même". */
export function delayPhrase(workingDays: number): string {
  if (workingDays === 0) return 'le jour même (ou le jour ouvré suivant)'
  return `sous ${workingDays} jour${workingDays > 1 ? 's' : ''} ouvré${workingDays > 1 ? 's' : ''}`
}
