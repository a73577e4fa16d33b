/**
 * Synthetic employers and job offers spread over France like its population: around the main
 * towns of each region and smaller ones (the Ain's included), with the 11 jobs of the portal,
 * their sector's contracts, patterns, pay and publication dates. Seeded: the same data each run.
 */
import type { Db } from '../../src/server/db/client'
import { seededRandom, pick } from '../../src/server/demo/names'
import { findCommune } from '../../src/server/platform/geocoding/communes'
import { employerAnswerRates } from '../../src/server/modules/metiers/applications.table'
import { offerSearchText } from '../../src/server/modules/metiers/offer-search-text'
import { employerProfiles, jobOffers } from '../../src/server/modules/metiers/offers.table'
import { organisations } from '../../src/server/modules/organisations/organisations.table'
import { newId } from '../../src/shared/ids'

export interface Town {
  name: string
  postcode: string
  latitude: number
  longitude: number
  /** Share of the offers around it. */
  weight: number
}

/** Approximate town centres: enough for a realistic spread, not a gazetteer. */
export const towns: Town[] = [
  ['Paris', '75001', 48.8566, 2.3522, 20],
  ['Nanterre', '92000', 48.8924, 2.2071, 4],
  ['Marseille', '13001', 43.2965, 5.3698, 8],
  ['Lyon', '69001', 45.764, 4.8357, 8],
  ['Toulouse', '31000', 43.6047, 1.4442, 6],
  ['Nice', '06000', 43.7102, 7.262, 4],
  ['Nantes', '44000', 47.2184, -1.5536, 5],
  ['Strasbourg', '67000', 48.5734, 7.7521, 4],
  ['Montpellier', '34000', 43.6108, 3.8767, 4],
  ['Bordeaux', '33000', 44.8378, -0.5792, 6],
  ['Lille', '59000', 50.6292, 3.0573, 6],
  ['Rennes', '35000', 48.1173, -1.6778, 4],
  ['Reims', '51100', 49.2583, 4.0317, 2],
  ['Le Havre', '76600', 49.4944, 0.1079, 2],
  ['Saint-Étienne', '42000', 45.4397, 4.3872, 2],
  ['Toulon', '83000', 43.1242, 5.928, 2],
  ['Grenoble', '38000', 45.1885, 5.7245, 3],
  ['Dijon', '21000', 47.322, 5.0415, 2],
  ['Angers', '49000', 47.4784, -0.5632, 2],
  ['Nîmes', '30000', 43.8367, 4.3601, 2],
  ['Clermont-Ferrand', '63000', 45.7772, 3.087, 2],
  ['Le Mans', '72000', 48.0061, 0.1996, 2],
  ['Aix-en-Provence', '13100', 43.5297, 5.4474, 2],
  ['Brest', '29200', 48.3904, -4.4861, 2],
  ['Tours', '37000', 47.3941, 0.6848, 2],
  ['Amiens', '80000', 49.894, 2.2958, 2],
  ['Limoges', '87000', 45.8336, 1.2611, 2],
  ['Perpignan', '66000', 42.6887, 2.8948, 2],
  ['Metz', '57000', 49.1193, 6.1757, 2],
  ['Besançon', '25000', 47.2378, 6.0241, 2],
  ['Orléans', '45000', 47.9029, 1.9093, 2],
  ['Rouen', '76000', 49.4432, 1.0999, 2],
  ['Caen', '14000', 49.1829, -0.3707, 2],
  ['Nancy', '54000', 48.6921, 6.1844, 2],
  ['Poitiers', '86000', 46.5802, 0.3404, 2],
  ['Bourg-en-Bresse', '01000', 46.2052, 5.2255, 2],
  ['Oyonnax', '01100', 46.2556, 5.6556, 1],
  ['Ambérieu-en-Bugey', '01500', 45.9586, 5.3586, 1],
  ['Belley', '01300', 45.7597, 5.6883, 1],
  ['Pau', '64000', 43.2951, -0.3708, 1],
  ['La Rochelle', '17000', 46.1603, -1.1511, 1],
  ['Ajaccio', '20000', 41.9192, 8.7386, 1],
  ['Annecy', '74000', 45.8992, 6.1294, 1],
  ['Chambéry', '73000', 45.5646, 5.9178, 1],
  ['Troyes', '10000', 48.2973, 4.0744, 1],
  ['Quimper', '29000', 47.996, -4.1024, 1],
  ['Aurillac', '15000', 44.9264, 2.4397, 1],
  ['Guéret', '23000', 46.1717, 1.8717, 1],
  ['Mende', '48000', 44.5181, 3.5006, 1],
  ['Gap', '05000', 44.5594, 6.0786, 1],
  ['Dole', '39100', 47.0925, 5.4903, 1],
].map(([name, postcode, latitude, longitude, weight]) => ({
  name: name as string,
  postcode: postcode as string,
  latitude: latitude as number,
  longitude: longitude as number,
  weight: weight as number,
}))

