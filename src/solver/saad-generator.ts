import type { ModelInput } from './model'
import { Rng } from './rng'

export interface SaadOptions {
  agents: number
  persons: number
  seed: number
  /** Side of the square territory, km. */
  size?: number
}

const DAY = 1440
const hm = (h: number, m = 0): number => h * 60 + m

/**
 * Generates a week of a home-help service (SAAD) at a given scale: people spread over a town in
 * sectors, daily morning help (personal care skill), lunch, evening, weekly housework and check
 * visits, with realistic windows and durations; agents with homes, 5 working days, morning, day or
 * late shifts, contract hours, sectors, a travel mode; last week's agent for every person.
 */
export function generateSaadWeek(o: SaadOptions): ModelInput {
  const rng = new Rng(o.seed)
  const size = o.size ?? 10
  const sectors = ['centre', 'nord', 'sud', 'est', 'ouest', 'planoise']
  const sectorOf = (x: number, y: number): string => {
    const cx = x - size / 2
    const cy = y - size / 2
    if (Math.hypot(cx, cy) < size / 6) return 'centre'
    if (cx < -size / 6 && cy < 0) return 'planoise'
    const ang = Math.atan2(cy, cx)
    if (ang > Math.PI / 4 && ang <= (3 * Math.PI) / 4) return 'nord'
    if (ang < -Math.PI / 4 && ang >= (-3 * Math.PI) / 4) return 'sud'
    return Math.abs(ang) <= Math.PI / 4 ? 'est' : 'ouest'
  }
  // people clustered around neighbourhood centres
  const centres = Array.from({ length: 14 }, () => ({
    x: 0.1 * size + rng.next() * 0.8 * size,
    y: 0.1 * size + rng.next() * 0.8 * size,
  }))
  const gauss = (): number => {
    let s = 0
    for (let i = 0; i < 6; i++) s += rng.next()
    return s - 3
  }
  const clamp = (x: number): number => Math.min(size, Math.max(0, x))
  const places: { id: string; x: number; y: number }[] = [{ id: 'agence', x: size / 2, y: size / 2 }]
  const personPlace: string[] = []
  for (let i = 0; i < o.persons; i++) {
    const c = centres[rng.int(centres.length)]!
    const id = `dom-${i}`
    places.push({ id, x: clamp(c.x + gauss() * 0.6), y: clamp(c.y + gauss() * 0.6) })
    personPlace.push(id)
  }
  // agents
  const agents: NonNullable<ModelInput['agents']> = []
  const shiftTypes = [
    { name: 'matin', start: hm(7), end: hm(14) },
    { name: 'journee', start: hm(8), end: hm(17) },
    { name: 'soir', start: hm(11, 30), end: hm(20, 30) },
  ]
  const agentInfo: { id: string; x: number; y: number; care: boolean; days: Set<number>; type: number }[] = []
  for (let i = 0; i < o.agents; i++) {
    const x = rng.next() * size
    const y = rng.next() * size
    const id = `ag-${i}`
    places.push({ id: `home-${i}`, x, y })
    const care = rng.next() < 0.8
    const type = i % 20 < 8 ? 0 : i % 20 < 13 ? 1 : 2
    const off1 = i % 7
    const off2 = (i + 3 + (i % 2)) % 7
    const days = new Set([0, 1, 2, 3, 4, 5, 6].filter((d) => d !== off1 && d !== off2))
    const st = shiftTypes[type]!
    const contract = [35, 35, 35, 35, 30][i % 5]!
    const r = rng.next()
    const mode = r < 0.8 ? 'car' : r < 0.93 ? 'foot' : 'transit'
    const own = sectorOf(x, y)
    const second = sectors[rng.int(sectors.length)]!
    agents.push({
      id,
      skills: care ? ['toilette'] : [],
      mode,
      startPlace: `home-${i}`,
      shifts: [...days].map((d) => ({ start: d * DAY + st.start, end: d * DAY + st.end })),
      maxDailyWork: 8 * 60,
      maxDailySpan: st.end - st.start,
      weeklyMinHours: contract - 4,
      weeklyMaxHours: contract + 4,
      sectors: [...new Set([own, second])],
    })
    agentInfo.push({ id, x, y, care, days, type })
  }
  // visits
  const visits: NonNullable<ModelInput['visits']> = []
  const nearestAgents = (px: number, py: number, care: boolean): string[] =>
    agentInfo
      .filter((a) => !care || a.care)
      .map((a) => ({ id: a.id, d: Math.hypot(a.x - px, a.y - py) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 6)
      .map((a) => a.id)
  for (let i = 0; i < o.persons; i++) {
    const pl = places[i + 1]!
    const sector = sectorOf(pl.x, pl.y)
    const person = `p-${i}`
    const r = rng.next()
    const add = (
      kind: string,
      days: number[],
      start: number,
      end: number,
      duration: number,
      care: boolean,
    ): void => {
      const near = nearestAgents(pl.x, pl.y, care)
      const referent = near[rng.int(Math.min(3, near.length))]
      const forbid = rng.next() < 0.02 ? [near[near.length - 1]!] : []
      for (const d of days)
        visits.push({
          id: `${person}-${kind}-${d}`,
          place: pl.id,
          person,
          duration,
          windows: [{ start: d * DAY + start, end: d * DAY + end }],
          skills: care ? ['toilette'] : [],
          lastAgent: referent,
          forbiddenAgents: forbid.filter((f) => f !== referent),
          sector,
        })
    }
    const all = [0, 1, 2, 3, 4, 5, 6]
    const coucher = (): void => {
      const s = hm(17, 30) + rng.int(7) * 15
      add('coucher', all, s, s + 90, 15 + 5 * rng.int(2), true)
    }
    const repas = (): void => add('repas', all, hm(11), hm(13, 45), 15, false)
    if (r < 0.16) {
      const pref = hm(8) + rng.int(11) * 15
      add('lever', all, pref - 60, pref + 60, 20 + 5 * rng.int(2), true)
      if (rng.next() < 0.15) coucher()
      if (rng.next() < 0.2) repas()
    } else if (r < 0.28) repas()
    else if (r < 0.35) coucher()
    else if (r < 0.66) {
      const d1 = rng.int(5)
      const days = rng.next() < 0.6 ? [d1, (d1 + 2) % 5] : [d1]
      const s = hm(8, 30) + rng.int(12) * 30
      add('menage', days, s, s + 120, 30 + 15 * rng.int(3), false)
    } else add('passage', [0, 1, 2, 3, 4], hm(9), hm(17), 10 + 5 * rng.int(2), false)
  }
  return {
    name: `saad-week-${o.agents}x${o.persons}-seed${o.seed}`,
    places,
    agents,
    visits,
    speeds: { car: 22, foot: 4.5, transit: 12, transitWait: 6, detour: 1.3 },
    // the service's settings: travel first, then continuity of care and sectors as tie-breakers
    weights: { travelTime: 1, continuity: 5, preferred: 5, sector: 3, idle: 0.05, underHours: 0.05 },
  }
}
