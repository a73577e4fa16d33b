import type { TextsLike } from './fr'
import type { immersionsFr } from './immersions-fr'

export const immersionsAr: TextsLike<typeof immersionsFr> = { immersions: {} }