/** The portal's 11 jobs: ROME 4 code and the titles employers give their offers. */
export const jobs: { rome: string; titles: string[]; words: string }[] = [
  {
    rome: 'J1501',
    titles: ['Aide-soignant', 'Aide-soignante', 'Aide-soignant(e) diplômé(e)'],
    words: 'soins hygiene confort',
  },
  {
    rome: 'K1306',
    titles: ['Accompagnant éducatif et social (AES)', 'AES en foyer de vie'],
    words: 'accompagnement handicap quotidien',
  },
  {
    rome: 'K1311',
    titles: ['Assistant de vie aux familles', 'Assistante de vie (ADVF)'],
    words: 'domicile personnes agees repas',
  },
  {
    rome: 'K1207',
    titles: ['Éducateur spécialisé', 'Éducatrice spécialisée en MECS'],
    words: 'protection enfance projet educatif',
  },
  {
    rome: 'K1202',
    titles: ['Éducateur de jeunes enfants', 'EJE en crèche'],
    words: 'petite enfance eveil creche',
  },
  {
    rome: 'K1208',
    titles: ['Moniteur éducateur', 'Monitrice éducatrice'],
    words: 'internat ateliers accompagnement',
  },
  {
    rome: 'K1201',
    titles: ['Assistant de service social', 'Assistante sociale de secteur'],
    words: 'accueil droits insertion',
  },
  {
    rome: 'K1305',
    titles: ['Technicien d’intervention sociale et familiale (TISF)', 'TISF'],
    words: 'familles parentalite domicile',
  },
  {
    rome: 'K1302',
    titles: ['Aide à domicile', 'Auxiliaire de vie sociale'],
    words: 'domicile autonomie courses entretien',
  },
  {
    rome: 'K1309',
    titles: ['Assistant familial', 'Assistante familiale'],
    words: 'accueil enfants confies agrement',
  },
  { rome: 'J1102', titles: ['Médecin MDPH', 'Médecin évaluateur'], words: 'evaluation handicap commission' },
]

const publicTypes = new Set(['ccas', 'cias', 'departement', 'commune', 'hopital'])
const types = [
  'ccas',
  'cias',
  'departement',
  'commune',
  'ehpad',
  'saad',
  'ssiad',
  'ime',
  'mecs',
  'foyer',
  'creche',
  'hopital',
  'association',
]
const employerWords = [
  'Les Tilleuls',
  'Le Bon Repos',
  'Soleil',
  'Les Cèdres',
  'La Source',
  'Horizon',
  'Les Lilas',
  'Bel Air',
  'Les Peupliers',
  'Saint-Joseph',
]

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-9)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

function weightedTown(random: () => number, total: number): Town {
  let r = random() * total
  for (const town of towns) {
    r -= town.weight
    if (r <= 0) return town
  }
  return towns[0]!
}

/** A point around a town: a normal spread whose width grows with the town. */
function around(random: () => number, town: Town) {
  const spreadKm = 6 + town.weight * 1.5
  return {
    latitude: town.latitude + (gaussian(random) * spreadKm) / 111.2,
    longitude:
      town.longitude + (gaussian(random) * spreadKm) / (111.2 * Math.cos((town.latitude * Math.PI) / 180)),
  }
}

export interface SyntheticSize {
  offers: number
  employers: number
}

