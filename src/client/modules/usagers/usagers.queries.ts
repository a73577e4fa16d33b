import type { ResponseOf } from '../../../shared/contract'
import { accueilContract } from '../../../shared/modules/accueil/accueil.contract'
import { organisationsContract } from '../../../shared/modules/organisations/organisations.contract'
import { usagersContract } from '../../../shared/modules/usagers/usagers.contract'
import { call } from '../../api'
import { ApiError, networkError, toApiError } from '../../api/errors'
import { fillPath } from '../../api/request'
import { useLoad } from '../../app/useLoad'
import type { DocumentKind } from './usagers.labels'

/** The routes of the usagers module (and the few of other modules a person's file shows). */
export const usagersApi = usagersContract
export const requestsApi = accueilContract

export type Person = ResponseOf<typeof usagersApi.get>
export type PersonSummary = ResponseOf<typeof usagersApi.search>[number]
export type Duplicate = ResponseOf<typeof usagersApi.duplicates>[number]
export type Note = ResponseOf<typeof usagersApi.listNotes>[number]
export type PersonDocument = ResponseOf<typeof usagersApi.listDocuments>[number]
export type HouseholdMember = ResponseOf<typeof usagersApi.listHousehold>[number]
export type Candidates = ResponseOf<typeof usagersApi.anonymisationCandidates>

/** Every member may list the services (names of the teams notes are shared with). */
export const useServices = () => useLoad(() => call(organisationsContract.listServices, {}))

/** Address of a person's file. */
export const personHref = (id: string) => `/usagers/${id}`

/** How a person is named everywhere, as on requests: "Hélène LEFÈVRE", else the pseudonym. */
export function personName(u: {
  firstName: string | null
  lastName: string | null
  birthName?: string | null
  pseudonym?: string | null
}): string | null {
  const name = [u.firstName, u.lastName?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ')
  return name || u.pseudonym || u.birthName?.toLocaleUpperCase('fr-FR') || null
}

/**
 * Sends a document as raw bytes, reporting the upload's progress (fetch cannot). The server
 * recognises the type from the bytes and answers with its French message when it refuses.
 */
export function uploadDocument(
  input: { usagerId: string; kind: DocumentKind; file: File; csrfToken: string | null },
  onProgress: (sent: number, total: number) => void,
): Promise<PersonDocument> {
  const query = new URLSearchParams({ kind: input.kind, fileName: input.file.name })
  const url = `${fillPath(usagersApi.uploadDocument.path, { id: input.usagerId })}?${query.toString()}`
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('content-type', 'application/octet-stream')
    xhr.setRequestHeader('accept', 'application/json')
    if (input.csrfToken) xhr.setRequestHeader('x-csrf-token', input.csrfToken)
    xhr.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : input.file.size)
    xhr.onerror = () => reject(networkError())
    xhr.onload = () => {
      let body: unknown
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null
      } catch {
        body = null
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as PersonDocument)
      else reject(toApiError(xhr.status, body))
    }
    xhr.send(input.file)
  })
}

/** The French message of any failure, for the pages' alerts. */
export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))
