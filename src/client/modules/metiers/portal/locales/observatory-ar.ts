import type { TextsLike } from './fr'
import type { observatoryFr } from './observatory-fr'

export const observatoryAr: TextsLike<typeof observatoryFr> = { observatory: {} }
