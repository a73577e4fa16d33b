import { randomInt } from 'node:crypto'

const SLUG_WORDS_MAX = 60
const SUFFIX_LENGTH = 6
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz'

/** Lower case, no accents, ligatures spelt out: "Éducateur·rice spécialisé(e)" → "educateur rice specialise e". */
export function unaccentLower(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
}

/** The words part of an offer's address: unaccented, hyphenated, cut between words at 60 characters. */
export function slugWords(title: string): string {
  const words = unaccentLower(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let out = ''
  for (const word of words) {
    const next = out ? `${out}-${word}` : word
    if (next.length > SLUG_WORDS_MAX) {
      // A single word longer than the limit is cut rather than lost.
      if (!out) out = word.slice(0, SLUG_WORDS_MAX)
      break
    }
    out = next
  }
  return out || 'offre'
}

/** Six random base-36 characters: enough that two offers with the same title never share an address. */
export function slugSuffix(): string {
  let s = ''
  for (let i = 0; i < SUFFIX_LENGTH; i++) s += BASE36[randomInt(36)]
  return s
}

/** The offer's address part, fixed at creation: a later change of title does not break shared links. */
export const newOfferSlug = (title: string) => `${slugWords(title)}-${slugSuffix()}`
