import { searchTextOf } from '../../shared/modules/usagers/names'
import type { Db } from '../db/client'
import { householdMembers, usagerNotes, usagers } from '../modules/usagers'

const monthsAgo = (n: number) => new Date(Date.now() - n * 30.4 * 86_400_000)

/** A dozen people with accents, particles, homonyms, a pseudonym and people without stable address. */
const people: (Partial<typeof usagers.$inferInsert> & {
  household?: { firstName: string; relation: string; birthDate?: string }[]
})[] = [
  {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    birthDate: '1958-03-14',
    gender: 'femme',
    phone: '+33381000001',
    addressLine: '12 rue Battant',
    postalCode: '25000',
    city: 'Besançon',
    communeInsee: '25056',
    incomeSources: ['retraite'],
    housing: 'locataire_parc_social',
    consentSms: true,
  },
  {
    firstName: 'Jean-Pierre',
    lastName: 'Martin',
    birthDate: '1971-06-02',
    gender: 'homme',
    incomeSources: ['rsa'],
    rsaReferent: 'M. Girard (Département du Doubs)',
    city: 'Besançon',
    postalCode: '25000',
    housing: 'heberge_tiers',
  },
  {
    firstName: 'Marie',
    lastName: 'Martin',
    birthDate: '1985-11-20',
    gender: 'femme',
    email: 'marie.martin@exemple.test',
    consentEmail: true,
    city: 'Besançon',
    household: [
      { firstName: 'Lucas', relation: 'enfant', birthDate: '2014-04-02' },
      { firstName: 'Léa', relation: 'enfant', birthDate: '2017-09-30' },
    ],
  },
  {
    firstName: 'Hélène',
    lastName: 'Lefebvre',
    birthDate: '1990-07-08',
    gender: 'femme',
    city: 'Besançon',
    incomeSources: ['salaire', 'prime_activite'],
  },
  {
    firstName: 'François',
    lastName: 'de La Tour',
    birthDate: '1949-12-01',
    gender: 'homme',
    city: 'Besançon',
    incomeSources: ['retraite'],
    housing: 'proprietaire',
  },
  {
    firstName: 'Aïcha',
    lastName: "N'Diaye",
    birthDate: '1979-04-23',
    gender: 'femme',
    languages: ['fr', 'wo'],
    incomeSources: ['aah'],
    city: 'Besançon',
  },
  {
    firstName: 'Noël',
    lastName: 'Saint-Just',
    birthDate: '2001-02-28',
    gender: 'homme',
    noStableAddress: true,
    housing: 'rue',
    incomeSources: ['aucune'],
  },
  {
    firstName: 'Fatoumata',
    lastName: 'Traoré',
    birthDate: '1993-09-15',
    gender: 'femme',
    languages: ['bm', 'fr'],
    interpreterNeeded: true,
    housing: 'hebergement_urgence',
    household: [{ firstName: 'Awa', relation: 'enfant', birthDate: '2020-01-12' }],
  },
  {
    firstName: 'Zoé',
    lastName: 'Müller-Garnier',
    birthDate: '1988-05-05',
    gender: 'femme',
    city: 'Besançon',
    incomeSources: ['allocation_chomage'],
  },
  { pseudonym: 'Gégé', gender: 'homme', noStableAddress: true, housing: 'squat', languages: ['fr'] },
  {
    firstName: 'Josiane',
    lastName: 'Payet',
    birthName: 'Hoarau',
    birthDate: '1962-10-10',
    gender: 'femme',
    city: 'Besançon',
    lastContactAt: monthsAgo(30),
  },
  {
    firstName: 'Mohamed',
    lastName: 'Ben Saïd',
    birthDate: '1975-01-30',
    gender: 'homme',
    languages: ['ar', 'fr'],
    noStableAddress: true,
    housing: 'habitat_mobile',
  },
]

/** The demo organisation's people; the social worker's first note stays in the social team. */
export async function createDemoUsagers(
  tx: Db,
  organisationId: string,
  author: { accountId: string; serviceId: string | undefined },
) {
  for (const { household, ...person } of people) {
    const [u] = await tx
      .insert(usagers)
      .values({ ...person, organisationId, searchText: searchTextOf(person), createdBy: author.accountId })
      .returning({ id: usagers.id })
    for (const member of household ?? []) {
      await tx
        .insert(householdMembers)
        .values({ ...member, organisationId, usagerId: u!.id, lastName: person.lastName ?? null })
    }
    if (person.firstName === 'Hélène' && person.lastName === 'Lefèvre') {
      await tx.insert(usagerNotes).values({
        organisationId,
        usagerId: u!.id,
        authorId: author.accountId,
        serviceId: author.serviceId ?? null,
        body: 'Premier entretien : demande d’aide pour la facture d’énergie. À revoir dans un mois.',
      })
    }
  }
  return people.length
}
