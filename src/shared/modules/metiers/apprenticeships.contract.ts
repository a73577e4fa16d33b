/** Métiers — apprenticeship matching: employers' seats, candidates' requests, ranked matches both ways, contact requests and conversations. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codePostal, libelle } from '../../zod/fr'
import { texteLibre } from '../accueil/accueil.contract'
import type { Role } from '../organisations/roles'
import {
  contactOutcomes,
  contactStates,
  requestStates,
  seatStates,
  travelModes,
} from './apprenticeships-rules'

/** Who publishes an employer's apprenticeship seats and answers candidates. */
export const apprenticeshipRecruiterRoles: readonly Role[] = ['recruteur', 'administrateur']
const RECRUITERS = { kind: 'member', roles: apprenticeshipRecruiterRoles } as const
const CANDIDATE = { kind: 'signedIn' } as const

/** Pages the e-mails link to. */
export const apprenticeshipPages = {
  portal: () => '/metiers/apprentissage',
  candidate: () => '/metiers/compte/apprentissage',
  candidateContact: (contactId: string) => `/metiers/compte/apprentissage/contacts/${contactId}`,
  seats: () => '/recrutement/apprentissage',
  seat: (seatId: string) => `/recrutement/apprentissage/${seatId}`,
  employerContact: (contactId: string) => `/recrutement/apprentissage/contacts/${contactId}`,
}

const uuid = z.uuid({ message: 'Identifiant invalide.' })
const id = z.strictObject({ id: uuid })
const instant = z.iso.datetime({ offset: true })
/** A month, `AAAA-MM`. */
export const month = z
  .string({ message: 'Mois au format AAAA-MM.' })
  .trim()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: 'Mois au format AAAA-MM (ex. 2026-09).' })
const distinct = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { message: `${what} en double.` })

// ---------------------------------------------------------------------------- seats (employers)

export const seatBody = z.strictObject({
  jobId: uuid,
  title: libelle(160),
  description: texteLibre(4000).default(''),
  address: texteLibre(300).default(''),
  postcode: codePostal,
  commune: libelle(120),
  startMonth: month,
  durationMonths: z
    .number({ message: 'Durée en mois.' })
    .int({ message: 'Durée en mois entiers.' })
    .min(6, { message: 'Un contrat d’apprentissage dure 6 mois au moins.' })
    .max(36, { message: 'Un contrat d’apprentissage dure 36 mois au plus.' }),
  diploma: libelle(200),
  trainingCentreIds: distinct(uuid, 'Centre de formation')
    .max(30, { message: '30 centres au plus.' })
    .default([]),
  tutorName: libelle(120),
  tutorJob: libelle(120),
  seats: z
    .number({ message: 'Nombre de places.' })
    .int({ message: 'Un nombre entier de places.' })
    .min(1, { message: 'Une place au moins.' })
    .max(50, { message: '50 places au plus.' }),
})
export type SeatBody = z.input<typeof seatBody>

export const seatStateBody = z.strictObject({
  state: z.enum(seatStates, { message: 'État inconnu (brouillon, publiee, pourvue, retiree).' }),
})

const centreView = z.object({ id: z.uuid(), name: z.string(), commune: z.string() })
export type TrainingCentreOption = z.output<typeof centreView>

/** A seat as the public sees it (no personal data: the tutor's job, not their name). */
export const publicSeatView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  job: z.object({ id: z.uuid(), title: z.string(), slug: z.string() }),
  employerName: z.string(),
  commune: z.string(),
  postcode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  startMonth: z.string(),
  durationMonths: z.number().int(),
  diploma: z.string(),
  tutorJob: z.string(),
  seats: z.number().int(),
  trainingCentres: z.array(centreView),
  state: z.enum(seatStates),
  /** Kilometres from the place searched, when one was given. */
  distanceKm: z.number().nullable(),
})
export type PublicSeatView = z.output<typeof publicSeatView>

export const publicSeatsQuery = z.strictObject({
  /** A commune, its postcode or both. */
  lieu: z.string().trim().max(120, { message: '120 caractères au plus.' }).optional(),
  rayon: z.coerce
    .number({ message: 'Rayon en km.' })
    .int({ message: 'Rayon en km entiers.' })
    .min(1, { message: '1 km au moins.' })
    .max(200, { message: '200 km au plus.' })
    .default(30),
  /** A fiche's slug. */
  fiche: z
    .string()
    .trim()
    .max(80, { message: '80 caractères au plus.' })
    .regex(/^[a-z0-9-]*$/, { message: 'Métier inconnu.' })
    .optional(),
})

