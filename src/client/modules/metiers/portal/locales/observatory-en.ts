import type { TextsLike } from './fr'
import type { observatoryFr } from './observatory-fr'

export const observatoryEn: TextsLike<typeof observatoryFr> = { observatory: {} }
