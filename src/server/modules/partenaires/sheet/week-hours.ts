import { addDays, weekday, type CivilDate } from '../../../../shared/dates'
import {
  hoursExceptions,
  weekDayOfJsDay,
  weeklyHours,
  type HoursException,
  type TimeRange,
  type WeeklyHours,
} from '../../../../shared/modules/partenaires/directory.constants'

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

/** Hours stored as JSON are read through the directory's schemas; a malformed value counts as unknown. */
export function readWeeklyHours(value: unknown): WeeklyHours | null {
  const parsed = weeklyHours.safeParse(value ?? {})
  return parsed.success ? parsed.data : null
}

export function readExceptions(value: unknown): HoursException[] {
  const parsed = hoursExceptions.safeParse(value ?? [])
  return parsed.success ? parsed.data : []
}

/** True when the week says nothing at all: the sheet then tells the person to call first. */
export const hasNoHours = (week: WeeklyHours | null) =>
  week === null || Object.values(week).every((spans) => !spans || spans.length === 0)

/**
 * The seven days from `from`: the week's hours, unless a closure or exceptional hours cover the
 * day (the last exception listed wins when two overlap, as the latest entered).
 */
export function comingWeek(
  week: WeeklyHours | null,
  exceptions: HoursException[],
  from: CivilDate,
): SheetDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(from, i)
    const exception = exceptions.filter((e) => e.from <= date && date <= e.to).at(-1)
    if (exception)
      return {
        date,
        spans: exception.closed ? [] : (exception.hours ?? []),
        exceptional: true,
        message: exception.message?.trim() || null,
      }
    return { date, spans: week?.[weekDayOfJsDay(weekday(date))] ?? [], exceptional: false, message: null }
  })
}
