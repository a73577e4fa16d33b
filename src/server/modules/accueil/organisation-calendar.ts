import { addWorkingDays, isWorkingDay, type CivilDate, type HolidayOptions } from '../../../shared/dates'
import { holidayOptionsFor } from '../../../shared/modules/accueil/due-date'

export interface DayInCalendar {
  /** Whether `today` is a working day there. */
  working: boolean
  /** The next working day there: the day the "J-1" reminder looks at. */
  next: CivilDate
}

/**
 * Working days as each organisation counts them, the same calendar as its due days: Alsace and
 * Moselle keep Good Friday and 26 December. The jobs read every tenant at once, hence the
 * latest "next working day" of all calendars, to select before keeping each organisation's own.
 */
export function calendarsOn(today: CivilDate) {
  const day = (options: HolidayOptions): DayInCalendar => ({
    working: isWorkingDay(today, options),
    next: addWorkingDays(today, 1, options),
  })
  const general = day({ alsaceMoselle: false })
  const alsaceMoselle = day({ alsaceMoselle: true })
  return {
    of: (communeInsee: string | null): DayInCalendar =>
      holidayOptionsFor(communeInsee).alsaceMoselle ? alsaceMoselle : general,
    latestNext: general.next > alsaceMoselle.next ? general.next : alsaceMoselle.next,
  }
}
