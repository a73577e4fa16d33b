import {
  firstNames,
  moreFirstNames,
  moreSurnames,
  pick,
  seededRandom,
  surnames,
} from '../../src/server/demo/names'

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** One letter dropped or two neighbours swapped: the small typos of a hurried agent. */
function typo(word: string, random: () => number): string {
  if (word.length < 5) return word
  const i = 1 + Math.floor(random() * (word.length - 3))
  return random() < 0.5
    ? word.slice(0, i) + word.slice(i + 1)
    : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
}

/** What agents type at the desk: unaccented, inverted, surname alone, with a typo. */
export function searchQueries(count: number): string[] {
  const random = seededRandom(31)
  const first = [...firstNames, ...moreFirstNames]
  const last = [...surnames, ...moreSurnames]
  return Array.from({ length: count }, (_, i) => {
    const f = pick(random, first)
    const l = pick(random, last)
    switch (i % 4) {
      case 0:
        return plain(`${f} ${l}`)
      case 1:
        return `${l.toUpperCase()} ${f}`
      case 2:
        return plain(l)
      default:
        return `${f} ${typo(plain(l), random)}`
    }
  })
}
