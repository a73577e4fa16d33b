import { and, eq, inArray } from 'drizzle-orm'
import { addDays, parisDate } from '../../../../shared/dates'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'
import { employerProfiles } from '../offers.table'
import type { PathwaysDemoContext } from '../pathways.demo'
import { immersionConventions, immersionOffers, immersionRequests } from './immersions.table'

interface DemoImmersion {
  employer: string
  codeRome: string
  title: string
  activities: string
  conditions: string
  schedule: string
  capacity: number
  tutorName: string
  tutorJob: string
}

const demoImmersions: DemoImmersion[] = [
  {
    employer: 'EHPAD Les Tilleuls',
    codeRome: 'J1501',
    title: 'Une semaine aux côtés des aides-soignants',
    activities:
      'Suivre une équipe du matin : aide au lever et à la toilette, repas, temps d’animation, transmissions. Observer le travail en unité protégée.',
    conditions: 'Vaccinations à jour (DTP). Chaussures fermées ; la tenue est fournie.',
    schedule: 'Du lundi au vendredi, 7 h – 14 h 30',
    capacity: 2,
    tutorName: 'Nadia Ferreira',
    tutorJob: 'Aide-soignante référente',
  },
  {
    employer: 'Aide et Domicile du Grand Besançon',
    codeRome: 'K1302',
    title: 'Découvrir l’aide à domicile en binôme',
    activities:
      'Accompagner une intervenante chez quatre à cinq personnes par jour : courses, repas, aide au lever, conversation. Découvrir le planning et les transmissions.',
    conditions: 'Permis B apprécié (les trajets se font avec l’intervenante).',
    schedule: 'Du lundi au vendredi, 8 h – 12 h et 14 h – 17 h',
    capacity: 3,
    tutorName: 'Patricia Jeannin',
    tutorJob: 'Responsable de secteur',
  },
  {
    employer: 'Département de l’Ain',
    codeRome: 'K1309',
    title: 'Rencontrer des assistants familiaux',
    activities:
      'Journées avec une assistante familiale et le service de placement familial : rencontres, visites médiatisées, réunion d’équipe.',
    conditions: 'Casier judiciaire vierge (bulletin n° 3 demandé avant l’immersion).',
    schedule: 'Du mardi au vendredi, 9 h – 17 h',
    capacity: 1,
    tutorName: 'Claire Dumont',
    tutorJob: 'Éducatrice référente du placement familial',
  },
  {
    employer: 'Centre hospitalier de Bourg-en-Bresse',
    codeRome: 'J1501',
    title: 'Immersion en service de gériatrie',
    activities:
      'Observer les soins d’hygiène et de confort, les transmissions et le travail avec les infirmiers.',
    conditions: 'Vaccinations à jour, dont hépatite B.',
    schedule: 'Du lundi au vendredi, 6 h 45 – 14 h 15',
    capacity: 2,
    tutorName: 'Julien Morel',
    tutorJob: 'Cadre de santé',
  },
]

/** Demo candidates, created here unless another part already did. */
async function demoCandidate(tx: Db, context: PathwaysDemoContext, local: string, name: string) {
  const email = `${local}@${context.domain}`
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email))
  if (existing) return { id: existing.id, email }
  const [created] = await tx
    .insert(accounts)
    .values({ email, displayName: name, passwordHash: context.passwordHash })
    .returning({ id: accounts.id })
  return { id: created!.id, email }
}

