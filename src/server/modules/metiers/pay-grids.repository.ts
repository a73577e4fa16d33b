import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { jobProfiles, payGridSteps, payGrids } from './fiches.table'
import type { PayStep, StoredGrid } from './pay-grids'

export interface NewGrid {
  kind: string
  name: string
  category: string | null
  pointValueCents: number | null
  validFrom: string
  source: string
  importedBy: string | null
}

export function payGridsRepository(db: Db) {
  return {
    async list() {
      return db
        .select({
          id: payGrids.id,
          kind: payGrids.kind,
          name: payGrids.name,
          category: payGrids.category,
          pointValueCents: payGrids.pointValueCents,
          validFrom: payGrids.validFrom,
          source: payGrids.source,
          importedAt: payGrids.importedAt,
          grades: sql<
            string[]
          >`coalesce((select array_agg(distinct s.grade) from pay_grid_steps s where s.grid_id = pay_grids.id), '{}')`,
          steps: sql<number>`(select count(*)::int from pay_grid_steps s where s.grid_id = pay_grids.id)`,
        })
        .from(payGrids)
        .orderBy(asc(payGrids.name), desc(payGrids.validFrom))
    },

    async get(id: string) {
      const [grid] = await db.select().from(payGrids).where(eq(payGrids.id, id))
      return grid
    },

    async steps(gridId: string) {
      return db
        .select()
        .from(payGridSteps)
        .where(eq(payGridSteps.gridId, gridId))
        .orderBy(asc(payGridSteps.grade), asc(payGridSteps.step))
    },

    async findByNameAndDate(name: string, validFrom: string) {
      const [grid] = await db
        .select({ id: payGrids.id })
        .from(payGrids)
        .where(and(eq(payGrids.name, name), eq(payGrids.validFrom, validFrom)))
      return grid
    },

    /** Writes a grid and its steps, replacing the grid of the same name and date. */
    async replace(grid: NewGrid, steps: PayStep[]) {
      await db
        .delete(payGrids)
        .where(and(eq(payGrids.name, grid.name), eq(payGrids.validFrom, grid.validFrom)))
      const [created] = await db.insert(payGrids).values(grid).returning()
      if (steps.length > 0)
        await db.insert(payGridSteps).values(steps.map((s) => ({ ...s, gridId: created!.id })))
      return created!
    },

    async delete(id: string) {
      const [gone] = await db.delete(payGrids).where(eq(payGrids.id, id)).returning()
      return gone
    },

    /** Every grid with its steps, for computing fiches' pay (a few grids of a few dozen steps). */
    async allWithSteps(names?: string[]): Promise<StoredGrid[]> {
      const grids = await db.select().from(payGrids)
      const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : undefined
      const kept = wanted ? grids.filter((g) => wanted.has(g.name.toLowerCase())) : grids
      if (kept.length === 0) return []
      const steps = await db
        .select()
        .from(payGridSteps)
        .where(
          inArray(
            payGridSteps.gridId,
            kept.map((g) => g.id),
          ),
        )
        .orderBy(asc(payGridSteps.grade), asc(payGridSteps.step))
      return kept.map((g) => ({
        name: g.name,
        kind: g.kind,
        category: g.category,
        pointValueCents: g.pointValueCents,
        validFrom: g.validFrom,
        source: g.source,
        steps: steps
          .filter((s) => s.gridId === g.id)
          .map(({ grade, step, indiceBrut, indiceMajore, monthlyGrossCents, durationMonths }) => ({
            grade,
            step,
            indiceBrut,
            indiceMajore,
            monthlyGrossCents,
            durationMonths,
          })),
      }))
    },

    /** Fiches naming each grid in their pay scales. */
    async usage(): Promise<Map<string, string[]>> {
      const fiches = await db
        .select({ title: jobProfiles.title, payScales: jobProfiles.payScales })
        .from(jobProfiles)
      const byGrid = new Map<string, string[]>()
      for (const f of fiches) {
        for (const scale of f.payScales as { gridName?: string }[]) {
          if (!scale.gridName) continue
          const key = scale.gridName.toLowerCase()
          const list = byGrid.get(key) ?? []
          if (!list.includes(f.title)) list.push(f.title)
          byGrid.set(key, list)
        }
      }
      return byGrid
    },
  }
}
