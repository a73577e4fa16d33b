import type { TextsLike } from './fr'
import type { agrementFr } from './agrement-fr'

export const agrementAr: TextsLike<typeof agrementFr> = { agrement: {} }
