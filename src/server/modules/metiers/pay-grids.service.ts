import { DomainError, notFound } from '../../../shared/errors'
import type {
  PayGridImportView,
  PayGridKind,
  PayGridView,
} from '../../../shared/modules/metiers/fiches.contract'
import type { Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { gradesOf, readPayGridFile } from './pay-grids'
import { payGridsRepository } from './pay-grids.repository'

/** What the import form says about the grid (the file gives its steps). */
export interface PayGridMeta {
  name: string
  kind: PayGridKind
  category?: 'A' | 'B' | 'C' | undefined
  /** Euros per year, FPT only. */
  pointValue?: number | undefined
  validFrom: string
  source: string
}

const bodyBytes = (body: unknown): Buffer => {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new DomainError('validation', 'Fichier : envoyez le fichier CSV de la grille.', [
      { field: 'fichier', message: 'Fichier vide ou absent.' },
    ])
  return body
}

/**
 * Reads a grid and, when `write` is set and every line is good, stores it (replacing the grid
 * of the same name and date). One bad line and nothing is written: 422 with every bad line.
 */
export async function importPayGrid(
  db: Db,
  bytes: Buffer,
  meta: PayGridMeta,
  options: { write: boolean; importedBy: string | null },
): Promise<PayGridImportView> {
  const pointValue = meta.kind === 'fpt' ? (meta.pointValue ?? null) : null
  const plan = readPayGridFile(bytes, meta.kind, pointValue)
  const repo = payGridsRepository(db)
  const replaces = (await repo.findByNameAndDate(meta.name, meta.validFrom)) !== undefined
  const view: PayGridImportView = {
    name: meta.name,
    kind: meta.kind,
    validFrom: meta.validFrom,
    lines: plan.lines,
    grades: gradesOf(plan.steps),
    replaces,
    badLines: plan.badLines,
    rows: plan.steps,
    committed: false,
  }
  if (!options.write) return view
  if (plan.badLines.length > 0) {
    const n = plan.badLines.length
    throw new DomainError(
      'unprocessable',
      `${n} ligne${n > 1 ? 's' : ''} en erreur (première : ligne ${plan.badLines[0]!.line}) : rien n’a été importé.`,
      plan.badLines.slice(0, 20).map((b) => ({ field: `ligne ${b.line}`, message: b.reasons.join(' ') })),
      view,
    )
  }
  await repo.replace(
    {
      kind: meta.kind,
      name: meta.name,
      category: meta.kind === 'fpt' ? (meta.category ?? null) : null,
      pointValueCents: pointValue === null ? null : Math.round(pointValue * 100),
      validFrom: meta.validFrom,
      source: meta.source || plan.source || '',
      importedBy: options.importedBy,
    },
    plan.steps,
  )
  return { ...view, committed: true }
}

export function payGridsService() {
  return {
    async preview(ctx: RequestContext, body: unknown, meta: PayGridMeta) {
      return importPayGrid(ctx.tx, bodyBytes(body), meta, { write: false, importedBy: null })
    },

    async commit(ctx: RequestContext, body: unknown, meta: PayGridMeta & { fileName?: string | undefined }) {
      const view = await importPayGrid(ctx.tx, bodyBytes(body), meta, {
        write: true,
        importedBy: ctx.actor?.accountId ?? null,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'pay_grid',
        entityId: `${meta.name} (${meta.validFrom})`,
        after: {
          name: meta.name,
          kind: meta.kind,
          validFrom: meta.validFrom,
          steps: view.rows.length,
          fileName: meta.fileName ?? null,
        },
      })
      return view
    },

    async list(ctx: RequestContext): Promise<PayGridView[]> {
      const repo = payGridsRepository(ctx.tx)
      const [grids, usage] = await Promise.all([repo.list(), repo.usage()])
      return grids.map((g) => ({
        ...g,
        kind: g.kind === 'fpt' ? 'fpt' : 'convention',
        grades: [...g.grades].sort((a, b) => a.localeCompare(b, 'fr')),
        importedAt: g.importedAt.toISOString(),
        usedBy: usage.get(g.name.toLowerCase()) ?? [],
      }))
    },

    async get(ctx: RequestContext, id: string) {
      const repo = payGridsRepository(ctx.tx)
      const grid = await repo.get(id)
      if (!grid) throw notFound('Cette grille')
      const [steps, usage] = await Promise.all([repo.steps(id), repo.usage()])
      return {
        id: grid.id,
        kind: grid.kind === 'fpt' ? ('fpt' as const) : ('convention' as const),
        name: grid.name,
        category: grid.category,
        pointValueCents: grid.pointValueCents,
        validFrom: grid.validFrom,
        source: grid.source,
        grades: gradesOf(steps),
        steps: steps.length,
        importedAt: grid.importedAt.toISOString(),
        usedBy: usage.get(grid.name.toLowerCase()) ?? [],
        rows: steps.map(({ grade, step, indiceBrut, indiceMajore, monthlyGrossCents, durationMonths }) => ({
          grade,
          step,
          indiceBrut,
          indiceMajore,
          monthlyGrossCents,
          durationMonths,
        })),
      }
    },

    async delete(ctx: RequestContext, id: string) {
      const gone = await payGridsRepository(ctx.tx).delete(id)
      if (!gone) throw notFound('Cette grille')
      await ctx.audit({
        action: 'delete',
        entityType: 'pay_grid',
        entityId: gone.id,
        before: { name: gone.name, validFrom: gone.validFrom },
      })
      return { deleted: true as const }
    },
  }
}
