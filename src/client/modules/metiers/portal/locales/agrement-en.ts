import type { TextsLike } from './fr'
import type { agrementFr } from './agrement-fr'

export const agrementEn: TextsLike<typeof agrementFr> = { agrement: {} }
