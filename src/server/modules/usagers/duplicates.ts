import { nameSimilarity } from '../../../shared/modules/usagers/names'

export interface DuplicateProbe {
  /** Every name the person goes by, in any order. */
  names: string
  birthDate: string | null
}

export interface DuplicateMatch {
  score: number
  reason: string
}

/** Names this close, with the same birth date, are probably the same person. */
const SAME_BIRTH_DATE_MIN = 0.5
/** Without a birth date to compare, only very close names are proposed. */
const NAME_ONLY_MIN = 0.8

/**
 * Whether an existing file may be the same person: same birth date and a similar name (words
 * in any order, one typo per word), or a very similar name when a birth date is missing.
 * Two different birth dates mean two people.
 */
export function duplicateMatch(probe: DuplicateProbe, existing: DuplicateProbe): DuplicateMatch | undefined {
  const similarity = nameSimilarity(probe.names, existing.names)
  const round = (n: number) => Math.round(n * 100) / 100
  if (probe.birthDate && existing.birthDate) {
    if (probe.birthDate !== existing.birthDate || similarity < SAME_BIRTH_DATE_MIN) return undefined
    return {
      score: round(0.5 + similarity / 2),
      reason:
        similarity === 1
          ? 'Même nom (dans un autre ordre, peut-être) et même date de naissance'
          : 'Nom proche et même date de naissance',
    }
  }
  if (similarity < NAME_ONLY_MIN) return undefined
  return {
    score: round(similarity * 0.8),
    reason: 'Nom très proche ; date de naissance non renseignée sur l’un des dossiers',
  }
}
