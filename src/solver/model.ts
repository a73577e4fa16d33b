import { z } from 'zod'

/**
 * JSON model of a planning problem (see README.md). Times are minutes from the start of the week
 * (Monday 00:00 = 0, Tuesday 00:00 = 1440, …); durations in minutes; distances in kilometres.
 */
const id = z.string().min(1)
const minutes = z.number().finite()

export const timeWindowSchema = z.object({ start: minutes, end: minutes })

export const placeSchema = z.object({
  id,
  /** Planar coordinates in kilometres (Euclidean distances). */
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
  /** Geographic coordinates (great-circle distances). */
  lat: z.number().finite().min(-90).max(90).optional(),
  lon: z.number().finite().min(-180).max(180).optional(),
})

export const modeSchema = z.enum(['car', 'foot', 'transit'])
export type Mode = z.infer<typeof modeSchema>
export const MODES: readonly Mode[] = ['car', 'foot', 'transit']

const matrixRows = z.array(z.array(z.number().finite().nonnegative()))
export const matrixSchema = z.object({ time: matrixRows, distance: matrixRows.optional() })

export const breakSchema = z.object({
  start: minutes,
  end: minutes,
  duration: z.number().finite().nonnegative(),
  /** Where the break is taken (default: the shift's start place). */
  place: id.optional(),
})

export const shiftSchema = z.object({
  start: minutes,
  end: minutes,
  startPlace: id.optional(),
  endPlace: id.optional(),
  breaks: z.array(breakSchema).default([]),
})

export const agentSchema = z.object({
  id,
  skills: z.array(z.string()).default([]),
  mode: modeSchema.default('car'),
  startPlace: id,
  endPlace: id.optional(),
  shifts: z.array(shiftSchema),
  /** Maximum working time (travel + visits) per shift, minutes. */
  maxDailyWork: z.number().finite().positive().optional(),
  /** Maximum span (return − departure) per shift, minutes. */
  maxDailySpan: z.number().finite().positive().optional(),
  weeklyMinHours: z.number().finite().nonnegative().optional(),
  weeklyMaxHours: z.number().finite().nonnegative().optional(),
  /**
   * Overtime allowed beyond weeklyMaxHours (hours, default 0). The hard limit becomes
   * weeklyMaxHours + weeklyOvertimeHours; the minutes beyond weeklyMaxHours are minimised right after
   * unassigned visits, before travel.
   */
  weeklyOvertimeHours: z.number().finite().nonnegative().default(0),
  sectors: z.array(z.string()).optional(),
  capacity: z.number().finite().nonnegative().optional(),
})

export const visitSchema = z.object({
  id,
  place: id,
  /** The person visited (for continuity of care and KPIs). */
  person: z.string().optional(),
  duration: z.number().finite().nonnegative(),
  windows: z.array(timeWindowSchema).min(1),
  skills: z.array(z.string()).default([]),
  priority: z.number().finite().positive().default(1),
  forbiddenAgents: z.array(id).default([]),
  preferredAgents: z.array(id).default([]),
  /** Agent who served this visit last week (continuity of care). */
  lastAgent: id.optional(),
  sector: z.string().optional(),
  demand: z.number().finite().nonnegative().default(0),
})

export const weightsSchema = z.object({
  /** Per minute of travel. */
  travelTime: z.number().finite().nonnegative().default(1),
  /** Per kilometre of travel. */
  distance: z.number().finite().nonnegative().default(0),
  /** Per visit not served by last week's agent. */
  continuity: z.number().finite().nonnegative().default(10),
  /** Per visit not served by one of its preferred agents. */
  preferred: z.number().finite().nonnegative().default(10),
  /** Per visit served outside the agent's sectors. */
  sector: z.number().finite().nonnegative().default(5),
  /** Per minute of idle gap between visits. */
  idle: z.number().finite().nonnegative().default(0.1),
  /** Per minute below an agent's weekly minimum. */
  underHours: z.number().finite().nonnegative().default(0.1),
  /**
   * Workload fairness: fairness × (work − target × contract)² / (2 × contract) per agent, where contract
   * is the middle of the agent's weekly min/max hours and target the planned visit time over all
   * contracts. A marginal minute of an agent at work/contract ratio r costs fairness × (r − target), so
   * moving a minute from an agent at 90 % to one at 50 % saves 0.4 × fairness.
   */
  fairness: z.number().finite().nonnegative().default(0.5),
  /** Replanning: per visit moved away from its published agent and shift. */
  stability: z.number().finite().nonnegative().default(100),
})
export type Weights = z.infer<typeof weightsSchema>

export const speedsSchema = z.object({
  /** km/h (straight-line distance × detour). */
  car: z.number().finite().positive().default(25),
  foot: z.number().finite().positive().default(4.5),
  transit: z.number().finite().positive().default(12),
  /** Fixed wait added to every public-transport trip, minutes. */
  transitWait: z.number().finite().nonnegative().default(6),
  detour: z.number().finite().min(1).default(1.3),
})

export const modelSchema = z.object({
  name: z.string().default('plan'),
  places: z.array(placeSchema).min(1),
  /** Given travel matrices per mode, indexed like `places`; otherwise computed from coordinates. */
  matrices: z.partialRecord(modeSchema, matrixSchema).optional(),
  speeds: speedsSchema.default(() => speedsSchema.parse({})),
  agents: z.array(agentSchema),
  visits: z.array(visitSchema),
  weights: weightsSchema.default(() => weightsSchema.parse({})),
  /** `cost`: unassigned, then weighted cost. `hierarchical`: unassigned, then agents used, then cost. */
  objective: z.enum(['cost', 'hierarchical']).default('cost'),
})

