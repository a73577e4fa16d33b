import type { TextsLike } from './fr'
import type { retentionFr } from './retention-fr'

export const retentionEn: TextsLike<typeof retentionFr> = { retention: {} }
