import type { TextsLike } from './fr'
import type { retentionFr } from './retention-fr'

export const retentionAr: TextsLike<typeof retentionFr> = { retention: {} }
