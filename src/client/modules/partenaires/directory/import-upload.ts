import {
  importPreviewView,
  importsContract,
  importView,
  type ImportPreviewView,
  type ImportView,
} from '../../../../shared/modules/partenaires/imports.contract'
import { ApiError, networkError, toApiError } from '../../../api/errors'
import { fillPath, queryString } from '../../../api/request'

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

/** Sends the file as raw bytes, reporting the upload's progress (fetch cannot). */
function send<T>(
  r: ImportRequest,
  parse: (body: unknown) => T | null,
  onProgress: (percent: number) => void,
): Promise<T> {
  const route = routeOf(r)
  const url =
    fillPath(route.path, {}) +
    queryString({
      fileName: r.file.name,
      communes: r.kind === 'rna' ? r.communes || undefined : undefined,
      epci: r.kind === 'rna' ? r.epci || undefined : undefined,
    })
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('content-type', 'application/octet-stream')
    xhr.setRequestHeader('accept', 'application/json')
    if (r.csrfToken) xhr.setRequestHeader('x-csrf-token', r.csrfToken)
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : r.file.size
      onProgress(total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0)
    }
    xhr.onerror = () => reject(networkError())
    xhr.onload = () => {
      let body: unknown
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null
      } catch {
        body = null
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = parse(body)
        if (parsed) resolve(parsed)
        else reject(toApiError(500, null))
        return
      }
      const details = (body as { details?: unknown } | null)?.details
      const preview = importPreviewView.safeParse(details)
      reject(new ImportRefused(toApiError(xhr.status, body), preview.success ? preview.data : null))
    }
    xhr.send(r.file)
  })
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
