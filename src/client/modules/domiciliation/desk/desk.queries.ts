import type { ResponseOf } from '../../../../shared/contract'
import { mailContract } from '../../../../shared/modules/domiciliation/mail.contract'
import {
  domiciliationExchangeContract,
  importReportView,
  type ImportReportView,
} from '../../../../shared/modules/domiciliation/exchange.contract'
import { domiciliationReportsContract } from '../../../../shared/modules/domiciliation/reports.contract'
import type { ImportFormat } from '../../../../shared/modules/domiciliation/reports.constants'
import { ApiError, toApiError } from '../../../api/errors'
import { fillPath, queryString } from '../../../api/request'
import { uploadFile, type UploadPhase } from '../../../api/upload'

/** The routes the desk pages call: the mail registry, the annual report, the export and the import. */
export const mailApi = mailContract
export const reportsApi = domiciliationReportsContract
export const exchangeApi = domiciliationExchangeContract

export type DeskFile = ResponseOf<typeof mailApi.deskSearch>['files'][number]
export type FileMail = ResponseOf<typeof mailApi.fileMail>
export type MailItem = FileMail['items'][number]
export type Proxy = FileMail['proxies'][number]
export type Contact = ResponseOf<typeof mailApi.contacts>['contacts'][number]
export type Portal = ResponseOf<typeof mailApi.portal>
export type AnnualReport = ResponseOf<typeof reportsApi.annualReport>
export type ReportAnswers = ResponseOf<typeof reportsApi.getReportAnswers>
export type ImportReport = ImportReportView

/** Where the desk pages live. */
export const deskHref = '/domiciliation/courrier'
export const reportHref = '/domiciliation/rapport'
export const importHref = '/domiciliation/import'
/** A person's mail page; the file page (`/domiciliation/:id`) may include the same panel. */
export const fileMailHref = (id: string) => `/domiciliation/${id}/courrier`
export const fileHref = (id: string) => `/domiciliation/${id}`
export const portalHref = (organisationId: string) => `/espace-domiciliation/${organisationId}`

/** The French message of any failure, for the pages' alerts. */
export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))

/** Downloads of the report (PDF, XLSX) and the export: plain links, the session cookie goes with them. */
export const reportPdfUrl = (year: number) => reportsApi.annualReportPdf.path + queryString({ year })
export const reportXlsxUrl = (year: number) => reportsApi.annualReportXlsx.path + queryString({ year })
export const exportUrl = exchangeApi.exportPeople.path

/** An import answer that failed as a whole (422) still carries its report of bad lines. */
export class ImportRefused extends ApiError {
  constructor(
    error: ApiError,
    readonly report: ImportReport | null,
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId)
  }
}

/**
 * Sends an import file as raw bytes to the preview or the commit, reporting the upload's progress,
 * then the wait while the server reads every line.
 */
export async function uploadImport(
  input: { step: 'preview' | 'commit'; file: File; format: ImportFormat | null; csrfToken: string | null },
  onProgress: (phase: UploadPhase, percent: number) => void,
): Promise<ImportReport> {
  const route = input.step === 'preview' ? exchangeApi.importPreview : exchangeApi.importCommit
  const url = fillPath(route.path, {}) + queryString({ format: input.format ?? undefined })
  const { status, body } = await uploadFile(url, input.file, input.csrfToken, onProgress)
  if (status >= 200 && status < 300) {
    const parsed = importReportView.safeParse(body)
    if (parsed.success) return parsed.data
    throw toApiError(500, null)
  }
  const report = importReportView.safeParse((body as { details?: unknown } | null)?.details)
  throw new ImportRefused(toApiError(status, body), report.success ? report.data : null)
}
