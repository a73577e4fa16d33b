import { unaccentLower } from '../offer-slug'
import { searchWords } from '../search.words'

/** A training's searchable text: lower case, no accents, single spaces. */
export function trainingSearchText(parts: readonly (string | null | undefined)[]): string {
  return unaccentLower(parts.filter(Boolean).join(' '))
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ')
}

/** Edit distance (insertions, deletions, substitutions, transpositions of neighbours), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    rows.push(row)
  }
  return rows[a.length]![b.length]!
}

/** Typos forgiven for a word of this length: none under 4 letters, one up to 7, two beyond. */
export const typosAllowed = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2)

/** True when a typed word names a word of the text: the same, its beginning (3 letters at least), or a near spelling. */
export function wordMatches(typed: string, word: string): boolean {
  if (word === typed) return true
  if (typed.length >= 3 && word.startsWith(typed)) return true
  const allowed = typosAllowed(typed)
  if (allowed === 0) return false
  // A plural or feminine ending on the text's side: « aides » for « aide », « soignante » for « soignant ».
  if (typed.length >= 4 && word.startsWith(typed.slice(0, -1)) && word.length <= typed.length + 2) return true
  return editDistance(typed, word, allowed) <= allowed
}

/**
 * The typed words of a search, written like the search text (`trainingSearchText`), without the
 * little words that say nothing.
 */
export const typedWords = (text: string | undefined) => {
  const { words, romes } = searchWords(text)
  return [...words, ...romes.map((r) => r.toLowerCase())]
}

/** True when every typed word matches some word of the text (accents, capitals and small typos forgiven). */
export function matchesAllWords(searchText: string, typed: readonly string[]): boolean {
  if (typed.length === 0) return true
  const words = searchText.split(' ')
  return typed.every((t) => words.some((w) => wordMatches(t, w)))
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}
