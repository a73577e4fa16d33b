import {
  createdPlanView,
  importPreviewView,
  pilotageImportsContract as c,
  type CreatedPlanView,
  type ImportPreviewView,
} from '../../../../shared/modules/pilotage/imports.contract'
import { ApiError, toApiError } from '../../../api/errors'
import { queryString } from '../../../api/request'
import { uploadFile } from '../../../api/upload'

/** An import refused as a whole (422) still carries its report, line by line. */
export class PlanImportRefused extends ApiError {
  constructor(
    error: ApiError,
    readonly preview: ImportPreviewView | null,
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId)
  }
}

export interface PlanImportRequest {
  file: File
  title: string
  periodStart: string
  periodEnd: string
  csrfToken: string | null
}

async function send<T>(
  path: string,
  r: PlanImportRequest,
  parse: (body: unknown) => T | null,
  onProgress: (percent: number) => void,
): Promise<T> {
  const url =
    path +
    queryString({ title: r.title, periodStart: r.periodStart, periodEnd: r.periodEnd, fileName: r.file.name })
  const { status, body } = await uploadFile(url, r.file, r.csrfToken, (phase, percent) => {
    if (phase === 'sending') onProgress(percent)
  })
  if (status >= 200 && status < 300) {
    const parsed = parse(body)
    if (parsed) return parsed
    throw toApiError(500, null)
  }
  const preview = importPreviewView.safeParse((body as { details?: unknown } | null)?.details)
  throw new PlanImportRefused(toApiError(status, body), preview.success ? preview.data : null)
}

export const previewPlanImport = (r: PlanImportRequest, onProgress: (percent: number) => void) =>
  send<ImportPreviewView>(
    c.importPreview.path,
    r,
    (b) => {
      const p = importPreviewView.safeParse(b)
      return p.success ? p.data : null
    },
    onProgress,
  )

export const commitPlanImport = (r: PlanImportRequest, onProgress: (percent: number) => void) =>
  send<CreatedPlanView>(
    c.importCommit.path,
    r,
    (b) => {
      const p = createdPlanView.safeParse(b)
      return p.success ? p.data : null
    },
    onProgress,
  )
