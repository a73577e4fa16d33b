/** French first names and surnames with accents, particles and homonyms, for synthetic data. */
export const firstNames = [
  'Hélène', 'Zoé', 'Chloé', 'Noël', 'Anaïs', 'Jérôme', 'Stéphane', 'Émilie', 'Loïc', 'François', 'Gaëlle', 'Maël',
  'Inès', 'Léa', 'Joël', 'Agnès', 'Bérénice', 'Cécile', 'Clément', 'Aurélien', 'Mathéo', 'Yasmine', 'Mohamed',
  'Fatoumata', 'Aïcha', 'Karim', 'Nour', 'Lucas', 'Marie', 'Jean', 'Camille', 'Thierry', 'Sébastien', 'Rémi',
  'Françoise', 'Geneviève', 'Hervé', 'Josiane', 'Lætitia', 'Océane',
]

export const surnames = [
  'Lefèvre', 'Martin', 'Bernard', 'Dubois', 'Girard', 'Bonnet', 'Müller', 'Nguyen', 'Da Silva', 'de La Tour',
  "N'Diaye", 'Benhaïm', 'Lemaître', 'Châtelain', 'Béranger', 'Faure', 'Rousseau', 'Garnier', 'Leroy', 'Mercier',
  'Perrin', 'Boyer', 'Lefebvre', 'Lefebvre', 'Moreau', 'Fournier', 'Saint-Just', 'Le Goff', "d'Argent", 'Ben Saïd',
  'Ouédraogo', 'Traoré', 'Hoarau', 'Payet', 'Brûlé', 'Gérard', 'Noël', 'Mathieu', 'Roche', 'Vidal',
]

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!

export function emailOf(first: string, last: string, n: number, domain: string) {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '')
  return `${slug(first)}.${slug(last)}${n > 0 ? `.${n}` : ''}@${domain}`
}
