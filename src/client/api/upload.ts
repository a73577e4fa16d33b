import { networkError } from './errors'

/** What the server answered to an upload: its status and its JSON body (null when there is none). */
export interface UploadAnswer {
  status: number
  body: unknown
}

export type UploadPhase = 'sending' | 'checking'

/**
 * Posts a file as raw bytes with the session cookie and the anti-CSRF token, reporting the upload's
 * progress (fetch cannot), then the wait while the server reads it. Resolves with the answer,
 * whatever its status; rejects only when the server cannot be reached.
 */
export function uploadFile(
  url: string,
  file: File,
  csrfToken: string | null,
  onProgress: (phase: UploadPhase, percent: number) => void,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('content-type', 'application/octet-stream')
    xhr.setRequestHeader('accept', 'application/json')
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken)
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size
      onProgress('sending', total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0)
    }
    xhr.upload.onload = () => onProgress('checking', 100)
    xhr.onerror = () => reject(networkError())
    xhr.onload = () => {
      resolve({ status: xhr.status, body: jsonOrNull(xhr.responseText) })
    }
    xhr.send(file)
  })
}

function jsonOrNull(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null
  } catch {
    return null
  }
}
