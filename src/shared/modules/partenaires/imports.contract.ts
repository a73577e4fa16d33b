/** Partenaires — imports of the directory (RNA, CSV/XLSX) and batch geocoding. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import type { Role } from '../organisations/roles'

/** Who imports into the directory: the roles that keep it. */
export const directoryImportRoles: readonly Role[] = ['administrateur', 'direction']

/** A département's RNA extract is a few tens of megabytes; a spreadsheet of associations far less. */
export const MAX_RNA_BYTES = 60 * 1024 * 1024
export const MAX_SHEET_BYTES = 10 * 1024 * 1024
/** Lines of a spreadsheet import (one service a line). */
export const MAX_SHEET_LINES = 5_000
/** Lines shown in a preview; the counts cover the whole file. */
export const PREVIEW_ENTRIES = 200

export const importKinds = ['rna', 'tableur'] as const
export type ImportKind = (typeof importKinds)[number]
export const importKindLabels: Record<ImportKind, string> = {
  rna: 'Répertoire national des associations',
  tableur: 'Tableur (CSV ou XLSX)',
}

/** en_cours while the new places are being located on the map. */
export const importStatuses = ['en_cours', 'terminee', 'echouee'] as const
export type ImportStatus = (typeof importStatuses)[number]
export const importStatusLabels: Record<ImportStatus, string> = {
  en_cours: 'Localisation des adresses en cours',
  terminee: 'Terminée',
  echouee: 'Échouée',
}

/** The two extracts of the RNA open data: associations declared since 2009, and older ones. */
export const rnaFormats = ['waldec', 'import'] as const
export type RnaFormat = (typeof rnaFormats)[number]

const lineMessages = z.object({ line: z.number().int(), messages: z.array(z.string()) })

