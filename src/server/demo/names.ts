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

/** More names for the people served, so that 100,000 files per organisation stay varied. */
export const moreFirstNames = [
  'Jean-Pierre', 'Marie-Claude', 'Anne-Sophie', 'Jean-Luc', 'Marie-Thérèse', 'Pierre', 'Paul', 'Jacques', 'Michel',
  'Philippe', 'Nathalie', 'Isabelle', 'Sylvie', 'Christophe', 'Frédéric', 'Valérie', 'Sandrine', 'Céline', 'Nicolas',
  'Julien', 'Aurélie', 'Mélanie', 'Thomas', 'Maxime', 'Manon', 'Emma', 'Jade', 'Louise', 'Gabriel', 'Raphaël', 'Arthur',
  'Adèle', 'Éloïse', 'Maëlys', 'Timothée', 'Benoît', 'Ibrahim', 'Moussa', 'Mamadou', 'Aminata', 'Khadija', 'Youssef',
  'Fatima', 'Rachid', 'Samia', 'Mehdi', 'Leïla', 'Naïma', 'Thi Hoa', 'Van Long', 'Dragan', 'Ioana', 'Bogdan', 'Oksana',
  'Agnieszka', 'João', 'Conceição', 'Ayşe', 'Mehmet', 'Şükrü',
]

export const moreSurnames = [
  'Petit', 'Durand', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Roux', 'David', 'Bertrand', 'Morel', 'Fontaine',
  'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Muller', 'Henry', 'Rousseau', 'Blanc', 'Guérin', 'Boucher', 'Lambert',
  'Fabre', 'Mercier', 'Dupont', 'Dupond', 'Meunier', 'Brunet', 'Schmitt', 'Colin', 'Barbier', 'Arnaud', 'Giraud',
  'Roussel', 'Gautier', 'Lemoine', 'Renaud', 'Gaillard', 'Caron', 'Picard', 'Rolland', 'Lacroix', 'Aubert', 'Clément',
  'Marchand', 'Le Gall', 'Le Roux', 'Le Bihan', 'Le Floch', 'Kerjean', 'de Villiers', 'de Saint-Exupéry', "d'Almeida",
  'Dos Santos', 'Pereira', 'Ferreira', 'Rodrigues', 'Lopes', 'Diallo', 'Diop', 'Camara', 'Keïta', 'Sissoko', 'Coulibaly',
  'Benali', 'Bouziane', 'Haddad', 'Cherif', 'El Amrani', 'Belkacem', 'Yılmaz', 'Kaya', 'Öztürk', 'Popescu', 'Ionescu',
  'Kowalski', 'Nowak', 'Tran', 'Pham', 'Le Van', 'Grondin', 'Fontaine', 'Técher', 'Rivière', 'Lauret', 'Maillot',
  'Boyer', 'Hoarau', 'Bègue', 'Étienne', 'Lebreton', 'Jacquot', 'Cuenot', 'Vuillemin', 'Faivre', 'Cretin', 'Jeanningros',
]
