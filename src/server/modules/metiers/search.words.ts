import { unaccentLower } from './offer-slug'

/** Words that say nothing about an offer: left out so that every remaining word must match. */
const stopWords = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'chez',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'f',
  'h',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sur',
  'un',
  'une',
])

export const MAX_SEARCH_WORDS = 8

export interface SearchWords {
  /** Lower case, no accents, no plural s: compared by trigram similarity with `search_text`. */
  words: string[]
  /** ROME codes typed among the words (« K1306 »). */
  romes: string[]
}

/**
 * The words of a search, written the way offers' `search_text` is: « Aides-soignantes à Bourg »
 * gives `aide`, `soignante`, `bourg`. A trailing plural s is dropped (the trigram comparison
 * forgives the rest); repeated words count once.
 */
export function searchWords(text: string | undefined): SearchWords {
  const words: string[] = []
  const romes: string[] = []
  for (const raw of unaccentLower(text ?? '').split(/[^a-z0-9]+/)) {
    if (!raw || stopWords.has(raw)) continue
    if (/^[a-n]\d{4}$/.test(raw)) {
      if (!romes.includes(raw.toUpperCase())) romes.push(raw.toUpperCase())
      continue
    }
    const word = raw.length >= 5 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw
    if (!words.includes(word)) words.push(word)
  }
  return { words: words.slice(0, MAX_SEARCH_WORDS), romes }
}
