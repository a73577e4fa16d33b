import type { ResponseOf } from '../../../../shared/contract'
import {
  applicationPages,
  metiersApplicationsContract,
} from '../../../../shared/modules/metiers/applications.contract'
import { fillPath } from '../../../api/request'

/** The routes the recruiters' applications pages call. */
export const recruitmentApi = metiersApplicationsContract

export type Dashboard = ResponseOf<typeof recruitmentApi.dashboard>
export type Pipeline = ResponseOf<typeof recruitmentApi.pipeline>
export type ApplicationDetail = ResponseOf<typeof recruitmentApi.detail>

/** Where the pages live (the same addresses the e-mails link to). */
export const dashboardHref = applicationPages.dashboard()
export const pipelineHref = applicationPages.offer
export const applicationHref = applicationPages.application
/** The offers part's page of one offer. */
export const offerEditHref = (id: string) => `/recrutement/offres/${id}`
/** The CV, downloaded by the browser itself (a file, not JSON). */
export const cvHref = (id: string) => fillPath(recruitmentApi.downloadCv.path, { id })
