import type { TextsLike } from './fr'
import type { trainingsFr } from './trainings-fr'

export const trainingsEn: TextsLike<typeof trainingsFr> = { trainings: {} }
