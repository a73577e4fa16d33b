/**
 * Pilotage — creating a plan from a template (blank, Besançon's social project, the Ain plan for the
 * care jobs) or by importing a spreadsheet (XLSX or CSV): a preview with a report line by line, then
 * everything or nothing.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { planManagerRoles } from './pilotage.constants'
import { planTemplateKeys } from './template-catalogue'

/** A spreadsheet of a plan: a few thousand lines at most. */
export const MAX_PLAN_IMPORT_LINES = 5000

const civilDate = () => z.iso.date({ message: 'une date au format AAAA-MM-JJ.' })

const title = z
  .string()
  .trim()
  .min(3, { message: '3 caractères au moins.' })
  .max(300, { message: '300 caractères au plus.' })

const periodFields = {
  periodStart: civilDate(),
  periodEnd: civilDate(),
}
const endAfterStart = (v: { periodStart: string; periodEnd: string }) => v.periodEnd > v.periodStart
const endAfterStartIssue = { message: 'elle doit venir après le début.', path: ['periodEnd'] }

export const templateView = z.object({
  key: z.enum(planTemplateKeys),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  axes: z.number().int(),
  actions: z.number().int(),
  /** The period of the model (the new plan takes the dates given). */
  periodStart: z.string(),
  periodEnd: z.string(),
})
export type TemplateView = z.output<typeof templateView>

export const createFromTemplateBody = z
  .strictObject({
    template: z.enum(planTemplateKeys, { message: 'choisissez un modèle de la liste.' }),
    title: title.optional(),
    ...periodFields,
  })
  .refine(endAfterStart, endAfterStartIssue)

export const createdPlanView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  axes: z.number().int(),
  actions: z.number().int(),
})
export type CreatedPlanView = z.output<typeof createdPlanView>

export const importQuery = z
  .strictObject({ title, fileName: z.string().max(200).optional(), ...periodFields })
  .refine(endAfterStart, endAfterStartIssue)

/** A problem of the file, named by its line (as the spreadsheet numbers it) and its column. */
export const importIssue = z.object({
  line: z.number().int(),
  column: z.string(),
  message: z.string(),
})
export type ImportIssue = z.output<typeof importIssue>

export const importPreviewView = z.object({
  fileType: z.enum(['xlsx', 'csv']),
  encoding: z.string().nullable(),
  lines: z.number().int(),
  /** The structure the import would create. */
  axes: z.array(
    z.object({
      title: z.string(),
      actions: z.array(
        z.object({
          line: z.number().int(),
          number: z.string(),
          kind: z.enum(['projet_phare', 'action']),
          title: z.string(),
          status: z.string(),
        }),
      ),
    }),
  ),
  errors: z.array(importIssue),
  /** Nothing blocks the import. */
  ready: z.boolean(),
})
export type ImportPreviewView = z.output<typeof importPreviewView>

export const pilotageImportsContract = {
  templates: defineRoute({
    method: 'GET',
    path: '/api/pilotage/modeles',
    summary:
      'Les modèles de plan : plan vierge, projet social de CCAS (modèle Besançon), plan départemental (modèle Ain)',
    access: { kind: 'member', roles: planManagerRoles },
    response: z.array(templateView),
  }),
  createFromTemplate: defineRoute({
    method: 'POST',
    path: '/api/pilotage/modeles/plans',
    summary: 'Créer un plan à partir d’un modèle, avec ses propres dates (aucune donnée personnelle copiée)',
    access: { kind: 'member', roles: planManagerRoles },
    body: createFromTemplateBody,
    response: createdPlanView,
    status: 201,
  }),
  importModel: defineRoute({
    method: 'GET',
    path: '/api/pilotage/import/modele.xlsx',
    summary: 'Le fichier modèle vierge (XLSX) d’un plan à importer, avec ses colonnes et une ligne d’exemple',
    access: { kind: 'member', roles: planManagerRoles },
    response: z.unknown(),
    raw: true,
  }),
  importPreview: defineRoute({
    method: 'POST',
    path: '/api/pilotage/import/apercu',
    summary:
      'Aperçu de l’import d’un plan (corps brut : XLSX ou CSV, séparateur « ; » ou « , ») : rapport ligne par ligne, rien n’est enregistré',
    access: { kind: 'member', roles: planManagerRoles },
    query: importQuery,
    response: importPreviewView,
    maxBodyBytes: 5 * 1024 * 1024,
  }),
  importCommit: defineRoute({
    method: 'POST',
    path: '/api/pilotage/import',
    summary: 'Importer le plan : toutes les lignes ou aucune (422 avec le rapport)',
    access: { kind: 'member', roles: planManagerRoles },
    query: importQuery,
    response: createdPlanView,
    status: 201,
    maxBodyBytes: 5 * 1024 * 1024,
  }),
}
