import {
  hoursExceptions,
  weeklyHours,
  type HoursException,
  type WeeklyHours,
} from '../../../../shared/modules/partenaires/directory.constants'

/** Stored weekly hours (validated on the way in); anything unreadable counts as none. */
export function weekHoursOf(stored: unknown): WeeklyHours {
  const parsed = weeklyHours.safeParse(stored)
  return parsed.success ? parsed.data : {}
}

export function hoursExceptionsOf(stored: unknown): HoursException[] {
  const parsed = hoursExceptions.safeParse(stored)
  return parsed.success ? parsed.data : []
}
