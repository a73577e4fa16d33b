import { z } from 'zod'
import { defineRoute } from '../../contract'
import { requestKinds, shownStatuses } from './domiciliation.constants'
import { dataExchangeRoles, importFormats, MAX_IMPORT_BYTES } from './reports.constants'

const civilDate = z.iso.date()

/** A line of an import file, as it would be stored. `line` is the spreadsheet's row number (headers on row 1). */
export const importLineView = z.object({
  line: z.number().int(),
  fileNumber: z.number().int().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: civilDate,
  status: z.enum(shownStatuses),
  requestKind: z.enum(requestKinds),
  validFrom: civilDate.nullable(),
  validUntil: civilDate.nullable(),
  decidedOn: civilDate.nullable(),
  motive: z.string().nullable(),
  ayantsDroit: z.number().int(),
  /** The person already has a file (same names and birth date): the domiciliation is attached to it. */
  existingUsager: z.boolean(),
})
export type ImportLineView = z.output<typeof importLineView>

export const importReportView = z.object({
  format: z.enum(importFormats),
  fileType: z.enum(['xlsx', 'csv']),
  /** For a CSV: how its bytes were read. */
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  /** Lines holding data (empty lines are skipped). */
  lines: z.number().int(),
  goodLines: z.number().int(),
  /** Every bad line, with every reason, in French. */
  badLines: z.array(z.object({ line: z.number().int(), reasons: z.array(z.string()) })),
  /** Lines imported with a change the structure should know of (a DomiFa identifier that is not a number). */
  warnings: z.array(z.object({ line: z.number().int(), messages: z.array(z.string()) })),
  /** Headers this format does not read (named-columns format). */
  ignoredColumns: z.array(z.string()),
  parsed: z.array(importLineView),
  /** Set by a commit: the people imported. */
  imported: z.number().int().nullable(),
})
export type ImportReportView = z.output<typeof importReportView>

const importQuery = z.strictObject({
  /** Found from the headers when absent. */
  format: z.enum(importFormats).optional(),
})

const megabytes = MAX_IMPORT_BYTES / (1024 * 1024)

/** The export of every domiciled person and the import of a base (DomiFa's template or named columns). */
export const domiciliationExchangeContract = {
  exportPeople: defineRoute({
    method: 'GET',
    path: '/api/domiciliations-export.xlsx',
    summary:
      'Export de toutes les personnes domiciliées (identité, décisions, contacts, options, entretien), en XLSX',
    access: { kind: 'member', roles: dataExchangeRoles },
    response: z.unknown(),
    raw: true,
  }),
  importPreview: defineRoute({
    method: 'POST',
    path: '/api/domiciliations-import/preview',
    summary: `Aperçu d’un import (corps brut application/octet-stream : modèle DomiFa, CSV ou XLSX, ${megabytes} Mo au plus) : lignes lues, chaque ligne en erreur et sa raison ; rien n’est enregistré`,
    access: { kind: 'member', roles: dataExchangeRoles },
    query: importQuery,
    response: importReportView,
    maxBodyBytes: MAX_IMPORT_BYTES,
  }),
  importCommit: defineRoute({
    method: 'POST',
    path: '/api/domiciliations-import/commit',
    summary:
      'Importer le fichier : toutes les lignes ou aucune (une ligne en erreur → 422 avec le rapport, rien n’est enregistré)',
    access: { kind: 'member', roles: dataExchangeRoles },
    query: importQuery,
    response: importReportView,
    status: 201,
    maxBodyBytes: MAX_IMPORT_BYTES,
  }),
}