/** Demo data of the immersions part: offers at four employers, and requests in every state. */
export async function createDemoImmersions(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const today = parisDate(new Date())
  const names = demoImmersions.map((d) => d.employer)
  const found = await tx
    .select({
      id: organisations.id,
      name: organisations.name,
      siret: organisations.siret,
      address: employerProfiles.address,
      postcode: employerProfiles.postcode,
      commune: employerProfiles.commune,
      communeInsee: employerProfiles.communeInsee,
      latitude: employerProfiles.latitude,
      longitude: employerProfiles.longitude,
    })
    .from(organisations)
    .innerJoin(employerProfiles, eq(employerProfiles.organisationId, organisations.id))
    .where(inArray(organisations.name, names))
  const fiches = await tx
    .select({ id: jobProfiles.id, codeRome: jobProfiles.codeRome })
    .from(jobProfiles)
    .where(and(inArray(jobProfiles.codeRome, ['J1501', 'K1302', 'K1309']), eq(jobProfiles.published, true)))

  const offers: (typeof immersionOffers.$inferSelect)[] = []
  for (const demo of demoImmersions) {
    const employer = found.find((e) => e.name === demo.employer)
    const fiche = fiches.find((f) => f.codeRome === demo.codeRome)
    if (!employer || !fiche) continue
    const [offer] = await tx
      .insert(immersionOffers)
      .values({
        organisationId: employer.id,
        jobId: fiche.id,
        title: demo.title,
        activities: demo.activities,
        conditions: demo.conditions,
        schedule: demo.schedule,
        availableFrom: addDays(today, -60),
        availableTo: addDays(today, 150),
        capacity: demo.capacity,
        maxDays: 10,
        tutorName: demo.tutorName,
        tutorJob: demo.tutorJob,
        address: employer.address,
        postcode: employer.postcode,
        commune: employer.commune,
        communeInsee: employer.communeInsee,
        latitude: employer.latitude,
        longitude: employer.longitude,
        published: true,
        publishedAt: new Date(`${addDays(today, -60)}T08:00:00Z`),
      })
      .returning()
    offers.push(offer!)
  }
  const [tilleuls, domicile, ain] = offers
  if (!tilleuls || !domicile) return

  const lea = await demoCandidate(tx, context, 'lea.martin.candidate', 'Léa Martin')
  const yanis = await demoCandidate(tx, context, 'yanis.benali.candidat', 'Yanis Benali')
  const request = (
    offer: typeof tilleuls,
    person: { id: string; email: string },
    names: [string, string],
    start: number,
    values: Partial<typeof immersionRequests.$inferInsert>,
  ) =>
    tx
      .insert(immersionRequests)
      .values({
        organisationId: offer.organisationId,
        offerId: offer.id,
        jobId: offer.jobId,
        candidateAccountId: person.id,
        firstName: names[0],
        lastName: names[1],
        email: person.email,
        phone: '+33612345678',
        objective: 'decouvrir_metier',
        message: 'Je voudrais voir le métier de près avant de m’engager dans la formation.',
        startDate: addDays(today, start),
        endDate: addDays(today, start + 4),
        ...values,
      })
      .returning()
      .then((rows) => rows[0]!)

  // Waiting for an answer.
  await request(tilleuls, lea, ['Léa', 'Martin'], 21, {})
  // Accepted, its convention complete.
  const accepted = await request(domicile, lea, ['Léa', 'Martin'], 7, {
    state: 'acceptee',
    objective: 'confirmer_projet',
    decidedAt: new Date(),
  })
  const domicileEmployer = found.find((e) => e.id === domicile.organisationId)!
  await tx.insert(immersionConventions).values({
    organisationId: domicile.organisationId,
    requestId: accepted.id,
    beneficiaryBirthDate: '1998-04-17',
    beneficiaryAddress: '5 rue Battant, 25000 Besançon',
    hostName: domicileEmployer.name,
    // The association has no SIRET in the demo directory: a valid one of the demonstration.
    hostSiret: domicileEmployer.siret ?? '77550123400014',
    hostAddress: `${domicile.address}, ${domicile.postcode} ${domicile.commune}`,
    hostSignatory: 'Marc Vuillemin, directeur',
    tutorName: domicile.tutorName,
    tutorJob: domicile.tutorJob,
    tutorContact: '03 81 00 00 00',
    prescriberType: 'france_travail',
    prescriberName: 'France Travail Besançon Temis',
    prescriberAdvisor: 'Sophie Lambert',
    prescriberContact: 'sophie.lambert@francetravail.test',
    objective: 'confirmer_projet',
    startDate: accepted.startDate,
    endDate: accepted.endDate,
    dailyHours: domicile.schedule,
    weeklyHours: 35,
    activities: domicile.activities,
    skillsObserved:
      'Relation avec la personne aidée ; repérage des besoins ; respect de l’intimité ; transmissions écrites.',
    riskPrevention:
      'Gestes et postures présentés le premier jour ; pas de manutention seule ; trajets avec l’intervenante.',
    insurance: 'MAIF, contrat responsabilité civile n° 4 512 778',
    signaturePlace: 'Besançon',
  })
  // Done, and it led to a hire.
  await request(tilleuls, yanis, ['Yanis', 'Benali'], -40, {
    state: 'realisee',
    objective: 'initier_recrutement',
    decidedAt: new Date(`${addDays(today, -50)}T09:00:00Z`),
    outcome: 'embauche',
    assessment:
      'Très à l’aise avec les résidents ; recruté en CDD puis en contrat d’apprentissage aide-soignant.',
    outcomeRecordedAt: new Date(`${addDays(today, -34)}T09:00:00Z`),
  })
  // Refused, with the reason told.
  if (ain)
    await request(ain, yanis, ['Yanis', 'Benali'], 10, {
      state: 'refusee',
      refusalReason:
        'Nos assistantes familiales accueillent déjà une personne ces jours-là : redemandez en juin.',
      decidedAt: new Date(),
    })
}
