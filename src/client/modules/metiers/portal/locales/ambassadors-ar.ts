import type { TextsLike } from './fr'
import type { ambassadorsFr } from './ambassadors-fr'

export const ambassadorsAr: TextsLike<typeof ambassadorsFr> = { ambassadors: {} }
