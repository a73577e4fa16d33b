import type { ResponseOf } from '../../../../shared/contract'
import { metiersTrainingsContract } from '../../../../shared/modules/metiers/trainings.contract'

/** The routes the back-office pages of training centres, the mallette and the welcome kit call. */
export const trainingsApi = metiersTrainingsContract

export type CentreList = ResponseOf<typeof trainingsApi.centres>
export type EditorCentre = ResponseOf<typeof trainingsApi.centre>
export type EditorTraining = ResponseOf<typeof trainingsApi.editorTraining>
export type EditorMalletteDocument = ResponseOf<typeof trainingsApi.editorMallette>[number]
export type EditorWelcomeKit = ResponseOf<typeof trainingsApi.editorWelcomeKit>

/** Where the pages live. */
export const centresHref = '/formation/centres'
export const newCentreHref = '/formation/centres/nouveau'
export const centreHref = (id: string) => `/formation/centres/${id}`
export const newTrainingHref = (centreId: string) => `/formation/centres/${centreId}/nouvelle-formation`
export const trainingHref = (id: string) => `/formation/formations/${id}`
export const malletteHref = '/edition/mallette'
export const welcomeKitHref = '/recrutement/kit-apprentis'