/** Writes the employers (organisations, profiles, answer rates) and offers; returns what was written. */
export async function syntheticOffers(db: Db, size: SyntheticSize, now: Date) {
  const random = seededRandom(20261123)
  const total = towns.reduce((sum, town) => sum + town.weight, 0)
  const inseeOf = new Map(
    towns.map((t) => [t.name, findCommune({ city: t.name, postcode: t.postcode })?.code ?? null]),
  )

  const employers = Array.from({ length: size.employers }, (_, i) => {
    const town = weightedTown(random, total)
    const type = pick(random, types)
    const name = publicTypes.has(type)
      ? `${type === 'departement' ? 'Département' : type === 'hopital' ? 'Centre hospitalier' : type.toUpperCase()} de ${town.name}`
      : `${type.toUpperCase()} ${pick(random, employerWords)} ${i + 1}`
    return {
      id: newId(),
      town,
      type,
      name,
      sector: publicTypes.has(type) ? 'public' : random() < 0.3 ? 'public' : 'prive',
    }
  })
  for (let i = 0; i < employers.length; i += 500) {
    const batch = employers.slice(i, i + 500)
    await db.insert(organisations).values(batch.map((e) => ({ id: e.id, kind: 'employeur', name: e.name })))
    await db.insert(employerProfiles).values(
      batch.map((e) => ({
        organisationId: e.id,
        employerType: e.type,
        sector: e.sector,
        commune: e.town.name,
        postcode: e.town.postcode,
        communeInsee: inseeOf.get(e.town.name) ?? null,
        ...around(random, e.town),
      })),
    )
    const rated = batch.filter(() => random() < 0.7)
    if (rated.length)
      await db.insert(employerAnswerRates).values(
        rated.map((e) => {
          const received = 5 + Math.floor(random() * 80)
          const answered = Math.floor(received * (0.1 + random() * 0.9))
          return { organisationId: e.id, received, answered, rate: Math.round((answered / received) * 100) }
        }),
      )
  }

  let written = 0
  const dayMs = 86_400_000
  for (let i = 0; i < size.offers; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, size.offers - i) }, (_, j) => {
      const n = i + j
      const employer = pick(random, employers)
      const job = pick(random, jobs)
      const title = pick(random, job.titles)
      const position = around(random, employer.town)
      const publishedAt = new Date(now.getTime() - Math.floor(random() * 60 * dayMs))
      const roll = random()
      const state = roll < 0.03 ? 'brouillon' : roll < 0.06 ? 'pourvue' : roll < 0.09 ? 'expiree' : 'publiee'
      const patterns = [
        ...(random() < 0.15 ? ['nuit'] : []),
        ...(random() < 0.4 ? ['week_end'] : []),
        ...(random() < 0.2 ? ['coupure'] : []),
        ...(random() < 0.15 ? ['horaires_decales'] : []),
      ]
      const contract =
        employer.sector === 'public'
          ? pick(random, ['titulaire', 'contractuel', 'cdd', 'apprentissage'])
          : pick(random, ['cdi', 'cdi', 'cdd', 'apprentissage', 'vacation'])
      const salaryMin = random() < 0.7 ? 180_000 + Math.floor(random() * 100_000) : null
      const description = `<p>${title} : ${job.words}. Rejoignez l’équipe de ${employer.name} à ${employer.town.name}.</p><p>Travail ${patterns.includes('nuit') ? 'de nuit' : 'en journée'}, ${patterns.includes('week_end') ? 'un week-end sur deux' : 'du lundi au vendredi'}.</p>`
      return {
        id: newId(),
        organisationId: employer.id,
        slug: `${title
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}-${n.toString(36)}`,
        codeRome: job.rome,
        title,
        descriptionHtml: description,
        contract,
        workTime: random() < 0.7 ? 'temps_plein' : 'temps_partiel',
        patterns,
        serviceCar: random() < 0.25,
        drivingLicence: random() < 0.5,
        housing: random() < 0.05,
        childcare: random() < 0.1,
        salaryMinCents: salaryMin,
        salaryMaxCents: salaryMin === null ? null : salaryMin + Math.floor(random() * 60_000),
        salaryPeriod: salaryMin === null ? null : 'mois',
        postcode: employer.town.postcode,
        commune: employer.town.name,
        communeInsee: inseeOf.get(employer.town.name) ?? null,
        ...position,
        state,
        publishedAt: state === 'brouillon' ? null : publishedAt,
        // One published offer in twenty is past its end and waits for the nightly expiry.
        expiresAt: new Date(publishedAt.getTime() + (random() < 0.05 ? 0.5 : 30 + random() * 60) * dayMs),
        searchText: offerSearchText({
          title,
          descriptionHtml: description,
          commune: employer.town.name,
          employerName: employer.name,
          jobKeywords: [],
        }),
      }
    })
    await db.insert(jobOffers).values(batch)
    written += batch.length
  }
  return { offers: written, employers: employers.length }
}