export const publicSeatsView = z.object({
  place: z.object({ name: z.string(), latitude: z.number(), longitude: z.number() }).nullable(),
  total: z.number().int(),
  seats: z.array(publicSeatView),
})
export type PublicSeatsView = z.output<typeof publicSeatsView>

export const optionsView = z.object({
  jobs: z.array(z.object({ id: z.uuid(), title: z.string(), slug: z.string(), codeRome: z.string() })),
  trainingCentres: z.array(centreView),
})
export type ApprenticeshipOptionsView = z.output<typeof optionsView>

/** A request as an employer sees it before a contact is accepted: no identity. */
export const anonymousRequestView = z.object({
  id: z.uuid(),
  /** The first name's initial only. */
  initial: z.string(),
  commune: z.string(),
  jobs: z.array(z.string()),
  startMonth: z.string(),
  mobility: z.string(),
  trainingCentre: z.string().nullable(),
  presentation: z.string(),
})
export type AnonymousRequestView = z.output<typeof anonymousRequestView>

export const matchExplanation = z.object({
  score: z.number().int(),
  distanceKm: z.number(),
  /** Plain French, one sentence per criterion. */
  reasons: z.array(z.string()),
})

const contactSummary = z.object({
  id: z.uuid(),
  state: z.enum(contactStates),
  initiatedBy: z.enum(['candidat', 'employeur']),
  outcome: z.enum(contactOutcomes).nullable(),
  createdAt: instant,
  updatedAt: instant,
})
export type ContactSummary = z.output<typeof contactSummary>

export const seatMatchView = matchExplanation.extend({
  request: anonymousRequestView,
  contact: contactSummary.nullable(),
})
export type SeatMatchView = z.output<typeof seatMatchView>

export const employerSeatView = publicSeatView.extend({
  jobId: z.uuid(),
  address: z.string(),
  tutorName: z.string(),
  trainingCentreIds: z.array(z.uuid()),
  publishedAt: instant.nullable(),
  updatedAt: instant,
  /** Said when the address could not be located exactly. */
  locationWarning: z.string().nullable(),
})
export type EmployerSeatView = z.output<typeof employerSeatView>

export const employerSeatDetailView = z.object({
  seat: employerSeatView,
  /** The 20 best requests for this seat, best first. */
  matches: z.array(seatMatchView),
  /** Contacts on this seat, newest first (with the candidate's name once accepted). */
  contacts: z.array(
    contactSummary.extend({ request: anonymousRequestView, candidateName: z.string().nullable() }),
  ),
})
export type EmployerSeatDetailView = z.output<typeof employerSeatDetailView>

export const employerSeatsView = z.array(
  employerSeatView.extend({
    matches: z.number().int(),
    /** Contact requests waiting for the employer's answer. */
    waiting: z.number().int(),
  }),
)
export type EmployerSeatsView = z.output<typeof employerSeatsView>

// ---------------------------------------------------------------------------- requests (candidates)

export const requestBody = z
  .strictObject({
    jobIds: distinct(uuid, 'Métier')
      .min(1, { message: 'Choisissez au moins un métier.' })
      .max(3, { message: 'Trois métiers au plus.' }),
    postcode: codePostal,
    commune: libelle(120),
    /** Mobility as a distance… */
    mobilityKm: z
      .number({ message: 'Distance en km.' })
      .int({ message: 'Distance en km entiers.' })
      .min(1, { message: '1 km au moins.' })
      .max(150, { message: '150 km au plus.' })
      .nullable()
      .default(null),
    /** …or as a time with a travel mode. */
    mobilityMinutes: z
      .number({ message: 'Durée en minutes.' })
      .int({ message: 'Durée en minutes entières.' })
      .min(5, { message: '5 minutes au moins.' })
      .max(120, { message: '120 minutes au plus.' })
      .nullable()
      .default(null),
    travelMode: z.enum(travelModes, { message: 'Moyen de transport inconnu.' }).nullable().default(null),
    startMonth: month,
    trainingCentreId: uuid.nullable().default(null),
    presentation: texteLibre(1500).default(''),
  })
  .refine((b) => (b.mobilityKm === null) !== (b.mobilityMinutes === null), {
    message: 'Dites jusqu’où vous pouvez aller : en kilomètres, ou en minutes avec un moyen de transport.',
    path: ['mobilityKm'],
  })
  .refine((b) => b.mobilityMinutes === null || b.travelMode !== null, {
    message: 'Choisissez le moyen de transport pour le temps de trajet.',
    path: ['travelMode'],
  })
