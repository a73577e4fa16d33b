import { eq } from 'drizzle-orm'
import { addDays, addMonths, endOfParisDay, parisDate } from '../../../../shared/dates'
import {
  decisionDueOn,
  validUntil,
  type AgrementHistoryKind,
} from '../../../../shared/modules/metiers/agrement-rules'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth/auth.table'
import { memberships, organisations } from '../../organisations/organisations.table'
import { candidateProfiles } from '../candidates.table'
import type { PathwaysDemoContext } from '../pathways.demo'
import {
  agrementApplications,
  agrementMeetingRegistrations,
  agrementMeetings,
  agrementSteps,
  agrementTrainingSessions,
} from './agrement.table'

const allDocuments = (on: string) => ({ cerfa_13395: on, piece_identite: on, certificat_medical: on })

interface DemoFile {
  firstName: string
  lastName: string
  commune: string
  postcode: string
  communeInsee: string
  childrenWished: number
  ages: [number, number]
  /** Steps, each as days before today. */
  steps: [AgrementHistoryKind, number, Record<string, unknown>?][]
  /** Days before today the file was complete. */
  completeDaysAgo?: number
  extension?: { daysAgo: number; motive: string }
  decision?: { kind: 'agrement' | 'refus'; daysAgo: number; motive?: string; children?: number }
  training?: [string, number, number][]
  firstPlacementDaysAgo?: number
  candidate?: boolean
}

const files: DemoFile[] = [
  {
    firstName: 'Élodie',
    lastName: 'Marchand',
    commune: 'Bourg-en-Bresse',
    postcode: '01000',
    communeInsee: '01053',
    childrenWished: 2,
    ages: [3, 12],
    steps: [['demande_information', 6]],
  },
  {
    firstName: 'Karim',
    lastName: 'Haddad',
    commune: 'Oyonnax',
    postcode: '01100',
    communeInsee: '01283',
    childrenWished: 1,
    ages: [6, 16],
    steps: [
      ['demande_information', 40],
      ['reunion_information', 21],
    ],
  },
  {
    firstName: 'Sophie',
    lastName: 'Lefèvre',
    commune: 'Ambérieu-en-Bugey',
    postcode: '01500',
    communeInsee: '01004',
    childrenWished: 2,
    ages: [0, 6],
    steps: [
      ['demande_information', 70],
      ['reunion_information', 50],
      ['dossier_depose', 9],
    ],
  },
  {
    firstName: 'Nadia',
    lastName: 'Benyahia',
    commune: 'Bourg-en-Bresse',
    postcode: '01000',
    communeInsee: '01053',
    childrenWished: 3,
    ages: [10, 18],
    steps: [
      ['demande_information', 90],
      ['reunion_information', 70],
      ['dossier_depose', 30],
      ['dossier_complet', 18],
    ],
    completeDaysAgo: 18,
  },
  {
    firstName: 'Thomas',
    lastName: 'Girard',
    commune: 'Belley',
    postcode: '01300',
    communeInsee: '01034',
    childrenWished: 2,
    ages: [4, 14],
    steps: [
      ['demande_information', 150],
      ['reunion_information', 130],
      ['dossier_depose', 95],
      ['dossier_complet', 80],
      ['entretien', 50],
      ['visite_domicile', 35],
    ],
    completeDaysAgo: 80,
  },
  {
    firstName: 'Marie-Claire',
    lastName: 'Perrin',
    commune: 'Gex',
    postcode: '01170',
    communeInsee: '01173',
    childrenWished: 2,
    ages: [8, 18],
    steps: [
      ['demande_information', 230],
      ['reunion_information', 210],
      ['dossier_depose', 160],
      ['dossier_complet', 140],
      ['entretien', 110],
      ['visite_domicile', 95],
      ['psychologue', 60],
    ],
    completeDaysAgo: 140,
    extension: {
      daysAgo: 30,
      motive:
        'Évaluation psychologique complémentaire demandée après la visite à domicile : rendez-vous disponible dans six semaines seulement.',
    },
  },
  {
    firstName: 'Laurence',
    lastName: 'Dumas',
    commune: 'Bourg-en-Bresse',
    postcode: '01000',
    communeInsee: '01053',
    childrenWished: 2,
    ages: [2, 10],
    steps: [
      ['demande_information', 200],
      ['reunion_information', 180],
      ['dossier_depose', 130],
      ['entretien', 70],
      ['visite_domicile', 60],
      ['commission', 8],
    ],
    // Due in about 12 days: the candidate's space shows the tacit-approval date.
    completeDaysAgo: 0,
    candidate: true,
  },
  {
    firstName: 'Jean-Marc',
    lastName: 'Olivier',
    commune: 'Miribel',
    postcode: '01700',
    communeInsee: '01249',
    childrenWished: 3,
    ages: [0, 18],
    steps: [
      ['demande_information', 420],
      ['reunion_information', 400],
      ['dossier_depose', 330],
      ['dossier_complet', 310],
      ['entretien', 270],
      ['visite_domicile', 250],
      ['commission', 220],
    ],
    completeDaysAgo: 310,
    decision: { kind: 'agrement', daysAgo: 200, children: 2 },
    firstPlacementDaysAgo: 60,
    training: [
      ['Stage préparatoire à l’accueil d’enfants', 120, 30],
      ['Stage préparatoire (suite)', 90, 30],
      ['DEAF — module 1 : accueil et intégration', 20, 35],
    ],
  },
  {
    firstName: 'Patrick',
    lastName: 'Vidal',
    commune: 'Pont-de-Vaux',
    postcode: '01190',
    communeInsee: '01305',
    childrenWished: 4,
    ages: [12, 18],
    steps: [
      ['demande_information', 300],
      ['reunion_information', 280],
      ['dossier_depose', 240],
      ['dossier_complet', 225],
      ['visite_domicile', 180],
      ['entretien', 170],
    ],
    completeDaysAgo: 225,
    decision: {
      kind: 'refus',
      daysAgo: 110,
      motive:
        'Le logement ne permet pas d’accueillir un enfant dans une chambre séparée : la pièce prévue n’a pas de fenêtre.',
    },
  },
]

