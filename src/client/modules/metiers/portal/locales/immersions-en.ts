import type { TextsLike } from './fr'
import type { immersionsFr } from './immersions-fr'

export const immersionsEn: TextsLike<typeof immersionsFr> = { immersions: {} }
