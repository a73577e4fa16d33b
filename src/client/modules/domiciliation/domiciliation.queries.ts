import type { ResponseOf } from '../../../shared/contract'
import { domiciliationDecisionsContract } from '../../../shared/modules/domiciliation/decisions.contract'
import { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import { usagersContract } from '../../../shared/modules/usagers/usagers.contract'
import { ApiError } from '../../api'
import { fillPath } from '../../api/request'

/** The routes of the domiciliation file, and the few of other contracts its pages read. */
export const decisionsApi = domiciliationDecisionsContract
export const mailApi = mailContract
export const usagersApi = usagersContract

export type DomiciliationFile = ResponseOf<typeof decisionsApi.get>
export type FileSummary = ResponseOf<typeof decisionsApi.list>['items'][number]
export type FileList = ResponseOf<typeof decisionsApi.list>
export type Counters = ResponseOf<typeof decisionsApi.counters>
export type RequestEntry = DomiciliationFile['requests'][number]
export type DecisionEntry = DomiciliationFile['decisions'][number]
export type Settings = ResponseOf<typeof decisionsApi.getSettings>
export type MailSettings = ResponseOf<typeof mailApi.mailSettings>
export type Person = ResponseOf<typeof usagersApi.get>

/** Address of a domiciliation file. */
export const fileHref = (id: string) => `/domiciliation/${id}`

/** The generated documents: plain links, the browser downloads the PDF with the session cookie. */
export const documentHref = {
  requestForm: (requestId: string) => fillPath(decisionsApi.requestForm.path, { id: requestId }),
  attestation: (requestId: string) => fillPath(decisionsApi.attestation.path, { id: requestId }),
  letter: (decisionId: string) => fillPath(decisionsApi.letter.path, { id: decisionId }),
}

/** The French message of any failure, for the pages' alerts. */
export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))
