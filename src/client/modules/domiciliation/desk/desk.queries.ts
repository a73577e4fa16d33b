import type { ResponseOf } from '../../../../shared/contract'
import { mailContract } from '../../../../shared/modules/domiciliation/mail.contract'
import {
  domiciliationExchangeContract,
  importReportView,
  type ImportReportView,
} from '../../../../shared/modules/domiciliation/exchange.contract'
import { domiciliationReportsContract } from '../../../../shared/modules/domiciliation/reports.contract'
import type { ImportFormat } from '../../../../shared/modules/domiciliation/reports.constants'
import { ApiError, networkError, toApiError } from '../../../api/errors'
import { fillPath, queryString } from '../../../api/request'

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

export type UploadPhase = 'sending' | 'checking'

/**
 * Sends an import file as raw bytes to the preview or the commit, reporting the upload's progress
 * (fetch cannot), then the wait while the server reads every line.
 */
export function uploadImport(
  input: { step: 'preview' | 'commit'; file: File; format: ImportFormat | null; csrfToken: string | null },
  onProgress: (phase: UploadPhase, percent: number) => void,
): Promise<ImportReport> {
  const route = input.step === 'preview' ? exchangeApi.importPreview : exchangeApi.importCommit
  const url = fillPath(route.path, {}) + queryString({ format: input.format ?? undefined })
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('content-type', 'application/octet-stream')
    xhr.setRequestHeader('accept', 'application/json')
    if (input.csrfToken) xhr.setRequestHeader('x-csrf-token', input.csrfToken)
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : input.file.size
      onProgress('sending', total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0)
    }
    xhr.upload.onload = () => onProgress('checking', 100)
    xhr.onerror = () => reject(networkError())
    xhr.onload = () => {
      let body: unknown
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null
      } catch {
        body = null
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = importReportView.safeParse(body)
        if (parsed.success) resolve(parsed.data)
        else reject(toApiError(500, null))
        return
      }
      const details = (body as { details?: unknown } | null)?.details
      const report = importReportView.safeParse(details)
      reject(new ImportRefused(toApiError(xhr.status, body), report.success ? report.data : null))
    }
    xhr.send(input.file)
  })
}
