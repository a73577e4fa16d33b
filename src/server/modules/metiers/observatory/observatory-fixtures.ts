// Test fixtures of the observatory: immersions and apprenticeship contacts written as the owner, to
// count them independently of those parts' own routes.
import { newId } from '../../../../shared/ids'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth/auth.table'
import {
  apprenticeshipContacts,
  apprenticeshipMatches,
  apprenticeshipRequests,
  apprenticeshipSeats,
} from '../apprenticeships/apprenticeships.table'
import { immersionOffers, immersionRequests } from '../immersions/immersions.table'

export interface ImmersionSeed {
  state: 'demandee' | 'acceptee' | 'refusee' | 'realisee' | 'annulee'
  outcome?: 'embauche' | 'formation' | 'projet_confirme' | 'projet_abandonne' | 'autre'
  createdAt: Date
}

export async function insertImmersions(
  owner: Db,
  place: { organisationId: string; jobId: string; communeInsee: string },
  seeds: ImmersionSeed[],
) {
  const [offer] = await owner
    .insert(immersionOffers)
    .values({
      organisationId: place.organisationId,
      jobId: place.jobId,
      title: 'Découvrir le métier',
      activities: 'Accompagner une professionnelle.',
      schedule: 'Du lundi au vendredi',
      availableFrom: '2027-01-01',
      availableTo: '2027-12-31',
      capacity: 2,
      tutorName: 'Claire Martin',
      tutorJob: 'Infirmière coordinatrice',
      postcode: '25000',
      commune: 'Besançon',
      communeInsee: place.communeInsee,
      published: true,
    })
    .returning()
  for (const [i, s] of seeds.entries()) {
    await owner.insert(immersionRequests).values({
      organisationId: place.organisationId,
      offerId: offer!.id,
      jobId: place.jobId,
      firstName: `Personne ${i}`,
      lastName: 'Essai',
      email: `immersion-${newId()}@exemple.test`,
      objective: 'decouvrir_metier',
      startDate: '2027-04-01',
      endDate: '2027-04-05',
      state: s.state,
      outcome: s.outcome ?? null,
      createdAt: s.createdAt,
    })
  }
}

export interface ApprenticeshipSeed {
  /** A contact was asked for this match; `contract` when the employer recorded a signed contract. */
  contact?: 'asked' | 'contract'
  foundAt: Date
}

export async function insertApprenticeships(
  owner: Db,
  place: { organisationId: string; jobId: string; communeInsee: string },
  seeds: ApprenticeshipSeed[],
) {
  const [seat] = await owner
    .insert(apprenticeshipSeats)
    .values({
      organisationId: place.organisationId,
      jobId: place.jobId,
      codeRome: 'K1302',
      title: 'Apprenti aide à domicile',
      postcode: '25000',
      commune: 'Besançon',
      communeInsee: place.communeInsee,
      startMonth: '2027-09',
      durationMonths: 24,
      diploma: 'DEAES',
      tutorName: 'Claire Martin',
      tutorJob: 'Responsable de secteur',
      state: 'publiee',
    })
    .returning()
  for (const s of seeds) {
    const [account] = await owner
      .insert(accounts)
      .values({ email: `apprenti-${newId()}@exemple.test`, displayName: 'Apprenti' })
      .returning()
    const [request] = await owner
      .insert(apprenticeshipRequests)
      .values({
        candidateAccountId: account!.id,
        jobIds: [place.jobId],
        codeRomes: ['K1302'],
        commune: 'Besançon',
        communeInsee: '25056',
        startMonth: '2027-09',
      })
      .returning()
    await owner.insert(apprenticeshipMatches).values({
      organisationId: place.organisationId,
      seatId: seat!.id,
      requestId: request!.id,
      candidateAccountId: account!.id,
      jobId: place.jobId,
      score: 80,
      distanceKm: 3,
      foundAt: s.foundAt,
    })
    if (s.contact) {
      await owner.insert(apprenticeshipContacts).values({
        organisationId: place.organisationId,
        seatId: seat!.id,
        requestId: request!.id,
        candidateAccountId: account!.id,
        jobId: place.jobId,
        initiatedBy: 'candidat',
        state: s.contact === 'contract' ? 'close' : 'demandee',
        outcome: s.contact === 'contract' ? 'contrat_signe' : null,
        createdAt: s.foundAt,
      })
    }
  }
}
