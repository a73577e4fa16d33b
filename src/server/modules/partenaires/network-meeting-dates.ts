import { addMonths, PARIS } from '../../../shared/dates'

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

function wallClock(instant: Date) {
  const p = Object.fromEntries(parisParts.formatToParts(instant).map((x) => [x.type, x.value]))
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  }
}

/** The instant at which Paris clocks show this date and time (the later one if the hour exists twice). */
export function parisInstant(date: string, hour: number, minute: number, second = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const asUtc = Date.UTC(y, m - 1, d, hour, minute, second)
  let guess = asUtc
  // Two corrections are enough: the offset differs at most once (around a change of time).
  for (let i = 0; i < 2; i++) {
    const seen = wallClock(new Date(guess))
    const [sy, sm, sd] = seen.date.split('-').map(Number) as [number, number, number]
    const seenAsUtc = Date.UTC(sy, sm - 1, sd, seen.hour, seen.minute, seen.second)
    guess += asUtc - seenAsUtc
  }
  return new Date(guess)
}

/**
 * The same Paris wall-clock time, `months` later: a coordination at 14:00 in January stays at
 * 14:00 in April, across the change to summer time. The day is clamped to the month's end.
 */
export function shiftParisMonths(instant: Date, months: number): Date {
  const wall = wallClock(instant)
  return parisInstant(addMonths(wall.date, months), wall.hour, wall.minute, wall.second)
}
