import type { TextsLike } from './fr'
import type { trainingsFr } from './trainings-fr'

export const trainingsAr: TextsLike<typeof trainingsFr> = { trainings: {} }