export type RequestBody = z.input<typeof requestBody>

export const requestStateBody = z.strictObject({
  state: z.enum(requestStates, { message: 'État inconnu (active, en_pause, close).' }),
})

export const myRequestView = z.object({
  id: z.uuid(),
  jobIds: z.array(z.uuid()),
  jobs: z.array(z.string()),
  postcode: z.string(),
  commune: z.string(),
  mobilityKm: z.number().int().nullable(),
  mobilityMinutes: z.number().int().nullable(),
  travelMode: z.enum(travelModes).nullable(),
  mobility: z.string(),
  startMonth: z.string(),
  trainingCentreId: z.uuid().nullable(),
  trainingCentre: z.string().nullable(),
  presentation: z.string(),
  state: z.enum(requestStates),
  locationWarning: z.string().nullable(),
  updatedAt: instant,
})
export type MyRequestView = z.output<typeof myRequestView>

export const requestMatchView = matchExplanation.extend({
  seat: publicSeatView,
  contact: contactSummary.nullable(),
})
export type RequestMatchView = z.output<typeof requestMatchView>

export const candidateSpaceView = z.object({
  request: myRequestView.nullable(),
  /** The 20 best seats for my request, best first (none while paused or closed). */
  matches: z.array(requestMatchView),
  contacts: z.array(contactSummary.extend({ seat: publicSeatView })),
})
export type CandidateSpaceView = z.output<typeof candidateSpaceView>

// ---------------------------------------------------------------------------- contacts and conversations

export const contactRequestBody = z.strictObject({
  /** A first word to the other side, sent with the request. */
  message: texteLibre(2000, 1),
})

export const employerContactBody = contactRequestBody.extend({ requestId: uuid })

export const answerBody = z.strictObject({ accept: z.boolean({ message: 'Acceptez ou refusez.' }) })

export const messageBody = z.strictObject({ body: texteLibre(4000, 1) })

export const outcomeBody = z.strictObject({
  outcome: z.enum(contactOutcomes, { message: 'Issue inconnue (contrat_signe, sans_suite).' }),
})

export const messageView = z.object({
  id: z.uuid(),
  side: z.enum(['candidat', 'employeur']),
  /** This message was written by the side reading. */
  mine: z.boolean(),
  body: z.string(),
  createdAt: instant,
})

export const conversationView = contactSummary.extend({
  seat: publicSeatView,
  request: anonymousRequestView,
  /** The candidate's identity, for the employer once the contact is accepted. */
  candidate: z
    .object({ firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string().nullable() })
    .nullable(),
  /** Empty until accepted, apart from the first word sent with the request. */
  messages: z.array(messageView),
  /** The side reading must answer the request. */
  canAnswer: z.boolean(),
  canWrite: z.boolean(),
  /** The employer may record the outcome. */
  canClose: z.boolean(),
})
export type ConversationView = z.output<typeof conversationView>

