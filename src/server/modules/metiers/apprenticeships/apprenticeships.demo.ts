import { and, eq, inArray, isNotNull } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth'
import { organisations } from '../../organisations'
import { candidateProfiles } from '../candidates.table'
import { jobProfiles } from '../fiches.table'
import { employerProfiles } from '../offers.table'
import type { PathwaysDemoContext } from '../pathways.demo'
import { trainingCentres } from '../trainings/trainings.table'
import {
  apprenticeshipContacts,
  apprenticeshipMatches,
  apprenticeshipMatchMails,
  apprenticeshipMessages,
  apprenticeshipRequests,
  apprenticeshipSeats,
} from './apprenticeships.table'
import { refreshAllMatches } from './matching'

/** Seats offered by the demo employers: by fiche slug, placed at the employer's address. */
const demoSeats = [
  {
    slug: 'aide-soignant',
    title: 'Apprenti·e aide-soignant·e en EHPAD',
    diploma: 'DEAS (diplôme d’État d’aide-soignant)',
    tutorJob: 'Infirmière coordinatrice',
    startMonth: 9,
  },
  {
    slug: 'accompagnant-educatif-et-social',
    title: 'Apprenti·e AES à domicile',
    diploma: 'DEAES (accompagnant éducatif et social)',
    tutorJob: 'Responsable de secteur',
    startMonth: 9,
  },
  {
    slug: 'educateur-specialise',
    title: 'Apprenti·e éducateur·rice spécialisé·e en MECS',
    diploma: 'DEES (éducateur spécialisé)',
    tutorJob: 'Cheffe de service éducatif',
    startMonth: 10,
  },
  {
    slug: 'moniteur-educateur',
    title: 'Apprenti·e moniteur·rice-éducateur·rice en IME',
    diploma: 'DEME (moniteur-éducateur)',
    tutorJob: 'Éducateur spécialisé',
    startMonth: 9,
  },
  {
    slug: 'auxiliaire-de-puericulture',
    title: 'Apprenti·e auxiliaire de puériculture en crèche',
    diploma: 'DEAP (auxiliaire de puériculture)',
    tutorJob: 'Éducatrice de jeunes enfants',
    startMonth: 11,
  },
]

/** Candidates looking for an apprenticeship, each with a request (their e-mail: apprenti.<name>@domain). */
const demoCandidates = [
  {
    name: 'ines',
    firstName: 'Inès',
    lastName: 'Benhamou',
    slugs: ['aide-soignant'],
    commune: 'Bourg-en-Bresse',
    postcode: '01000',
    insee: '01053',
    latitude: 46.2052,
    longitude: 5.2255,
    mobilityKm: 25,
    startMonth: 9,
    presentation:
      'Stage de 3e en EHPAD, bénévole auprès de personnes âgées : je veux devenir aide-soignante.',
  },
  {
    name: 'yanis',
    firstName: 'Yanis',
    lastName: 'Roux',
    slugs: ['accompagnant-educatif-et-social', 'aide-soignant'],
    commune: 'Besançon',
    postcode: '25000',
    insee: '25056',
    latitude: 47.2378,
    longitude: 6.0241,
    mobilityMinutes: 30,
    travelMode: 'transports',
    startMonth: 9,
    presentation: 'J’aide ma grand-mère depuis deux ans ; je cherche un apprentissage à domicile.',
  },
  {
    name: 'chloe',
    firstName: 'Chloé',
    lastName: 'Martin',
    slugs: ['educateur-specialise', 'moniteur-educateur'],
    commune: 'Besançon',
    postcode: '25000',
    insee: '25056',
    latitude: 47.2466,
    longitude: 6.0229,
    mobilityKm: 40,
    startMonth: 10,
    presentation: 'Animatrice BAFA, je prépare le concours d’éducatrice spécialisée.',
  },
  {
    name: 'sami',
    firstName: 'Sami',
    lastName: 'Haddad',
    slugs: ['auxiliaire-de-puericulture'],
    commune: 'Ambérieu-en-Bugey',
    postcode: '01500',
    insee: '01004',
    latitude: 45.9584,
    longitude: 5.3583,
    mobilityKm: 50,
    startMonth: 11,
    presentation: 'Titulaire d’un CAP AEPE, je veux travailler en crèche.',
  },
] as const

const month = (now: Date, m: number) =>
  `${now.getUTCFullYear() + (now.getUTCMonth() + 1 > m ? 1 : 0)}-${String(m).padStart(2, '0')}`

