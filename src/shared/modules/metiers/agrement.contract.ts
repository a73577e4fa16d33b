/** Métiers — the assistant familial agrément pipeline of a département: information meetings, applications, legal delays, training. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codeInsee, codePostal, email, libelle, telephone } from '../../zod/fr'
import { texteLibre } from '../accueil/accueil.contract'
import type { Role } from '../organisations/roles'
import {
  agrementDecisions,
  agrementDocumentKeys,
  agrementStages,
  agrementStepKinds,
  CHILDREN_MAX,
} from './agrement-rules'

/**
 * The PMI's agents instruct the files: they see personal data (second factor). The decision, the
 * extension of the delay and the withdrawal are the président du conseil départemental's, signed by
 * delegation: the direction only.
 */
export const agrementAgentRoles: readonly Role[] = ['travailleur_social', 'direction', 'administrateur']
export const agrementDeciderRoles: readonly Role[] = ['direction']

export const agrementPages = {
  /** Back office. */
  pipeline: () => '/agrement',
  application: (id: string) => `/agrement/dossiers/${id}`,
  meetings: () => '/agrement/reunions',
  /** Portal. */
  publicPage: () => '/metiers/assistant-familial',
  candidateSpace: () => '/metiers/compte/agrement',
}

const instant = z.iso.datetime({ offset: true })
const day = (label: string) => z.iso.date({ message: `${label} : date au format AAAA-MM-JJ.` })
const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const stage = z.enum(agrementStages, { message: 'Étape inconnue.' })
const outcome = z.enum(['agrement', 'refus', 'retrait', 'agrement_tacite', 'refus_tacite'])
const meetingMode = z.enum(['presentiel', 'visio'], { message: 'Choisissez « sur place » ou « en visio ».' })
const count = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label} : un nombre est attendu.` })
    .int({ message: `${label} : un nombre entier est attendu.` })
    .min(min, { message: `${label} : ${min} au moins.` })
    .max(max, { message: `${label} : ${max} au plus.` })

// ---------------------------------------------------------------- public: information meetings

export const publicMeetingView = z.object({
  id: z.uuid(),
  departement: z.string(),
  startsAt: instant,
  durationMinutes: z.number().int(),
  mode: meetingMode,
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  placesLeft: z.number().int(),
})
export type PublicMeetingView = z.output<typeof publicMeetingView>

export const registerBody = z
  .strictObject({
    firstName: libelle(100),
    lastName: libelle(100),
    email,
    phone: telephone.optional(),
    postcode: codePostal,
    commune: libelle(100),
    consent: z.boolean(),
  })
  .refine((b) => b.consent, {
    message: 'Acceptez que le Département traite vos données pour vous inscrire.',
    path: ['consent'],
  })
export type RegisterBody = z.input<typeof registerBody>

export const registrationView = z.object({
  meeting: publicMeetingView,
  /** Already registered to this meeting with this address: nothing was added. */
  alreadyRegistered: z.boolean(),
})
export type RegistrationView = z.output<typeof registrationView>

// ---------------------------------------------------------------- the candidate's own files

const legalDelayView = z.object({
  startedOn: z.string(),
  dueOn: z.string(),
  extended: z.boolean(),
  daysLeft: z.number().int().nullable(),
  lapsed: z.boolean(),
  silenceMeans: z.enum(['agrement_tacite', 'refus_tacite']),
  tacitOn: z.string(),
})

const trainingView = z.object({
  preparatoryDone: z.number().int(),
  preparatoryRequired: z.number().int(),
  deafDone: z.number().int(),
  deafRequired: z.number().int(),
  deafDueOn: z.string().nullable(),
  placedTooEarly: z.boolean(),
})

const historyKind = z.enum([
  ...agrementStepKinds,
  'prolongation',
  'decision',
  'agrement_tacite',
  'refus_tacite',
])

export const candidateFileView = z.object({
  id: z.uuid(),
  departement: z.string(),
  stage,
  nextStage: stage.nullable(),
  /** Steps done, oldest first (agents' notes are not shown). */
  steps: z.array(z.object({ kind: historyKind, on: z.string(), decision: outcome.nullable() })),
  meetings: z.array(
    z.object({ startsAt: instant, mode: meetingMode, commune: z.string(), visioUrl: z.string().nullable() }),
  ),
  legalDelay: legalDelayView.nullable(),
  decision: outcome.nullable(),
  decisionOn: z.string().nullable(),
  approvedChildren: z.number().int().nullable(),
  approvedAgeMin: z.number().int().nullable(),
  approvedAgeMax: z.number().int().nullable(),
  validUntil: z.string().nullable(),
  training: trainingView,
})
export type CandidateFileView = z.output<typeof candidateFileView>

// ---------------------------------------------------------------- agents: the pipeline

export const pipelineCardView = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  commune: z.string(),
  stage,
  decision: outcome.nullable(),
  decisionDueOn: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  /** Pending after the due date: the silence has taken effect. */
  lapsed: z.boolean(),
  /** Pending and due within 30 days. */
  dueSoon: z.boolean(),
  extended: z.boolean(),
})
export type AgrementCardView = z.output<typeof pipelineCardView>

export const agrementPipelineView = z.object({
  /** One column per stage, in order, even empty; late and closest due first. */
  columns: z.array(z.object({ stage, applications: z.array(pipelineCardView) })),
})
export type AgrementPipelineView = z.output<typeof agrementPipelineView>

const householdMember = z.strictObject({
  relation: libelle(60),
  birthYear: count('Année de naissance', 1900, 2100),
})

/** What an agent writes about the candidate and their home. */
export const applicationFields = z.strictObject({
  firstName: libelle(100),
  lastName: libelle(100),
  birthDate: day('Date de naissance').nullable().default(null),
  email,
  phone: telephone.nullable().default(null),
  address: texteLibre(300).default(''),
  postcode: codePostal,
  commune: libelle(100),
  communeInsee: codeInsee.nullable().default(null),
  household: z.array(householdMember).max(20, { message: 'Foyer : 20 personnes au plus.' }).default([]),
  housingType: z
    .enum(['maison', 'appartement', 'autre'], { message: 'Type de logement inconnu.' })
    .nullable()
    .default(null),
  housingRooms: count('Nombre de pièces', 1, 30).nullable().default(null),
  housingSpareRooms: count('Chambres disponibles', 0, 20).nullable().default(null),
  currentJob: texteLibre(200).default(''),
  motivation: texteLibre(4000).default(''),
  childrenWished: count('Nombre d’enfants souhaité', 1, CHILDREN_MAX).nullable().default(null),
  agesWishedMin: count('Âge minimum souhaité', 0, 21).nullable().default(null),
  agesWishedMax: count('Âge maximum souhaité', 0, 21).nullable().default(null),
})
export type ApplicationFieldsInput = z.input<typeof applicationFields>
const checkAges = <T extends { agesWishedMin: number | null; agesWishedMax: number | null }>(b: T) =>
  b.agesWishedMin === null || b.agesWishedMax === null || b.agesWishedMin <= b.agesWishedMax
const agesMessage = { message: 'Âge minimum souhaité : il dépasse l’âge maximum.', path: ['agesWishedMin'] }

export const createApplicationBody = applicationFields.refine(checkAges, agesMessage)
export const updateApplicationBody = applicationFields.refine(checkAges, agesMessage)

export const documentsBody = z.strictObject({
  documents: z.partialRecord(
    z.enum(agrementDocumentKeys, { message: 'Pièce inconnue.' }),
    day('Date de réception').nullable(),
  ),
})

export const stepBody = z.strictObject({
  kind: z.enum(agrementStepKinds, { message: 'Étape inconnue.' }),
  on: day('Date de l’étape'),
  note: texteLibre(2000).default(''),
})

export const extensionBody = z.strictObject({
  on: day('Date de la prolongation'),
  motive: texteLibre(2000).refine((v) => v.length >= 10, {
    message: 'Motif de la prolongation : 10 caractères au moins.',
  }),
})

export const decisionBody = z
  .strictObject({
    kind: z.enum(agrementDecisions, { message: 'Décision inconnue.' }),
    on: day('Date de la décision'),
    motive: texteLibre(4000).default(''),
    children: count('Nombre d’enfants accueillis', 1, CHILDREN_MAX).nullable().default(null),
    ageMin: count('Âge minimum', 0, 21).nullable().default(null),
    ageMax: count('Âge maximum', 0, 21).nullable().default(null),
  })
  .refine((b) => b.kind !== 'agrement' || b.children !== null, {
    message: 'Nombre d’enfants accueillis : obligatoire pour un agrément.',
    path: ['children'],
  })
  .refine((b) => b.kind === 'agrement' || b.motive.length >= 10, {
    message: 'Motif : un refus ou un retrait est motivé (10 caractères au moins).',
    path: ['motive'],
  })
  .refine((b) => b.ageMin === null || b.ageMax === null || b.ageMin <= b.ageMax, {
    message: 'Âge minimum : il dépasse l’âge maximum.',
    path: ['ageMin'],
  })

export const trainingBody = z.strictObject({
  phase: z.enum(['preparatoire', 'deaf'], { message: 'Formation inconnue.' }),
  title: libelle(200),
  on: day('Date de la formation'),
  hours: count('Heures', 1, 240),
})

export const historyEntryView = z.object({
  id: z.uuid(),
  kind: historyKind,
  on: z.string(),
  note: z.string(),
  decision: outcome.nullable(),
  motive: z.string().nullable(),
  author: z.string().nullable(),
  recordedAt: instant,
})

export const applicationDetailView = applicationFields.extend({
  id: z.uuid(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  communeInsee: z.string().nullable(),
  household: z.array(z.object({ relation: z.string(), birthYear: z.number().int() })),
  housingType: z.enum(['maison', 'appartement', 'autre']).nullable(),
  stage,
  withAccount: z.boolean(),
  documents: z.array(
    z.object({ key: z.enum(agrementDocumentKeys), required: z.boolean(), receivedOn: z.string().nullable() }),
  ),
  missingDocuments: z.array(z.enum(agrementDocumentKeys)),
  completeOn: z.string().nullable(),
  extendedOn: z.string().nullable(),
  extensionMotive: z.string().nullable(),
  legalDelay: legalDelayView.nullable(),
  decision: outcome.nullable(),
  decisionOn: z.string().nullable(),
  decisionMotive: z.string().nullable(),
  approvedChildren: z.number().int().nullable(),
  approvedAgeMin: z.number().int().nullable(),
  approvedAgeMax: z.number().int().nullable(),
  validUntil: z.string().nullable(),
  firstPlacementOn: z.string().nullable(),
  training: trainingView,
  trainingSessions: z.array(
    z.object({
      id: z.uuid(),
      phase: z.enum(['preparatoire', 'deaf']),
      title: z.string(),
      on: z.string(),
      hours: z.number().int(),
    }),
  ),
  history: z.array(historyEntryView),
  /** What this agent may do now. */
  abilities: z.object({
    decide: z.boolean(),
    extend: z.boolean(),
    withdraw: z.boolean(),
    letter: z.boolean(),
  }),
  createdAt: instant,
})
export type AgrementApplicationDetailView = z.output<typeof applicationDetailView>

// ---------------------------------------------------------------- agents: information meetings

export const meetingBody = z
  .strictObject({
    startsAt: instant.refine((v) => !Number.isNaN(Date.parse(v)), { message: 'Date et heure invalides.' }),
    durationMinutes: count('Durée', 30, 480).default(120),
    mode: meetingMode,
    visioUrl: z.url({ message: 'Lien de la visio invalide.' }).max(500).nullable().default(null),
    address: texteLibre(300).default(''),
    postcode: z.union([codePostal, z.literal('')]).default(''),
    commune: texteLibre(100).default(''),
    capacity: count('Nombre de places', 1, 500),
    notes: texteLibre(2000).default(''),
  })
  .refine((b) => b.mode !== 'visio' || b.visioUrl !== null, {
    message: 'Lien de la visio : obligatoire pour une réunion en visio.',
    path: ['visioUrl'],
  })
  .refine((b) => b.mode !== 'presentiel' || (b.address.length > 0 && b.commune.length > 0), {
    message: 'Adresse : obligatoire pour une réunion sur place.',
    path: ['address'],
  })
export type MeetingBodyInput = z.input<typeof meetingBody>

export const agentMeetingView = publicMeetingView.extend({
  capacity: z.number().int(),
  registered: z.number().int(),
  visioUrl: z.string().nullable(),
  notes: z.string(),
  cancelled: z.boolean(),
})
export type AgentMeetingView = z.output<typeof agentMeetingView>

export const meetingDetailView = agentMeetingView.extend({
  registrations: z.array(
    z.object({
      id: z.uuid(),
      applicationId: z.uuid(),
      firstName: z.string(),
      lastName: z.string(),
      commune: z.string(),
      state: z.enum(['inscrit', 'annule']),
      attended: z.boolean().nullable(),
    }),
  ),
})
export type MeetingDetailView = z.output<typeof meetingDetailView>

export const attendanceBody = z.strictObject({
  registrationId: z.uuid({ message: 'Inscription inconnue.' }),
  attended: z.boolean({ message: 'Présence : oui ou non.' }),
})

const ok = z.object({ ok: z.literal(true) })
const agents = { kind: 'member', roles: agrementAgentRoles } as const

export const metiersAgrementContract = {
  publicMeetings: defineRoute({
    method: 'GET',
    path: '/api/metiers/agrement/reunions',
    summary: 'Prochaines réunions d’information sur le métier d’assistant familial',
    access: { kind: 'public' },
    response: z.array(publicMeetingView),
  }),
  register: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/reunions/:id/inscriptions',
    summary: 'S’inscrire à une réunion d’information (ouvre une demande d’agrément)',
    access: { kind: 'public' },
    params: id,
    body: registerBody,
    response: registrationView,
    status: 201,
    rateLimitPerMinute: 20,
  }),
  myFiles: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/agrement',
    summary: 'Où en est ma demande d’agrément d’assistant familial',
    access: { kind: 'signedIn' },
    response: z.array(candidateFileView),
  }),
  pipeline: defineRoute({
    method: 'GET',
    path: '/api/metiers/agrement/dossiers',
    summary: 'Les demandes d’agrément par étape, les retards d’abord',
    access: agents,
    response: agrementPipelineView,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/dossiers',
    summary: 'Ouvrir une demande d’agrément (courrier, téléphone, accueil)',
    access: agents,
    body: createApplicationBody,
    response: z.object({ id: z.uuid() }),
    status: 201,
  }),
  detail: defineRoute({
    method: 'GET',
    path: '/api/metiers/agrement/dossiers/:id',
    summary: 'Le dossier d’une demande d’agrément',
    access: agents,
    params: id,
    response: applicationDetailView,
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/metiers/agrement/dossiers/:id',
    summary: 'Modifier l’identité, le foyer, le logement et le projet',
    access: agents,
    params: id,
    body: updateApplicationBody,
    response: ok,
  }),
  documents: defineRoute({
    method: 'PUT',
    path: '/api/metiers/agrement/dossiers/:id/pieces',
    summary: 'Pièces du dossier reçues',
    access: agents,
    params: id,
    body: documentsBody,
    response: ok,
  }),
  recordStep: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/dossiers/:id/etapes',
    summary: 'Enregistrer une étape datée (dépôt, dossier complet, visite, entretien, commission…)',
    access: agents,
    params: id,
    body: stepBody,
    response: ok,
    status: 201,
  }),
  extend: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/dossiers/:id/prolongation',
    summary: 'Prolonger de 2 mois le délai de décision, par décision motivée (une fois)',
    access: { kind: 'member', roles: agrementDeciderRoles },
    params: id,
    body: extensionBody,
    response: ok,
    status: 201,
  }),
  decide: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/dossiers/:id/decision',
    summary: 'Décider : agrément (enfants et âges), refus motivé ou retrait',
    access: { kind: 'member', roles: agrementDeciderRoles },
    params: id,
    body: decisionBody,
    response: ok,
    status: 201,
  }),
  addTraining: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/dossiers/:id/formation',
    summary: 'Enregistrer des heures de formation',
    access: agents,
    params: id,
    body: trainingBody,
    response: ok,
    status: 201,
  }),
  decisionLetter: defineRoute({
    method: 'GET',
    path: '/api/metiers/agrement/dossiers/:id/decision.pdf',
    summary: 'Le courrier de la décision (PDF)',
    access: agents,
    params: id,
    response: z.any(),
    raw: true,
  }),
  meetings: defineRoute({
    method: 'GET',
    path: '/api/metiers/agrement/seances',
    summary: 'Les réunions d’information du département',
    access: agents,
    response: z.array(agentMeetingView),
  }),
  createMeeting: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/seances',
    summary: 'Programmer une réunion d’information',
    access: agents,
    body: meetingBody,
    response: z.object({ id: z.uuid() }),
    status: 201,
  }),
  meeting: defineRoute({
    method: 'GET',
    path: '/api/metiers/agrement/seances/:id',
    summary: 'Une réunion d’information et ses inscrits',
    access: agents,
    params: id,
    response: meetingDetailView,
  }),
  attendance: defineRoute({
    method: 'POST',
    path: '/api/metiers/agrement/seances/:id/presences',
    summary: 'Noter la présence d’un inscrit (l’étape « réunion d’information » est enregistrée)',
    access: agents,
    params: id,
    body: attendanceBody,
    response: ok,
  }),
}
