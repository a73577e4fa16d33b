import type { QueryInputOf, ResponseOf } from '../../../../shared/contract'
import { metiersObservatoryContract } from '../../../../shared/modules/metiers/observatory.contract'
import { queryString } from '../../../api/request'

/** The routes the observatory's pages call. */
export const observatoryApi = metiersObservatoryContract

export type Funnel = ResponseOf<typeof observatoryApi.funnel>
export type FunnelFilters = QueryInputOf<typeof observatoryApi.funnel>
export type PlatformSettings = ResponseOf<typeof observatoryApi.settings>

/** The platform administrator reads every territory through its own route; others, their own. */
export const funnelRoute = (platformAdmin: boolean) =>
  platformAdmin ? observatoryApi.platformFunnel : observatoryApi.funnel

/** The workbook, downloaded by the browser itself (a file, not JSON). */
export const funnelXlsxUrl = (platformAdmin: boolean, filters: FunnelFilters) =>
  (platformAdmin ? observatoryApi.platformFunnelExport : observatoryApi.funnelExport).path +
  queryString(filters)

export const observatoryHref = '/observatoire/recrutement'
export const portalSettingsHref = '/administration/portail-metiers'
