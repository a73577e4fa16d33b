import type { ImportView } from '../../../../shared/modules/partenaires/imports.contract'
import type { directoryImports } from '../partenaires.table'

export type ImportReport = ImportView['report']

/** The report as stored: what the view shows, and the places left to locate. */
export interface StoredReport extends ImportReport {
  placeIds: string[]
}

export const emptyLocated = () => ({ adresse: 0, rue: 0, commune: 0, inconnue: 0 })

export function importViewOf(row: typeof directoryImports.$inferSelect): ImportView {
  const stored = row.report as Partial<StoredReport>
  return {
    id: row.id,
    kind: row.kind as ImportView['kind'],
    fileName: row.fileName,
    status: row.status as ImportView['status'],
    total: row.total,
    done: row.done,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    report: {
      lines: stored.lines ?? 0,
      created: stored.created ?? 0,
      updated: stored.updated ?? 0,
      services: stored.services ?? 0,
      skipped: stored.skipped ?? { dissolved: 0, outsideArea: 0, duplicates: 0 },
      located: stored.located ?? emptyLocated(),
      warnings: stored.warnings ?? [],
      error: stored.error ?? null,
    },
  }
}
