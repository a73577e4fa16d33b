import { DomainError, notFound } from '../../../../shared/errors'
import type { ImportPreviewView, ImportView } from '../../../../shared/modules/partenaires/imports.contract'
import type { RequestContext } from '../../../http/context'
import { previewOf, type ImportPlan } from './import-plan'
import { importViewOf, emptyLocated, type StoredReport } from './import-report'
import { importsRepository } from './imports.repository'
import { readRnaExtract } from './rna-extract'
import { planRnaImport, rnaArea } from './rna-plan'
import { planSheetImport } from './sheet-plan'
import { storePlan } from './store-plan'

function memberOf(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return { organisationId: actor.organisationId, accountId: actor.accountId }
}

function bytesOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body))
    throw new DomainError(
      'unsupported_media_type',
      'Envoyez le fichier lui-même, en application/octet-stream.',
    )
  return body
}

export interface RnaQuery {
  communes?: string[]
  epci?: string
  fileName?: string
}

/**
 * Imports into the directory. The preview reads and checks the whole file; the commit checks
 * again and writes every structure, place and service in the request's transaction, or nothing,
 * then leaves the places to be located in the background.
 */
export function importsService() {
  async function rnaPlan(ctx: RequestContext, body: unknown, query: RnaQuery): Promise<ImportPlan> {
    const { organisationId } = memberOf(ctx)
    const area = rnaArea(query)
    const extract = readRnaExtract(bytesOf(body))
    return planRnaImport(extract, area, await importsRepository(ctx.tx).keptStructures(organisationId))
  }

  async function sheetPlan(ctx: RequestContext, body: unknown): Promise<ImportPlan> {
    const { organisationId } = memberOf(ctx)
    return planSheetImport(body, await importsRepository(ctx.tx).keptStructures(organisationId))
  }

  async function preview(ctx: RequestContext, plan: ImportPlan): Promise<ImportPreviewView> {
    await ctx.audit({
      action: 'read',
      entityType: 'directory_import',
      entityId: null,
      after: { kind: plan.kind },
    })
    return previewOf(plan)
  }

  async function commit(
    ctx: RequestContext,
    plan: ImportPlan,
    fileName: string | undefined,
  ): Promise<ImportView> {
    const { organisationId, accountId } = memberOf(ctx)
    const bad = plan.badLines.size
    if (bad > 0)
      throw new DomainError(
        'unprocessable',
        `${bad} ligne${bad > 1 ? 's' : ''} en erreur : rien n’a été importé. Corrigez ${bad > 1 ? 'ces lignes' : 'cette ligne'} et importez de nouveau le fichier.`,
        [],
        previewOf(plan),
      )
    if (plan.structures.length === 0)
      throw new DomainError(
        'unprocessable',
        plan.kind === 'rna'
          ? 'Aucune association active de ces communes dans le fichier : rien n’a été importé.'
          : 'Aucune structure à importer dans le fichier.',
        [],
        previewOf(plan),
      )
    const repo = importsRepository(ctx.tx)
    const stored = await storePlan(repo, organisationId, plan)
    const report: StoredReport = {
      lines: plan.lines,
      created: stored.created,
      updated: stored.updated,
      services: stored.services,
      skipped: plan.skipped,
      located: emptyLocated(),
      warnings: [],
      error: null,
      placeIds: stored.placeIds,
    }
    const row = await repo.createImport({
      organisationId,
      kind: plan.kind,
      fileName: fileName ?? '',
      status: stored.placeIds.length ? 'en_cours' : 'terminee',
      total: stored.placeIds.length,
      done: 0,
      report,
      createdBy: accountId,
      ...(stored.placeIds.length ? {} : { finishedAt: new Date() }),
    })
    await ctx.audit({
      action: 'create',
      entityType: 'directory_import',
      entityId: row.id,
      after: { kind: plan.kind, created: stored.created, updated: stored.updated, services: stored.services },
    })
    return importViewOf(row)
  }

  return {
    previewRna: async (ctx: RequestContext, body: unknown, query: RnaQuery) =>
      preview(ctx, await rnaPlan(ctx, body, query)),
    commitRna: async (ctx: RequestContext, body: unknown, query: RnaQuery) =>
      commit(ctx, await rnaPlan(ctx, body, query), query.fileName),
    previewSheet: async (ctx: RequestContext, body: unknown) => preview(ctx, await sheetPlan(ctx, body)),
    commitSheet: async (ctx: RequestContext, body: unknown, fileName: string | undefined) =>
      commit(ctx, await sheetPlan(ctx, body), fileName),

    async list(ctx: RequestContext): Promise<ImportView[]> {
      const { organisationId } = memberOf(ctx)
      return (await importsRepository(ctx.tx).recentImports(organisationId)).map(importViewOf)
    },

    async get(ctx: RequestContext, id: string): Promise<ImportView> {
      const row = await importsRepository(ctx.tx).findImport(id)
      if (!row || row.organisationId !== memberOf(ctx).organisationId) throw notFound('Cet import')
      return importViewOf(row)
    },
  }
}
