import type { TextsLike } from './fr'
import type { ambassadorsFr } from './ambassadors-fr'

export const ambassadorsEn: TextsLike<typeof ambassadorsFr> = { ambassadors: {} }
