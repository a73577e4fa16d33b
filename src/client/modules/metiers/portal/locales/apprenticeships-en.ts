import type { TextsLike } from './fr'
import type { apprenticeshipsFr } from './apprenticeships-fr'

export const apprenticeshipsEn: TextsLike<typeof apprenticeshipsFr> = { apprenticeships: {} }
