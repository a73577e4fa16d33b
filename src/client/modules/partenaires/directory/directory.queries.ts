import type { ResponseOf } from '../../../../shared/contract'
import { accueilContract } from '../../../../shared/modules/accueil/accueil.contract'
import { directoryContract } from '../../../../shared/modules/partenaires/directory.contract'
import { importsContract } from '../../../../shared/modules/partenaires/imports.contract'
import { searchContract } from '../../../../shared/modules/partenaires/search.contract'
import { ApiError } from '../../../api'

/** The routes the directory pages call. */
export const directoryApi = directoryContract
export const searchApi = searchContract
export const importsApi = importsContract
/** The public contact form's answer carries the organisation's name, logo and colours. */
export const publicIdentityRoute = accueilContract.contactForm

export type SearchAnswer = ResponseOf<typeof searchApi.search>
export type SearchResult = SearchAnswer['items'][number]
export type ServiceDetails = ResponseOf<typeof searchApi.service>
export type StructureList = ResponseOf<typeof directoryApi.listStructures>
export type StructureSummary = StructureList['items'][number]
export type StructureDetail = ResponseOf<typeof directoryApi.getStructure>
export type Place = StructureDetail['places'][number]
export type Service = StructureDetail['services'][number]
export type Change = ResponseOf<typeof directoryApi.validateChange>

/** Where the directory pages live. */
export const searchHref = '/annuaire'
export const publicSearchHref = (organisationId: string) => `/public/${organisationId}/annuaire`
export const serviceHref = (id: string) => `/annuaire/services/${id}`
export const publicServiceHref = (organisationId: string, id: string) =>
  `/public/${organisationId}/annuaire/services/${id}`
export const structuresHref = '/annuaire/structures'
export const structureHref = (id: string) => `/annuaire/structures/${id}`
export const newStructureHref = '/annuaire/structures/nouvelle'
export const editStructureHref = (id: string) => `/annuaire/structures/${id}/modifier`
export const newPlaceHref = (structureId: string) => `/annuaire/structures/${structureId}/lieux/nouveau`
export const editPlaceHref = (structureId: string, placeId: string) =>
  `/annuaire/structures/${structureId}/lieux/${placeId}`
export const newServiceHref = (structureId: string) => `/annuaire/structures/${structureId}/services/nouveau`
export const editServiceHref = (structureId: string, serviceId: string) =>
  `/annuaire/structures/${structureId}/services/${serviceId}`
export const importHref = '/annuaire/import'
export const changesHref = '/annuaire/propositions'
export const myStructuresHref = '/annuaire/mes-fiches'

/** The French message of any failure, for the pages' alerts. */
export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))