/** The Département de l'Ain's agrément service: agents, information meetings and files at every step. */
export async function createDemoAgrement(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const [ain] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Département de l’Ain'))
  if (!ain) return
  const [existing] = await tx
    .select({ id: agrementMeetings.id })
    .from(agrementMeetings)
    .where(eq(agrementMeetings.organisationId, ain.id))
    .limit(1)
  if (existing) return

  const agent = async (
    local: string,
    displayName: string,
    role: 'travailleur_social' | 'direction' | 'administrateur',
  ) => {
    const [account] = await tx
      .insert(accounts)
      .values({ email: `${local}@ain.${context.domain}`, displayName, passwordHash: context.passwordHash })
      .returning({ id: accounts.id })
    await tx.insert(memberships).values({ organisationId: ain.id, accountId: account!.id, roles: [role] })
    return account!.id
  }
  const worker = await agent('agrement', 'Démo PMI agrément (travailleuse sociale)', 'travailleur_social')
  const director = await agent('agrement-direction', 'Démo direction enfance-famille', 'direction')

  const now = new Date()
  const today = parisDate(now)
  const at = (daysFromToday: number, hour: number) =>
    new Date(endOfParisDay(addDays(today, daysFromToday)).getTime() - (24 - hour) * 3_600_000 + 1)
  const meetingValues = { organisationId: ain.id, durationMinutes: 120, capacity: 20, published: true }
  const [past] = await tx
    .insert(agrementMeetings)
    .values({
      ...meetingValues,
      startsAt: at(-21, 14),
      mode: 'presentiel',
      address: '45 avenue Alsace-Lorraine',
      postcode: '01000',
      commune: 'Bourg-en-Bresse',
      communeInsee: '01053',
      latitude: 46.2052,
      longitude: 5.2255,
      registered: 1,
    })
    .returning()
  const [next] = await tx
    .insert(agrementMeetings)
    .values({
      ...meetingValues,
      startsAt: at(12, 14),
      mode: 'presentiel',
      address: '45 avenue Alsace-Lorraine',
      postcode: '01000',
      commune: 'Bourg-en-Bresse',
      communeInsee: '01053',
      latitude: 46.2052,
      longitude: 5.2255,
      registered: 1,
      notes: 'Salle du conseil, rez-de-chaussée, accessible en fauteuil.',
    })
    .returning()
  await tx.insert(agrementMeetings).values({
    ...meetingValues,
    startsAt: at(33, 18),
    mode: 'visio',
    visioUrl: 'https://visio.ain.fr/reunion-assistants-familiaux',
    capacity: 40,
  })

  const [candidate] = await tx
    .insert(accounts)
    .values({
      email: `candidat.agrement@${context.domain}`,
      displayName: 'Laurence Dumas',
      passwordHash: context.passwordHash,
    })
    .returning({ id: accounts.id })
  await tx.insert(candidateProfiles).values({
    accountId: candidate!.id,
    firstName: 'Laurence',
    lastName: 'Dumas',
    commune: 'Bourg-en-Bresse',
  })

  for (const f of files) {
    const day = (daysAgo: number) => addDays(today, -daysAgo)
    // The candidate's file: complete 4 months minus 12 days ago.
    const completeOn = f.candidate
      ? addDays(addMonths(today, -4), 12)
      : f.completeDaysAgo !== undefined
        ? day(f.completeDaysAgo)
        : null
    const steps = f.candidate
      ? [...f.steps.slice(0, 3), ['dossier_complet', 0] as [AgrementHistoryKind, number], ...f.steps.slice(3)]
      : f.steps
    const stepDate = (kind: AgrementHistoryKind, daysAgo: number) =>
      kind === 'dossier_complet' && completeOn ? completeOn : day(daysAgo)
    const last = steps[steps.length - 1]![0]
    const stage = f.decision
      ? f.training
        ? 'formation'
        : 'decision'
      : ['entretien', 'visite_domicile', 'psychologue'].includes(last)
        ? 'evaluation'
        : last
    const extendedOn = f.extension ? day(f.extension.daysAgo) : null
    const [file] = await tx
      .insert(agrementApplications)
      .values({
        organisationId: ain.id,
        candidateAccountId: f.candidate ? candidate!.id : null,
        referentId: worker,
        firstName: f.firstName,
        lastName: f.lastName,
        email: f.candidate
          ? `candidat.agrement@${context.domain}`
          : `${f.firstName}.${f.lastName}`
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z.]/g, '') + '@exemple.test',
        address: '12 rue des Tilleuls',
        postcode: f.postcode,
        commune: f.commune,
        communeInsee: f.communeInsee,
        household: [
          { relation: 'Conjoint(e)', birthYear: 1979 },
          { relation: 'Enfant', birthYear: 2012 },
        ],
        housingType: 'maison',
        housingRooms: 5,
        housingSpareRooms: f.childrenWished,
        currentJob: 'Aide-soignante en EHPAD',
        motivation:
          'Nos enfants sont grands, la maison est calme : nous voulons offrir un cadre stable à des enfants confiés.',
        childrenWished: f.childrenWished,
        agesWishedMin: f.ages[0],
        agesWishedMax: f.ages[1],
        documents: steps.some(([k]) => k === 'dossier_depose')
          ? completeOn
            ? allDocuments(completeOn)
            : { cerfa_13395: day(9), piece_identite: day(9) }
          : {},
        step: stage,
        completeOn,
        extendedOn,
        extensionMotive: f.extension?.motive ?? null,
        decisionDueOn: completeOn ? decisionDueOn(completeOn, extendedOn !== null) : null,
        decision: f.decision?.kind ?? null,
        decisionOn: f.decision ? day(f.decision.daysAgo) : null,
        decisionMotive: f.decision?.motive ?? null,
        approvedChildren: f.decision?.children ?? null,
        approvedAgeMin: f.decision?.kind === 'agrement' ? f.ages[0] : null,
        approvedAgeMax: f.decision?.kind === 'agrement' ? f.ages[1] : null,
        validUntil: f.decision?.kind === 'agrement' ? validUntil(day(f.decision.daysAgo)) : null,
        firstPlacementOn: f.firstPlacementDaysAgo !== undefined ? day(f.firstPlacementDaysAgo) : null,
      })
      .returning({ id: agrementApplications.id })
    const history: (typeof agrementSteps.$inferInsert)[] = steps.map(([kind, daysAgo, details]) => ({
      organisationId: ain.id,
      applicationId: file!.id,
      kind,
      doneOn: stepDate(kind, daysAgo),
      details: details ?? {},
      authorId: kind === 'demande_information' ? null : worker,
    }))
    if (f.extension)
      history.push({
        organisationId: ain.id,
        applicationId: file!.id,
        kind: 'prolongation',
        doneOn: extendedOn!,
        details: { motive: f.extension.motive },
        authorId: director,
      })
    if (f.decision)
      history.push({
        organisationId: ain.id,
        applicationId: file!.id,
        kind: 'decision',
        doneOn: day(f.decision.daysAgo),
        details: { decision: f.decision.kind, motive: f.decision.motive, children: f.decision.children },
        authorId: director,
      })
    if (f.firstPlacementDaysAgo !== undefined)
      history.push({
        organisationId: ain.id,
        applicationId: file!.id,
        kind: 'premier_accueil',
        doneOn: day(f.firstPlacementDaysAgo),
        authorId: worker,
      })
    await tx.insert(agrementSteps).values(history)
    for (const [title, daysAgo, hours] of f.training ?? [])
      await tx.insert(agrementTrainingSessions).values({
        organisationId: ain.id,
        applicationId: file!.id,
        phase: title.startsWith('DEAF') ? 'deaf' : 'preparatoire',
        title,
        doneOn: day(daysAgo),
        hours,
        authorId: worker,
      })
    // The first file is registered to the next meeting, the second attended the last one.
    const meeting = f.lastName === 'Marchand' ? next : f.lastName === 'Haddad' ? past : null
    if (meeting)
      await tx.insert(agrementMeetingRegistrations).values({
        organisationId: ain.id,
        meetingId: meeting.id,
        applicationId: file!.id,
        attended: meeting === past ? true : null,
      })
  }
}