/** Demo data of the apprenticeships part: seats at demo employers, candidates' requests, their matches and one accepted conversation. */
export async function createDemoApprenticeships(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const now = new Date()
  const fiches = await tx
    .select({ id: jobProfiles.id, slug: jobProfiles.slug, codeRome: jobProfiles.codeRome })
    .from(jobProfiles)
    .where(
      inArray(jobProfiles.slug, [
        ...new Set([...demoSeats.map((s) => s.slug), ...demoCandidates.flatMap((c) => c.slugs)]),
      ]),
    )
  const ficheOf = new Map(fiches.map((f) => [f.slug, f]))
  const employers = await tx
    .select({ profile: employerProfiles, name: organisations.name })
    .from(employerProfiles)
    .innerJoin(organisations, eq(organisations.id, employerProfiles.organisationId))
    .where(and(isNotNull(employerProfiles.latitude), isNotNull(employerProfiles.longitude)))
    .orderBy(organisations.name)
  if (!fiches.length || !employers.length) return
  const centres = await tx.select({ id: trainingCentres.id }).from(trainingCentres).limit(3)

  const seatIds: string[] = []
  for (const [i, seat] of demoSeats.entries()) {
    const fiche = ficheOf.get(seat.slug)
    const employer = employers[i % employers.length]!.profile
    if (!fiche) continue
    const [row] = await tx
      .insert(apprenticeshipSeats)
      .values({
        organisationId: employer.organisationId,
        jobId: fiche.id,
        codeRome: fiche.codeRome,
        title: seat.title,
        description:
          'Un contrat d’apprentissage avec une tutrice ou un tuteur formé, au sein d’une équipe qui accueille des apprentis chaque année.',
        address: employer.address,
        postcode: employer.postcode,
        commune: employer.commune,
        communeInsee: employer.communeInsee,
        latitude: employer.latitude,
        longitude: employer.longitude,
        startMonth: month(now, seat.startMonth),
        durationMonths: seat.slug === 'educateur-specialise' ? 36 : 12,
        diploma: seat.diploma,
        trainingCentreIds: i % 2 ? centres.map((c) => c.id) : [],
        tutorName: 'Tutrice de démonstration',
        tutorJob: seat.tutorJob,
        seats: 1 + (i % 2),
        state: 'publiee',
        publishedAt: now,
      })
      .returning({ id: apprenticeshipSeats.id })
    seatIds.push(row!.id)
  }

  for (const candidate of demoCandidates) {
    const [account] = await tx
      .insert(accounts)
      .values({
        email: `apprenti.${candidate.name}@${context.domain}`,
        displayName: `${candidate.firstName} ${candidate.lastName}`,
        passwordHash: context.passwordHash,
      })
      .onConflictDoNothing()
      .returning({ id: accounts.id })
    if (!account) continue
    await tx.insert(candidateProfiles).values({
      accountId: account.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      commune: candidate.commune,
      presentation: candidate.presentation,
    })
    const jobs = candidate.slugs.flatMap((slug) => {
      const fiche = ficheOf.get(slug)
      return fiche ? [fiche] : []
    })
    if (!jobs.length) continue
    await tx.insert(apprenticeshipRequests).values({
      candidateAccountId: account.id,
      initial: `${candidate.firstName.charAt(0)}.`,
      jobIds: jobs.map((j) => j.id),
      codeRomes: jobs.map((j) => j.codeRome),
      postcode: candidate.postcode,
      commune: candidate.commune,
      communeInsee: candidate.insee,
      latitude: candidate.latitude,
      longitude: candidate.longitude,
      mobilityKm: 'mobilityKm' in candidate ? candidate.mobilityKm : null,
      mobilityMinutes: 'mobilityMinutes' in candidate ? candidate.mobilityMinutes : null,
      travelMode: 'travelMode' in candidate ? candidate.travelMode : null,
      startMonth: month(now, candidate.startMonth),
      trainingCentreId: null,
      presentation: candidate.presentation,
    })
  }

  await refreshAllMatches(tx, now)
  // The demonstration's matches count as announced: starting the platform mails no one.
  const matches = await tx.select().from(apprenticeshipMatches)
  if (matches.length)
    await tx
      .insert(apprenticeshipMatchMails)
      .values(
        matches.flatMap((m) => [
          { seatId: m.seatId, requestId: m.requestId, side: 'candidat', sentAt: now },
          { seatId: m.seatId, requestId: m.requestId, side: 'employeur', sentAt: now },
        ]),
      )
      .onConflictDoNothing()

  // One accepted conversation: the first match, asked by the candidate, accepted by the employer.
  const [first] = matches
  if (!first) return
  const [contact] = await tx
    .insert(apprenticeshipContacts)
    .values({
      organisationId: first.organisationId,
      seatId: first.seatId,
      requestId: first.requestId,
      candidateAccountId: first.candidateAccountId,
      jobId: first.jobId,
      initiatedBy: 'candidat',
      initiatorAccountId: first.candidateAccountId,
      state: 'acceptee',
      answeredAt: now,
    })
    .returning()
  const message = (authorSide: string, body: string) => ({
    organisationId: first.organisationId,
    contactId: contact!.id,
    candidateAccountId: first.candidateAccountId,
    authorSide,
    body,
  })
  await tx
    .insert(apprenticeshipMessages)
    .values([
      message('candidat', 'Bonjour, votre place m’intéresse : je peux commencer à la date prévue.'),
      message('employeur', 'Bonjour, merci ! Pouvez-vous venir nous rencontrer mardi à 10 h ?'),
    ])
}
