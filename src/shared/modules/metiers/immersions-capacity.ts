/**
 * The capacity rule of an immersion offer: on no day may more accepted people be hosted than its
 * capacity. Periods are civil dates (AAAA-MM-JJ), both ends included.
 */
import { addDays } from '../../dates'

export interface Period {
  startDate: string
  endDate: string
}

/** Two periods share at least one day. */
export const periodsOverlap = (a: Period, b: Period) => a.startDate <= b.endDate && b.startDate <= a.endDate

/** The most periods covering one same day among those given. */
export function peakOccupancy(periods: readonly Period[]): number {
  // Sweep: +1 on the first day, -1 on the day after the last; ties close before they open.
  const steps = periods.flatMap((p) => [
    { day: p.startDate, delta: 1 },
    { day: addDays(p.endDate, 1), delta: -1 },
  ])
  steps.sort((x, y) => (x.day === y.day ? x.delta - y.delta : x.day < y.day ? -1 : 1))
  let current = 0
  let peak = 0
  for (const step of steps) {
    current += step.delta
    peak = Math.max(peak, current)
  }
  return peak
}

/** Whether one more person over `wanted` keeps every day within capacity, given those already accepted. */
export function fitsCapacity(accepted: readonly Period[], wanted: Period, capacity: number): boolean {
  const sharing = accepted.filter((p) => periodsOverlap(p, wanted))
  const clipped = sharing.map((p) => ({
    startDate: p.startDate > wanted.startDate ? p.startDate : wanted.startDate,
    endDate: p.endDate < wanted.endDate ? p.endDate : wanted.endDate,
  }))
  return peakOccupancy(clipped) + 1 <= capacity
}

/** The days already full, as periods (for the portal to say which dates cannot be asked). */
export function fullPeriods(accepted: readonly Period[], capacity: number): Period[] {
  const steps = accepted.flatMap((p) => [
    { day: p.startDate, delta: 1 },
    { day: addDays(p.endDate, 1), delta: -1 },
  ])
  steps.sort((x, y) => (x.day === y.day ? x.delta - y.delta : x.day < y.day ? -1 : 1))
  const full: Period[] = []
  let current = 0
  let openedAt: string | null = null
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!
    current += step.delta
    // Only look once every step of this day is applied.
    if (steps[i + 1]?.day === step.day) continue
    if (current >= capacity && openedAt === null) openedAt = step.day
    else if (current < capacity && openedAt !== null) {
      full.push({ startDate: openedAt, endDate: addDays(step.day, -1) })
      openedAt = null
    }
  }
  return full
}

/** Calendar days of a period, both ends included. */
export function periodDays(p: Period): number {
  const ms = Date.parse(`${p.endDate}T00:00:00Z`) - Date.parse(`${p.startDate}T00:00:00Z`)
  return Math.round(ms / 86_400_000) + 1
}
