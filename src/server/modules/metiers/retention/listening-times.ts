/**
 * The callback times a weekly listening slot offers: on its weekday, from its start, every
 * `slotMinutes` while a whole call still fits before its end, in Paris time (summer time
 * included), between the minimum notice and the booking horizon.
 */
import { addDays, parisDate, weekday, type CivilDate } from '../../../../shared/dates'
import {
  LISTENING_HORIZON_DAYS,
  LISTENING_MIN_NOTICE_MINUTES,
} from '../../../../shared/modules/metiers/retention.constants'
import { parisMinutes, spanMinutes } from '../../../../shared/modules/metiers/retention-hours'
import { parisInstant } from '../../../../shared/modules/partenaires/opening-hours'

export interface WeeklySlot {
  id: string
  /** 1 Monday … 7 Sunday. */
  weekday: number
  startTime: string
  endTime: string
  slotMinutes: number
}

/** ISO weekday (1 Monday … 7 Sunday) of a civil date. */
export const isoWeekday = (date: CivilDate) => ((weekday(date) + 6) % 7) + 1

/** The minutes since midnight at which calls of the slot start. */
export function startsOfDay(slot: WeeklySlot): number[] {
  const out: number[] = []
  const end = spanMinutes(slot.endTime)
  for (let m = spanMinutes(slot.startTime); m + slot.slotMinutes <= end; m += slot.slotMinutes) out.push(m)
  return out
}

/** Every bookable time of the slot from `now`, within the horizon, earliest first. */
export function slotTimes(slot: WeeklySlot, now: Date, horizonDays = LISTENING_HORIZON_DAYS): Date[] {
  const earliest = now.getTime() + LISTENING_MIN_NOTICE_MINUTES * 60_000
  const today = parisDate(now)
  const times: Date[] = []
  for (let i = 0; i <= horizonDays; i++) {
    const day = addDays(today, i)
    if (isoWeekday(day) !== slot.weekday) continue
    for (const minutes of startsOfDay(slot)) {
      const at = parisInstant(day, minutes)
      // On the day clocks go forward, 02:00–02:59 does not exist in Paris: no call then.
      if (parisMinutes(at) !== minutes) continue
      if (at.getTime() >= earliest) times.push(at)
    }
  }
  return times
}

/** True when `startsAt` is one of the slot's bookable times from `now`. */
export function isBookableTime(slot: WeeklySlot, startsAt: Date, now: Date): boolean {
  return slotTimes(slot, now).some((t) => t.getTime() === startsAt.getTime())
}