export const metiersApprenticeshipsContract = {
  publicSeats: defineRoute({
    method: 'GET',
    path: '/api/metiers/apprentissage/places',
    summary: 'Places d’apprentissage publiées, près d’un lieu et pour un métier (sans donnée personnelle)',
    access: { kind: 'public' },
    query: publicSeatsQuery,
    response: publicSeatsView,
  }),
  publicSeat: defineRoute({
    method: 'GET',
    path: '/api/metiers/apprentissage/places/:id',
    summary: 'Une place d’apprentissage publiée',
    access: { kind: 'public' },
    params: id,
    response: publicSeatView,
  }),
  options: defineRoute({
    method: 'GET',
    path: '/api/metiers/apprentissage/choix',
    summary: 'Métiers et centres de formation à proposer dans les formulaires',
    access: { kind: 'public' },
    response: optionsView,
  }),

  employerSeats: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/apprentissage',
    summary:
      'Mes places d’apprentissage, avec les candidatures possibles et les demandes de contact en attente',
    access: RECRUITERS,
    response: employerSeatsView,
  }),
  createSeat: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/apprentissage',
    summary: 'Créer une place d’apprentissage (brouillon)',
    access: RECRUITERS,
    body: seatBody,
    response: employerSeatView,
    status: 201,
  }),
  employerSeat: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/apprentissage/:id',
    summary: 'Une place : les 20 demandes qui lui correspondent le mieux (sans identité) et les contacts',
    access: RECRUITERS,
    params: id,
    response: employerSeatDetailView,
  }),
  updateSeat: defineRoute({
    method: 'PUT',
    path: '/api/metiers/recrutement/apprentissage/:id',
    summary: 'Modifier une place d’apprentissage',
    access: RECRUITERS,
    params: id,
    body: seatBody,
    response: employerSeatDetailView,
  }),
  changeSeatState: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/apprentissage/:id/etat',
    summary: 'Publier, dire pourvue ou retirer une place',
    access: RECRUITERS,
    params: id,
    body: seatStateBody,
    response: employerSeatDetailView,
  }),
  employerContact: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/apprentissage/:id/contacts',
    summary: 'Proposer un contact à une demande qui correspond à la place',
    access: RECRUITERS,
    params: id,
    body: employerContactBody,
    response: conversationView,
    status: 201,
  }),
  employerConversation: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/apprentissage/contacts/:id',
    summary: 'Un contact et sa conversation (identité de la personne une fois le contact accepté)',
    access: RECRUITERS,
    params: id,
    response: conversationView,
  }),
  employerAnswer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/apprentissage/contacts/:id/reponse',
    summary: 'Accepter ou refuser la demande de contact d’une personne',
    access: RECRUITERS,
    params: id,
    body: answerBody,
    response: conversationView,
  }),
  employerMessage: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/apprentissage/contacts/:id/messages',
    summary: 'Écrire à la personne (contact accepté)',
    access: RECRUITERS,
    params: id,
    body: messageBody,
    response: conversationView,
    status: 201,
  }),
  employerOutcome: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/apprentissage/contacts/:id/issue',
    summary: 'Clore un contact : contrat signé ou sans suite',
    access: RECRUITERS,
    params: id,
    body: outcomeBody,
    response: conversationView,
  }),

  mySpace: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/apprentissage',
    summary: 'Ma demande d’apprentissage, les places qui lui correspondent et mes contacts',
    access: CANDIDATE,
    response: candidateSpaceView,
  }),
  saveRequest: defineRoute({
    method: 'PUT',
    path: '/api/metiers/compte/apprentissage',
    summary: 'Publier ou modifier ma demande d’apprentissage',
    access: CANDIDATE,
    body: requestBody,
    response: candidateSpaceView,
  }),
  changeRequestState: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/apprentissage/etat',
    summary: 'Mettre en pause, clore ou réactiver ma demande',
    access: CANDIDATE,
    body: requestStateBody,
    response: candidateSpaceView,
  }),
  candidateContact: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/apprentissage/places/:id/contact',
    summary: 'Demander un contact à l’employeur d’une place qui correspond à ma demande',
    access: CANDIDATE,
    params: id,
    body: contactRequestBody,
    response: conversationView,
    status: 201,
  }),
  candidateConversation: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/apprentissage/contacts/:id',
    summary: 'Un de mes contacts et sa conversation',
    access: CANDIDATE,
    params: id,
    response: conversationView,
  }),
  candidateAnswer: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/apprentissage/contacts/:id/reponse',
    summary:
      'Accepter ou refuser la demande de contact d’un employeur (accepter lui donne mon nom et mon adresse)',
    access: CANDIDATE,
    params: id,
    body: answerBody,
    response: conversationView,
  }),
  candidateMessage: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/apprentissage/contacts/:id/messages',
    summary: 'Écrire à l’employeur (contact accepté)',
    access: CANDIDATE,
    params: id,
    body: messageBody,
    response: conversationView,
    status: 201,
  }),
}
