import {
  importPreviewView,
  importsContract,
  importView,
  type ImportPreviewView,
  type ImportView,
} from '../../../../shared/modules/partenaires/imports.contract'
import { ApiError, toApiError } from '../../../api/errors'
import { fillPath, queryString } from '../../../api/request'
import { uploadFile } from '../../../api/upload'

/** An import refused as a whole (422) still carries its report of bad lines. */
export class ImportRefused extends ApiError {
  constructor(
    error: ApiError,
    readonly preview: ImportPreviewView | null,
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId)
  }
}

export interface ImportRequest {
  kind: 'rna' | 'tableur'
  step: 'preview' | 'commit'
  file: File
  communes?: string
  epci?: string
  csrfToken: string | null
}

const routeOf = (r: ImportRequest) =>
  r.kind === 'rna'
    ? r.step === 'preview'
      ? importsContract.rnaPreview
      : importsContract.rnaCommit
    : r.step === 'preview'
      ? importsContract.sheetPreview
      : importsContract.sheetCommit

/** Sends the file as raw bytes, reporting the upload's progress. */
async function send<T>(
  r: ImportRequest,
  parse: (body: unknown) => T | null,
  onProgress: (percent: number) => void,
): Promise<T> {
  const url =
    fillPath(routeOf(r).path, {}) +
    queryString({
      fileName: r.file.name,
      communes: r.kind === 'rna' ? r.communes || undefined : undefined,
      epci: r.kind === 'rna' ? r.epci || undefined : undefined,
    })
  const { status, body } = await uploadFile(url, r.file, r.csrfToken, (phase, percent) => {
    if (phase === 'sending') onProgress(percent)
  })
  if (status >= 200 && status < 300) {
    const parsed = parse(body)
    if (parsed) return parsed
    throw toApiError(500, null)
  }
  const preview = importPreviewView.safeParse((body as { details?: unknown } | null)?.details)
  throw new ImportRefused(toApiError(status, body), preview.success ? preview.data : null)
}

export const previewImport = (r: Omit<ImportRequest, 'step'>, onProgress: (percent: number) => void) =>
  send<ImportPreviewView>(
    { ...r, step: 'preview' },
    (b) => {
      const p = importPreviewView.safeParse(b)
      return p.success ? p.data : null
    },
    onProgress,
  )

export const commitImport = (r: Omit<ImportRequest, 'step'>, onProgress: (percent: number) => void) =>
  send<ImportView>(
    { ...r, step: 'commit' },
    (b) => {
      const p = importView.safeParse(b)
      return p.success ? p.data : null
    },
    onProgress,
  )
