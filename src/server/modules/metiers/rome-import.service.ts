import { DomainError } from '../../../shared/errors'
import type { RomeImportView } from '../../../shared/modules/metiers/fiches.contract'
import type { Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { compareRome, readRomeFile } from './rome-import'
import { romeRepository } from './rome-import.repository'

export interface RomeImportOptions {
  fileName?: string | undefined
  version?: string | undefined
}

const bodyBytes = (body: unknown): Buffer => {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new DomainError('validation', 'Fichier : envoyez le fichier CSV du ROME.', [
      { field: 'fichier', message: 'Fichier vide ou absent.' },
    ])
  return body
}

/**
 * Reads a ROME file and compares it with the stored referential; with `write`, replaces the
 * referential by it, all or nothing, and moves the fiches whose codes still exist to its version.
 */
export async function importRome(
  db: Db,
  bytes: Buffer,
  options: RomeImportOptions & { write: boolean },
): Promise<RomeImportView> {
  const plan = readRomeFile(bytes, options)
  const repo = romeRepository(db)
  const view: RomeImportView = { ...compareRome(plan, await repo.currentState()), committed: false }
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
  if (plan.kind === 'appellations') {
    await repo.replaceAppellations(plan.appellations, plan.version, await repo.labelsByCode())
    await repo.bumpFichesVersion(plan.version, [...new Set(plan.appellations.map((a) => a.codeRome))])
  } else {
    await repo.relabelCodes(plan.codes, plan.version)
    await repo.bumpFichesVersion(plan.version, [...plan.codes.keys()])
  }
  return { ...view, committed: true }
}

export function romeImportService() {
  return {
    async preview(ctx: RequestContext, body: unknown, options: RomeImportOptions) {
      return importRome(ctx.tx, bodyBytes(body), { ...options, write: false })
    },

    async commit(ctx: RequestContext, body: unknown, options: RomeImportOptions) {
      const view = await importRome(ctx.tx, bodyBytes(body), { ...options, write: true })
      await ctx.audit({
        action: 'create',
        entityType: 'rome_import',
        entityId: `${view.kind} ${view.version}`,
        after: {
          fileName: options.fileName ?? null,
          version: view.version,
          added: view.added,
          renamed: view.renamed,
          removed: view.removed,
          fichesTouched: view.fiches.length,
        },
      })
      return view
    },

    async referential(ctx: RequestContext) {
      const row = await romeRepository(ctx.tx).summary()
      return {
        version: row.version,
        codes: row.codes,
        appellations: row.appellations,
        importedAt: row.importedAt ? new Date(row.importedAt).toISOString() : null,
      }
    },

    async lookup(ctx: RequestContext, filter: { rome?: string | undefined; q?: string | undefined }) {
      const found = await romeRepository(ctx.tx).lookup({
        ...(filter.rome ? { rome: filter.rome } : {}),
        ...(filter.q ? { q: filter.q } : {}),
      })
      return found.map(({ codeOgr, codeRome, romeLabel, longLabel, shortLabel, romeVersion }) => ({
        codeOgr,
        codeRome,
        romeLabel,
        longLabel,
        shortLabel,
        romeVersion,
      }))
    },
  }
}
