import type { TextsLike } from './fr'
import type { apprenticeshipsFr } from './apprenticeships-fr'

export const apprenticeshipsAr: TextsLike<typeof apprenticeshipsFr> = { apprenticeships: {} }
