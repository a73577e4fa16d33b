import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  parisDate,
  type CivilDate,
  type HolidayOptions,
} from '../../dates'
import type { AnnouncedDelays, RequestChannel } from './accueil.constants'

/**
 * The day by which a request must be answered: its delay in working days after the day it was
 * received in Paris (that day not counted). A delay of 0 means the same day, or the next
 * working day when it arrived on a weekend or a public holiday.
 */
export function dueDate(
  receivedAt: Date,
  channel: RequestChannel,
  delays: AnnouncedDelays,
  options: HolidayOptions = {},
): CivilDate {
  return addWorkingDays(parisDate(receivedAt), delays[channel], options)
}

/** Bas-Rhin (67), Haut-Rhin (68) and Moselle (57) keep two more public holidays. */
export function holidayOptionsFor(communeInsee: string | null | undefined): HolidayOptions {
  const departement = communeInsee?.slice(0, 2)
  return { alsaceMoselle: departement === '57' || departement === '67' || departement === '68' }
}

/** Late once the due day is over in Paris. */
export const isOverdue = (dueOn: CivilDate, today: CivilDate) => dueOn < today

/** The working day before `date`: the day of the "J-1" reminder. */
export function previousWorkingDay(date: CivilDate, options: HolidayOptions = {}): CivilDate {
  let day = addDays(date, -1)
  while (!isWorkingDay(day, options)) day = addDays(day, -1)
  return day
}