/** A structure as the import would store it. `line` is the spreadsheet's row number (headers on row 1). */
export const importEntryView = z.object({
  line: z.number().int(),
  /** creation: a new structure; mise_a_jour: a structure imported earlier (same RNA number or SIRET). */
  action: z.enum(['creation', 'mise_a_jour']),
  name: z.string(),
  rnaId: z.string().nullable(),
  siret: z.string().nullable(),
  address: z.string(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  /** Spreadsheet import: the service of this line. */
  serviceName: z.string().nullable(),
  themes: z.array(z.string()),
})
export type ImportEntryView = z.output<typeof importEntryView>

/** What the file holds, line by line: the answer of a preview, and the `details` of a refused commit (422). */
export const importPreviewView = z.object({
  kind: z.enum(importKinds),
  /** RNA: which extract the header names. */
  rnaFormat: z.enum(rnaFormats).nullable(),
  fileType: z.enum(['csv', 'xlsx']),
  /** For a CSV: how its bytes were read. */
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  /** Lines holding data. */
  lines: z.number().int(),
  /** Structures the commit would create or update. */
  structures: z.number().int(),
  /** Spreadsheet: services the commit would create. */
  services: z.number().int(),
  creations: z.number().int(),
  updates: z.number().int(),
  /** RNA lines left aside, by reason. */
  skipped: z.object({
    dissolved: z.number().int(),
    outsideArea: z.number().int(),
    duplicates: z.number().int(),
  }),
  /** RNA: the communes kept (INSEE code and name). */
  area: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Every bad line with every reason, naming the column. One bad line and nothing is imported. */
  badLines: z.array(z.object({ line: z.number().int(), reasons: z.array(z.string()) })),
  warnings: z.array(lineMessages),
  ignoredColumns: z.array(z.string()),
  /** The first entries, for the agent to check before confirming. */
  entries: z.array(importEntryView),
})
export type ImportPreviewView = z.output<typeof importPreviewView>

/** A place the address service did not locate at its address. */
export const geocodingWarningView = z.object({
  placeId: z.uuid(),
  structureName: z.string(),
  address: z.string(),
  status: z.enum(['commune', 'inconnue']),
  message: z.string(),
})

/** An import once committed: its counts, and the progress of locating its places. */
export const importView = z.object({
  id: z.uuid(),
  kind: z.enum(importKinds),
  fileName: z.string(),
  status: z.enum(importStatuses),
  /** Places to locate, and those located so far: the progress bar. */
  total: z.number().int(),
  done: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  report: z.object({
    lines: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    services: z.number().int(),
    skipped: z.object({
      dissolved: z.number().int(),
      outsideArea: z.number().int(),
      duplicates: z.number().int(),
    }),
    /** Places by what the address service made of them, once located. */
    located: z.object({
      adresse: z.number().int(),
      rue: z.number().int(),
      commune: z.number().int(),
      inconnue: z.number().int(),
    }),
    warnings: z.array(geocodingWarningView),
    /** Set when locating failed for good (the structures stay imported). */
    error: z.string().nullable(),
  }),
})
export type ImportView = z.output<typeof importView>

const inseeList = z
  .string()
  .trim()
  .transform((v) =>
    v
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((c) => c.toUpperCase()),
  )
  .refine((codes) => codes.every((c) => /^(?:\d{5}|2[AB]\d{3})$/.test(c)), {
    message: 'Communes : codes INSEE de 5 caractères séparés par des virgules (ex. 25056,25047).',
  })
  .refine((codes) => codes.length <= 500, { message: 'Communes : 500 codes au plus.' })

const fileName = z
  .string()
  .trim()
  .max(200, { message: 'Nom de fichier : 200 caractères au plus.' })
  .optional()

/** The area an RNA extract is filtered to: communes (INSEE codes), an EPCI (SIREN), or both. */
export const rnaQuery = z
  .strictObject({
    communes: inseeList.optional(),
    epci: z
      .string()
      .trim()
      .regex(/^\d{9}$/, { message: 'EPCI : le SIREN compte 9 chiffres (ex. 242500361).' })
      .optional(),
    fileName,
  })
  .refine((q) => (q.communes?.length ?? 0) > 0 || q.epci !== undefined, {
    message: 'Choisissez les communes (codes INSEE) ou l’EPCI dont importer les associations.',
    path: ['communes'],
  })

export const sheetQuery = z.strictObject({ fileName })

const id = z.object({ id: z.uuid({ message: 'Identifiant d’import invalide.' }) })
const rnaMegabytes = MAX_RNA_BYTES / (1024 * 1024)
const sheetMegabytes = MAX_SHEET_BYTES / (1024 * 1024)

export const importsContract = {
  rnaPreview: defineRoute({
    method: 'POST',
    path: '/api/directory-imports/rna/preview',
    summary: `Aperçu d’un import du RNA (corps brut application/octet-stream : extrait RNA_waldec ou RNA_import, CSV, ${rnaMegabytes} Mo au plus) filtré par communes ou EPCI ; rien n’est enregistré`,
    access: { kind: 'member', roles: directoryImportRoles },
    query: rnaQuery,
    response: importPreviewView,
    maxBodyBytes: MAX_RNA_BYTES,
  }),
  rnaCommit: defineRoute({
    method: 'POST',
    path: '/api/directory-imports/rna/commit',
    summary:
      'Importer les associations du RNA : toutes ou aucune (422 avec le rapport), puis localisation des adresses en arrière-plan',
    access: { kind: 'member', roles: directoryImportRoles },
    query: rnaQuery,
    response: importView,
    status: 201,
    maxBodyBytes: MAX_RNA_BYTES,
  }),
  sheetPreview: defineRoute({
    method: 'POST',
    path: '/api/directory-imports/sheet/preview',
    summary: `Aperçu d’un import de structures et de leurs services (corps brut : CSV ou XLSX à colonnes nommées, ${sheetMegabytes} Mo au plus) ; rien n’est enregistré`,
    access: { kind: 'member', roles: directoryImportRoles },
    query: sheetQuery,
    response: importPreviewView,
    maxBodyBytes: MAX_SHEET_BYTES,
  }),
  sheetCommit: defineRoute({
    method: 'POST',
    path: '/api/directory-imports/sheet/commit',
    summary:
      'Importer les structures et services du tableur : toutes les lignes ou aucune (422 avec le rapport), puis localisation des adresses en arrière-plan',
    access: { kind: 'member', roles: directoryImportRoles },
    query: sheetQuery,
    response: importView,
    status: 201,
    maxBodyBytes: MAX_SHEET_BYTES,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/directory-imports',
    summary: 'Les derniers imports de l’annuaire, avec leur avancement',
    access: { kind: 'member', roles: directoryImportRoles },
    response: z.array(importView),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/directory-imports/:id',
    summary: 'Un import : avancement de la localisation des adresses (barre de progression) et rapport',
    access: { kind: 'member', roles: directoryImportRoles },
    params: id,
    response: importView,
  }),
}