export type ModelInput = z.input<typeof modelSchema>
export type Model = z.output<typeof modelSchema>
export type Visit = z.output<typeof visitSchema>
export type Agent = z.output<typeof agentSchema>

export class ModelError extends Error {
  constructor(readonly issues: string[]) {
    super(`modèle invalide :\n- ${issues.join('\n- ')}`)
  }
}

/** Parses and checks a model; throws ModelError listing every problem with the item it concerns. */
export function parseModel(input: unknown): Model {
  const r = modelSchema.safeParse(input)
  if (!r.success) {
    const raw = input as {
      visits?: { id?: unknown }[]
      agents?: { id?: unknown }[]
      places?: { id?: unknown }[]
    }
    throw new ModelError(
      r.error.issues.map((iss) => {
        const path = iss.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
        const [head, idx] = iss.path
        let named = ''
        if ((head === 'visits' || head === 'agents' || head === 'places') && typeof idx === 'number') {
          const itemId = raw?.[head]?.[idx]?.id
          if (typeof itemId === 'string') named = ` (« ${itemId} »)`
        }
        return `${path.replace(/^\./, '')}${named} : ${iss.message}`
      }),
    )
  }
  const m = r.data
  const issues: string[] = []
  const dup = (kind: string, ids: string[]): Set<string> => {
    const s = new Set<string>()
    for (const x of ids) {
      if (s.has(x)) issues.push(`${kind} « ${x} » : identifiant en double`)
      s.add(x)
    }
    return s
  }
  const places = dup(
    'lieu',
    m.places.map((p) => p.id),
  )
  const agents = dup(
    'agent',
    m.agents.map((a) => a.id),
  )
  dup(
    'visite',
    m.visits.map((v) => v.id),
  )
  const placeRef = (what: string, p: string | undefined): void => {
    if (p !== undefined && !places.has(p)) issues.push(`${what} : lieu « ${p} » inconnu`)
  }
  const agentRef = (what: string, a: string | undefined): void => {
    if (a !== undefined && !agents.has(a)) issues.push(`${what} : agent « ${a} » inconnu`)
  }
  m.places.forEach((p) => {
    const hasXY = p.x !== undefined && p.y !== undefined
    const hasLL = p.lat !== undefined && p.lon !== undefined
    if ((p.x === undefined) !== (p.y === undefined)) issues.push(`lieu « ${p.id} » : x et y vont ensemble`)
    if ((p.lat === undefined) !== (p.lon === undefined))
      issues.push(`lieu « ${p.id} » : lat et lon vont ensemble`)
    if (!hasXY && !hasLL && m.matrices === undefined)
      issues.push(`lieu « ${p.id} » : ni coordonnées ni matrice de temps de trajet`)
  })
  const n = m.places.length
  for (const [mode, mat] of Object.entries(m.matrices ?? {})) {
    if (mat === undefined) continue
    for (const [kind, rows] of [
      ['time', mat.time],
      ['distance', mat.distance],
    ] as const) {
      if (rows === undefined) continue
      if (rows.length !== n)
        issues.push(`matrices.${mode}.${kind} : ${rows.length} lignes, ${n} attendues (une par lieu)`)
      rows.forEach((row, i) => {
        if (row.length !== n)
          issues.push(`matrices.${mode}.${kind}[${i}] : ${row.length} colonnes, ${n} attendues`)
      })
    }
  }
  const hasCoords = m.places.every(
    (p) => (p.x !== undefined && p.y !== undefined) || (p.lat !== undefined && p.lon !== undefined),
  )
  m.agents.forEach((a) => {
    const what = `agent « ${a.id} »`
    placeRef(what, a.startPlace)
    placeRef(what, a.endPlace)
    if (m.matrices?.[a.mode] === undefined && !hasCoords)
      issues.push(`${what} : pas de matrice pour le mode « ${a.mode} » et des lieux sans coordonnées`)
    if (
      a.weeklyMinHours !== undefined &&
      a.weeklyMaxHours !== undefined &&
      a.weeklyMinHours > a.weeklyMaxHours
    )
      issues.push(
        `${what} : heures hebdomadaires minimum (${a.weeklyMinHours}) au-dessus du maximum (${a.weeklyMaxHours})`,
      )
    a.shifts.forEach((s, i) => {
      placeRef(`${what}, service ${i}`, s.startPlace)
      placeRef(`${what}, service ${i}`, s.endPlace)
      if (s.end < s.start)
        issues.push(`${what}, service ${i} : se termine (${s.end}) avant de commencer (${s.start})`)
      s.breaks.forEach((b, j) => {
        placeRef(`${what}, service ${i}, pause ${j}`, b.place)
        if (b.end < b.start)
          issues.push(
            `${what}, service ${i}, pause ${j} : la fenêtre se ferme (${b.end}) avant d'ouvrir (${b.start})`,
          )
        else if (b.end < s.start || b.start > s.end)
          issues.push(
            `${what}, service ${i}, pause ${j} : la fenêtre (${b.start}–${b.end}) est hors du service (${s.start}–${s.end})`,
          )
      })
    })
  })
  m.visits.forEach((v) => {
    const what = `visite « ${v.id} »`
    placeRef(what, v.place)
    v.windows.forEach((w, i) => {
      if (w.end < w.start)
        issues.push(`${what} : la fenêtre ${i} se ferme (${w.end}) avant d'ouvrir (${w.start})`)
    })
    for (const a of v.forbiddenAgents) agentRef(`${what}, forbiddenAgents`, a)
    for (const a of v.preferredAgents) agentRef(`${what}, preferredAgents`, a)
    agentRef(`${what}, lastAgent`, v.lastAgent)
  })
  if (issues.length > 0) throw new ModelError(issues)
  return m
}
