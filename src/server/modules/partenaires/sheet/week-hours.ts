import { addDays, type CivilDate } from '../../../../shared/dates'
import type { TimeRange } from '../../../../shared/modules/partenaires/directory.constants'
import { hoursOn, type Schedule } from '../../../../shared/modules/partenaires/opening-hours'

/** One day of the coming week as the sheet prints it. */
export interface SheetDay {
  date: CivilDate
  /** Empty when closed that day. */
  spans: TimeRange[]
  /** A closure or exceptional hours from the directory changed this day. */
  exceptional: boolean
  /** The directory's own words for that exception ("Congés d'été"), as written. */
  message: string | null
}

/** The seven days from `from`, by the directory's shared rules of opening hours (exceptions applied). */
export function comingWeek(schedule: Schedule, from: CivilDate): SheetDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(from, i)
    const { ranges, exception } = hoursOn(schedule, date)
    return {
      date,
      spans: ranges,
      exceptional: exception !== null,
      message: exception?.message?.trim() || null,
    }
  })
}
