/** Letters that Unicode does not decompose into a base letter and an accent. */
const undecomposed: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

const stripMarks = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '')

/**
 * A name as the search compares it: lower case, unaccented, hyphens and apostrophes as spaces,
 * spaces collapsed. Particles stay ("de La Tour" → "de la tour"): they are part of the name.
 */
export function normaliseName(value: string): string {
  const lower = stripMarks(stripMarks(value).toLowerCase())
  return lower
    .replace(/[œæßøłđðþı]/g, (c) => undecomposed[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The text the trigram index holds for a person: every name they go by, normalised. */
export function searchTextOf(names: {
  firstName?: string | null
  lastName?: string | null
  birthName?: string | null
  pseudonym?: string | null
}): string {
  return normaliseName(
    [names.firstName, names.lastName, names.birthName, names.pseudonym].filter(Boolean).join(' '),
  )
}

/** The distinct words of a name, sorted: "Martin Jean-Pierre" and "Jean Pierre Martin" give the same tokens. */
export function nameTokens(value: string): string[] {
  const words = normaliseName(value).split(' ').filter(Boolean)
  return [...new Set(words)].sort()
}

/** The key under which two spellings of the same name meet, whatever the order of the words. */
export const duplicateKey = (value: string) => nameTokens(value).join(' ')

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}

/** How closely two words match: 1 when equal, 0.8 for one typo in a word of four letters or more. */
function wordMatch(a: string, b: string): number {
  if (a === b) return 1
  if (Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1) return 0.8
  return 0
}

/**
 * Similarity of two names from 0 to 1, word order ignored: a fuzzy Jaccard index of their
 * word sets, where a word with one typo counts for 0.8.
 */
export function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a)
  const right = nameTokens(b)
  return Math.max(fuzzyJaccard(left, right), fuzzyJaccard(right, left))
}

/** Greedy matching of each left word to its best right word; the better of both directions is kept. */
function fuzzyJaccard(left: string[], right: string[]): number {
  if (left.length === 0 || right.length === 0) return 0
  const unused = new Set(right)
  let matched = 0
  for (const word of left) {
    let best = 0
    let bestWord: string | undefined
    for (const other of unused) {
      const score = wordMatch(word, other)
      if (score > best) {
        best = score
        bestWord = other
      }
    }
    if (bestWord !== undefined) {
      unused.delete(bestWord)
      matched += best
    }
  }
  return matched / (left.length + right.length - matched)
}
