import type { ResponseOf } from '../../../../shared/contract'
import { agrementPages, metiersAgrementContract } from '../../../../shared/modules/metiers/agrement.contract'
import { fillPath } from '../../../api/request'

/** The routes the agrément pages call. */
export const agrementApi = metiersAgrementContract

export type AgrementPipeline = ResponseOf<typeof agrementApi.pipeline>
export type AgrementFile = ResponseOf<typeof agrementApi.detail>
export type AgrementMeetingDetail = ResponseOf<typeof agrementApi.meeting>

export const pipelineHref = agrementPages.pipeline()
export const fileHref = agrementPages.application
export const meetingsHref = agrementPages.meetings()
export const newFileHref = '/agrement/dossiers/nouveau'
/** The decision letter, downloaded by the browser itself. */
export const letterHref = (id: string) => fillPath(agrementApi.decisionLetter.path, { id })
