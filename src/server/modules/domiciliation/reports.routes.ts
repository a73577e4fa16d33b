import type { FastifyInstance } from 'fastify'
import { domiciliationExchangeContract as x } from '../../../shared/modules/domiciliation/exchange.contract'
import { domiciliationReportsContract as c } from '../../../shared/modules/domiciliation/reports.contract'
import type { Database } from '../../db/client'
import type { HttpContext } from '../../http/context'
import { tenantRoute } from '../../http/register'
import { annualReportPdf } from './annual-report.pdf'
import { annualReportService } from './annual-report.service'
import { annualReportXlsx } from './annual-report.xlsx'
import { importService } from './import.service'
import { peopleExportService } from './people-export.service'
import { peopleExportXlsx } from './people-export.xlsx'
import type { Clock } from './reports.context'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A download: ASCII file name, never cached, never sniffed. */
function attachment({ reply }: HttpContext, fileName: string, mimeType: string) {
  void reply
    .type(mimeType)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
}

export interface DomiciliationReportsDeps {
  clock: Clock
}

export function registerDomiciliationReportsRoutes(
  app: FastifyInstance,
  db: Database,
  deps: DomiciliationReportsDeps,
) {
  const reports = annualReportService(deps.clock)
  const people = peopleExportService(deps.clock)
  const imports = importService(deps.clock)

  tenantRoute(app, db, c.annualReport, async ({ query }, ctx) => reports.report(ctx, query.year))
  tenantRoute(app, db, c.annualReportPdf, async ({ query }, ctx, http) => {
    const report = await reports.report(ctx, query.year)
    await ctx.audit({
      action: 'export',
      entityType: 'domiciliation_report',
      entityId: String(report.year),
      after: { format: 'pdf' },
    })
    const pdf = await annualReportPdf(report)
    attachment(http, `rapport-domiciliation-${report.year}.pdf`, 'application/pdf')
    return Buffer.from(pdf)
  })
  tenantRoute(app, db, c.annualReportXlsx, async ({ query }, ctx, http) => {
    const report = await reports.report(ctx, query.year)
    await ctx.audit({
      action: 'export',
      entityType: 'domiciliation_report',
      entityId: String(report.year),
      after: { format: 'xlsx' },
    })
    const xlsx = await annualReportXlsx(report)
    attachment(http, `rapport-domiciliation-${report.year}.xlsx`, XLSX)
    return xlsx
  })
  tenantRoute(app, db, c.getReportAnswers, async ({ query }, ctx) => reports.answers(ctx, query.year))
  tenantRoute(app, db, c.setReportAnswers, async ({ body }, ctx) => {
    const { year, ...answers } = body
    return reports.saveAnswers(ctx, year, answers)
  })

  tenantRoute(app, db, x.exportPeople, async (_input, ctx, http) => {
    const xlsx = await peopleExportXlsx(await people.people(ctx))
    attachment(http, 'personnes-domiciliees.xlsx', XLSX)
    return xlsx
  })
  tenantRoute(app, db, x.importPreview, async ({ query }, ctx, http) =>
    imports.preview(ctx, http.request.body, query.format),
  )
  tenantRoute(app, db, x.importCommit, async ({ query }, ctx, http) =>
    imports.commit(ctx, http.request.body, query.format),
  )
}
