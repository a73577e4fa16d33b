import { eq } from 'drizzle-orm'
import { DomainError, notFound } from '../../../../shared/errors'
import type {
  CreatedPlanView,
  ImportPreviewView,
  TemplateView,
} from '../../../../shared/modules/pilotage/imports.contract'
import type { PlanTemplateKey } from '../../../../shared/modules/pilotage/template-catalogue'
import type { RequestContext } from '../../../http/context'
import { readSheetFile } from '../../domiciliation'
import { services } from '../../organisations/organisations.table'
import { readPlanSheet, type ReadPlan } from './import-plan'
import { writePlan, type WrittenPlan } from './plan-writer'
import { planTemplates } from './templates'

interface PlanDates {
  periodStart: string
  periodEnd: string
}

const organisationOf = (ctx: RequestContext) => {
  const id = ctx.actor?.organisationId
  if (!id) throw notFound('Cette organisation')
  return id
}

const created = (plan: WrittenPlan, title: string): CreatedPlanView => ({
  id: plan.id,
  slug: plan.slug,
  title,
  axes: plan.axes.length,
  actions: plan.axes.reduce((n, a) => n + a.actions.length, 0),
})

function previewOf(
  file: { fileType: 'xlsx' | 'csv'; encoding: string | null },
  read: ReadPlan,
): ImportPreviewView {
  return {
    fileType: file.fileType,
    encoding: file.encoding,
    lines: read.lines,
    axes: read.axes.map((axis) => ({
      title: axis.title,
      actions: axis.actions.map((a) => ({
        line: a.line,
        number: a.number,
        kind: a.kind,
        title: a.title,
        status: a.status ?? 'a_lancer',
      })),
    })),
    errors: read.errors,
    ready: read.errors.length === 0,
  }
}

/** Plans created from a template or imported from a spreadsheet, whole or not at all. */
export function importsService() {
  async function read(ctx: RequestContext, body: unknown, dates: PlanDates) {
    const file = await readSheetFile(body)
    const own = await ctx.tx
      .select({ id: services.id, name: services.name })
      .from(services)
      .where(eq(services.organisationId, organisationOf(ctx)))
    return { file, read: readPlanSheet(file, { ...dates, services: own }) }
  }

  return {
    templates(): TemplateView[] {
      return planTemplates.map((t) => ({
        key: t.key,
        title: t.title,
        description: t.description,
        source: t.source,
        axes: t.axes.length,
        actions: t.axes.reduce((n, a) => n + a.actions.length, 0),
        periodStart: t.periodStart,
        periodEnd: t.periodEnd,
      }))
    },

    async createFromTemplate(
      ctx: RequestContext,
      input: PlanDates & { template: PlanTemplateKey; title?: string | undefined },
    ): Promise<CreatedPlanView> {
      const template = planTemplates.find((t) => t.key === input.template)
      if (!template) throw notFound('Ce modèle')
      const title =
        input.title ?? template.defaultTitle(input.periodStart.slice(0, 4), input.periodEnd.slice(0, 4))
      const plan = await writePlan(ctx.tx, {
        organisationId: organisationOf(ctx),
        createdBy: ctx.actor?.accountId ?? null,
        title,
        source: template.source ? `Créé à partir du modèle « ${template.title} » — ${template.source}` : '',
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        axes: template.axes,
        funders: template.funders,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'action_plan',
        entityId: plan.id,
        after: { title, template: template.key, periodStart: input.periodStart, periodEnd: input.periodEnd },
      })
      return created(plan, title)
    },

    async preview(ctx: RequestContext, body: unknown, dates: PlanDates): Promise<ImportPreviewView> {
      const { file, read: result } = await read(ctx, body, dates)
      return previewOf(file, result)
    },

    async commit(
      ctx: RequestContext,
      body: unknown,
      input: PlanDates & { title: string; fileName?: string | undefined },
    ): Promise<CreatedPlanView> {
      const { file, read: result } = await read(ctx, body, input)
      const bad = new Set(result.errors.map((e) => e.line)).size
      if (result.errors.length > 0)
        throw new DomainError(
          'unprocessable',
          bad > 0
            ? `${bad} ligne${bad > 1 ? 's' : ''} en erreur : rien n’a été importé. Corrigez ${bad > 1 ? 'ces lignes' : 'cette ligne'} et importez de nouveau le fichier.`
            : 'Rien n’a été importé.',
          [],
          previewOf(file, result),
        )
      // One transaction: the plan is written whole, or the request fails and nothing stays.
      const plan = await writePlan(ctx.tx, {
        organisationId: organisationOf(ctx),
        createdBy: ctx.actor?.accountId ?? null,
        title: input.title,
        source: `Importé du fichier ${input.fileName ? `« ${input.fileName} » ` : ''}(${file.fileType.toUpperCase()})`,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        axes: result.axes,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'action_plan',
        entityId: plan.id,
        after: { title: input.title, imported: input.fileName ?? file.fileType, lines: result.lines },
      })
      return created(plan, input.title)
    },
  }
}
