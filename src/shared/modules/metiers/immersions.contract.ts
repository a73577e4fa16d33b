/** Métiers — discovery immersions: employers' offers, candidates' requests, acceptance, PMSMP-style convention and outcome. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codePostal, libelle, telephone } from '../../zod/fr'
import { texteLibre } from '../accueil/accueil.contract'
import type { Role } from '../organisations/roles'
import {
  IMMERSION_MAX_CAPACITY,
  IMMERSION_MAX_DAYS,
  immersionObjectives,
  immersionOutcomes,
  immersionRadii,
  immersionStates,
  prescriberTypes,
} from './immersions.constants'

/** Who offers immersions and answers the requests in an employer organisation. */
export const immersionHostRoles: readonly Role[] = ['recruteur', 'administrateur']
const HOSTS = { kind: 'member', roles: immersionHostRoles } as const
const SIGNED_IN = { kind: 'signedIn' } as const

const id = z.strictObject({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })
const objective = z.enum(immersionObjectives, { message: 'Choisissez l’objectif de l’immersion.' })
const state = z.enum(immersionStates, { message: 'État inconnu.' })
const outcome = z.enum(immersionOutcomes, { message: 'Choisissez la suite donnée à l’immersion.' })

// ---------------------------------------------------------------- employers' offers

const offerFields = {
  jobId: z.uuid({ message: 'Choisissez le métier découvert.' }),
  title: libelle(160),
  /** What the person will see and do. */
  activities: texteLibre(4000, 1),
  /** Vaccinations, driving licence, clothing… */
  conditions: texteLibre(2000),
  schedule: texteLibre(500, 1),
  availableFrom: civilDate,
  availableTo: civilDate,
  capacity: z
    .number({ message: 'Un nombre de personnes.' })
    .int({ message: 'Un nombre entier de personnes.' })
    .min(1, { message: 'Au moins une personne.' })
    .max(IMMERSION_MAX_CAPACITY, { message: `${IMMERSION_MAX_CAPACITY} personnes au plus en même temps.` }),
  maxDays: z
    .number({ message: 'Un nombre de jours.' })
    .int({ message: 'Un nombre entier de jours.' })
    .min(1, { message: 'Au moins un jour.' })
    .max(IMMERSION_MAX_DAYS, { message: `${IMMERSION_MAX_DAYS} jours au plus (un mois).` }),
  tutorName: libelle(120),
  tutorJob: libelle(120),
  address: texteLibre(300),
  postcode: codePostal,
  commune: libelle(120),
}

const windowInOrder = (b: { availableFrom?: string; availableTo?: string }) =>
  !b.availableFrom || !b.availableTo || b.availableFrom <= b.availableTo
const windowMessage = { message: 'La fin des disponibilités doit suivre leur début.', path: ['availableTo'] }

export const immersionOfferBody = z
  .strictObject({
    ...offerFields,
    conditions: offerFields.conditions.default(''),
    maxDays: offerFields.maxDays.default(10),
    address: offerFields.address.default(''),
  })
  .refine(windowInOrder, windowMessage)
export type ImmersionOfferBody = z.input<typeof immersionOfferBody>

export const immersionOfferPatch = z.strictObject(offerFields).partial().refine(windowInOrder, windowMessage)
export type ImmersionOfferPatch = z.input<typeof immersionOfferPatch>

const jobRef = z.object({ id: z.uuid(), title: z.string(), slug: z.string() })

export const immersionOfferView = z.object({
  id: z.uuid(),
  job: jobRef,
  title: z.string(),
  activities: z.string(),
  conditions: z.string(),
  schedule: z.string(),
  availableFrom: z.string(),
  availableTo: z.string(),
  capacity: z.number().int(),
  maxDays: z.number().int(),
  tutorName: z.string(),
  tutorJob: z.string(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  communeInsee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Said when the address could not be located (placed on its commune, or not at all). */
  locationWarning: z.string().nullable(),
  published: z.boolean(),
  publishedAt: instant.nullable(),
  /** Requests waiting for an answer, and people accepted (not yet done). */
  waiting: z.number().int(),
  accepted: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
})
export type ImmersionOfferView = z.output<typeof immersionOfferView>

// ---------------------------------------------------------------- requests, employer side

export const immersionRequestCard = z.object({
  id: z.uuid(),
  offer: z.object({ id: z.uuid(), title: z.string() }),
  firstName: z.string(),
  lastName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  state,
  createdAt: instant,
  /** Accepted, its end passed, no outcome yet. */
  outcomeDue: z.boolean(),
})
export type ImmersionRequestCard = z.output<typeof immersionRequestCard>

export const conventionView = z.object({
  beneficiaryBirthDate: z.string().nullable(),
  beneficiaryAddress: z.string(),
  hostName: z.string(),
  hostSiret: z.string(),
  hostAddress: z.string(),
  hostSignatory: z.string(),
  tutorName: z.string(),
  tutorJob: z.string(),
  tutorContact: z.string(),
  prescriberType: z.enum(prescriberTypes).nullable(),
  prescriberName: z.string(),
  prescriberAdvisor: z.string(),
  prescriberContact: z.string(),
  objective,
  startDate: z.string(),
  endDate: z.string(),
  dailyHours: z.string(),
  weeklyHours: z.number().int().nullable(),
  activities: z.string(),
  skillsObserved: z.string(),
  riskPrevention: z.string(),
  insurance: z.string(),
  signaturePlace: z.string(),
  updatedAt: instant,
})
export type ConventionView = z.output<typeof conventionView>

const fieldIssue = z.object({ field: z.string(), message: z.string() })

export const immersionRequestDetail = immersionRequestCard.extend({
  email: z.string(),
  phone: z.string().nullable(),
  objective,
  message: z.string(),
  refusalReason: z.string().nullable(),
  decidedAt: instant.nullable(),
  outcome: outcome.nullable(),
  assessment: z.string().nullable(),
  outcomeRecordedAt: instant.nullable(),
  offer: z.object({ id: z.uuid(), title: z.string(), capacity: z.number().int(), commune: z.string() }),
  job: jobRef,
  /** Made with a candidate account (false once the account was erased). */
  withAccount: z.boolean(),
  /** Once accepted. */
  convention: conventionView.nullable(),
  /** What the convention still lacks before it can be printed (empty when ready). */
  conventionMissing: z.array(fieldIssue),
  /** Other people accepted on at least one of the same days, and the offer's capacity. */
  sharingDays: z.number().int(),
  canDecide: z.boolean(),
  canRecordOutcome: z.boolean(),
})
export type ImmersionRequestDetail = z.output<typeof immersionRequestDetail>

export const refuseBody = z.strictObject({
  /** Told to the person by e-mail. */
  reason: texteLibre(1000, 1),
})

const siretOrEmpty = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.]/g, ''))
  .refine((v) => v === '' || /^\d{14}$/.test(v), { message: 'Le SIRET compte 14 chiffres.' })

/** The convention's fields; each may be saved alone, the whole is checked before printing. */
export const conventionBody = z
  .strictObject({
    beneficiaryBirthDate: civilDate.nullable(),
    beneficiaryAddress: texteLibre(300),
    hostName: texteLibre(200),
    hostSiret: siretOrEmpty,
    hostAddress: texteLibre(300),
    hostSignatory: texteLibre(200),
    tutorName: texteLibre(120),
    tutorJob: texteLibre(120),
    tutorContact: texteLibre(200),
    prescriberType: z
      .enum(prescriberTypes, { message: 'Type de structure prescriptrice inconnu.' })
      .nullable(),
    prescriberName: texteLibre(200),
    prescriberAdvisor: texteLibre(200),
    prescriberContact: texteLibre(200),
    objective,
    dailyHours: texteLibre(300),
    weeklyHours: z
      .number({ message: 'Un nombre d’heures.' })
      .int({ message: 'Un nombre entier d’heures.' })
      .min(1, { message: 'Au moins une heure.' })
      .max(48, { message: '48 heures par semaine au plus.' })
      .nullable(),
    activities: texteLibre(4000),
    skillsObserved: texteLibre(2000),
    riskPrevention: texteLibre(2000),
    insurance: texteLibre(500),
    signaturePlace: texteLibre(120),
  })
  .partial()
export type ConventionBody = z.input<typeof conventionBody>

export const outcomeBody = z
  .strictObject({
    state: z.enum(['realisee', 'annulee'], { message: 'Dites si l’immersion a eu lieu ou a été annulée.' }),
    outcome: outcome.nullable().default(null),
    assessment: texteLibre(2000).default(''),
  })
  .refine((b) => b.state !== 'realisee' || b.outcome !== null, {
    message: 'Choisissez la suite donnée à l’immersion.',
    path: ['outcome'],
  })
export type OutcomeBody = z.input<typeof outcomeBody>

// ---------------------------------------------------------------- the portal

export const publicImmersionsQuery = z.strictObject({
  /** A fiche's slug. */
  metier: z
    .string()
    .trim()
    .max(120, { message: '120 caractères au plus.' })
    .regex(/^[a-z0-9-]*$/, { message: 'Métier inconnu.' })
    .optional(),
  /** A commune's name, postcode or INSEE code. */
  lieu: z.string().trim().max(120, { message: '120 caractères au plus.' }).optional(),
  rayon: z.coerce
    .number({ message: 'Une distance en kilomètres.' })
    .refine((v) => (immersionRadii as readonly number[]).includes(v), {
      message: `Distance parmi ${immersionRadii.join(', ')} km.`,
    })
    .default(30),
  page: z.coerce.number().int().min(1, { message: 'Page 1 au moins.' }).max(200).default(1),
})

export const publicImmersionCard = z.object({
  id: z.uuid(),
  title: z.string(),
  job: z.object({ title: z.string(), slug: z.string() }),
  employerName: z.string(),
  postcode: z.string(),
  commune: z.string(),
  availableFrom: z.string(),
  availableTo: z.string(),
  capacity: z.number().int(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** From the place searched, when there is one. */
  distanceKm: z.number().nullable(),
})
export type PublicImmersionCard = z.output<typeof publicImmersionCard>

export const publicImmersionsView = z.object({
  items: z.array(publicImmersionCard),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The place understood from `lieu`. */
  place: z
    .object({
      name: z.string(),
      postcode: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    })
    .nullable(),
  radiusKm: z.number().int(),
  /** Jobs with at least one open immersion, for the filter. */
  jobs: z.array(z.object({ title: z.string(), slug: z.string() })),
})
export type PublicImmersionsView = z.output<typeof publicImmersionsView>

const period = z.object({ startDate: z.string(), endDate: z.string() })

export const publicImmersionView = publicImmersionCard.extend({
  activities: z.string(),
  conditions: z.string(),
  schedule: z.string(),
  maxDays: z.number().int(),
  tutorJob: z.string(),
  address: z.string(),
  /** Days already full, which cannot be asked. */
  fullPeriods: z.array(period),
  /** The first day a request may start (tomorrow in Paris, or the offer's first day). */
  firstDay: z.string(),
})
export type PublicImmersionView = z.output<typeof publicImmersionView>

export const immersionRequestBody = z
  .strictObject({
    firstName: libelle(100),
    lastName: libelle(100),
    phone: telephone.optional(),
    objective,
    startDate: civilDate,
    endDate: civilDate,
    message: texteLibre(2000).default(''),
    /** Consent to the processing of the request's data by the host (required). */
    consent: z.boolean(),
  })
  .refine((b) => b.consent, {
    message: 'Acceptez la transmission de votre demande à la structure d’accueil pour l’envoyer.',
    path: ['consent'],
  })
  .refine((b) => b.startDate <= b.endDate, {
    message: 'Le dernier jour doit suivre le premier.',
    path: ['endDate'],
  })
export type ImmersionRequestBody = z.input<typeof immersionRequestBody>

export const myImmersionView = z.object({
  id: z.uuid(),
  offerId: z.uuid(),
  title: z.string(),
  job: z.object({ title: z.string(), slug: z.string() }),
  employerName: z.string(),
  commune: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  state,
  refusalReason: z.string().nullable(),
  outcome: outcome.nullable(),
  createdAt: instant,
  /** The convention can be downloaded. */
  conventionReady: z.boolean(),
  canCancel: z.boolean(),
})
export type MyImmersionView = z.output<typeof myImmersionView>

// ---------------------------------------------------------------- routes

export const metiersImmersionsContract = {
  listOffers: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/immersions',
    summary:
      'Les offres d’immersion de mon organisation, avec les demandes en attente et les personnes accueillies',
    access: HOSTS,
    response: z.array(immersionOfferView),
  }),
  createOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/immersions',
    summary: 'Proposer une immersion (non publiée) : métier, lieu géocodé, dates, capacité, tuteur',
    access: HOSTS,
    body: immersionOfferBody,
    response: immersionOfferView,
    status: 201,
  }),
  getOffer: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/immersions/:id',
    summary: 'Une offre d’immersion de mon organisation',
    access: HOSTS,
    params: id,
    response: immersionOfferView,
  }),
  updateOffer: defineRoute({
    method: 'PATCH',
    path: '/api/metiers/recrutement/immersions/:id',
    summary: 'Modifier une offre d’immersion (la capacité ne descend pas sous les personnes déjà acceptées)',
    access: HOSTS,
    params: id,
    body: immersionOfferPatch,
    response: immersionOfferView,
  }),
  publishOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/immersions/:id/publication',
    summary: 'Publier ou retirer une offre d’immersion',
    access: HOSTS,
    params: id,
    body: z.strictObject({ published: z.boolean({ message: 'Publiée ou non.' }) }),
    response: immersionOfferView,
  }),
  listRequests: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/demandes-immersion',
    summary: 'Les demandes d’immersion reçues, filtrées par état ou par offre',
    access: HOSTS,
    query: z.strictObject({
      state: state.optional(),
      offerId: z.uuid({ message: 'Identifiant invalide.' }).optional(),
    }),
    response: z.array(immersionRequestCard),
  }),
  getRequest: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/demandes-immersion/:id',
    summary: 'Une demande d’immersion, sa convention et ce qui y manque (lecture inscrite au journal)',
    access: HOSTS,
    params: id,
    response: immersionRequestDetail,
  }),
  acceptRequest: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/demandes-immersion/:id/accepter',
    summary:
      'Accepter une demande dans la limite de la capacité ; la convention est préparée et la personne prévenue',
    access: HOSTS,
    params: id,
    response: immersionRequestDetail,
  }),
  refuseRequest: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/demandes-immersion/:id/refuser',
    summary: 'Refuser une demande, avec la raison dite à la personne',
    access: HOSTS,
    params: id,
    body: refuseBody,
    response: immersionRequestDetail,
  }),
  saveConvention: defineRoute({
    method: 'PATCH',
    path: '/api/metiers/recrutement/demandes-immersion/:id/convention',
    summary: 'Compléter la convention d’une immersion acceptée',
    access: HOSTS,
    params: id,
    body: conventionBody,
    response: immersionRequestDetail,
  }),
  conventionPdf: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/demandes-immersion/:id/convention.pdf',
    summary: 'La convention à signer (PDF), refusée tant qu’un champ manque',
    access: HOSTS,
    params: id,
    response: z.unknown(),
    raw: true,
  }),
  recordOutcome: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/demandes-immersion/:id/bilan',
    summary: 'Dire si l’immersion a eu lieu (après sa fin) ou a été annulée, sa suite et un court bilan',
    access: HOSTS,
    params: id,
    body: outcomeBody,
    response: immersionRequestDetail,
  }),

  publicList: defineRoute({
    method: 'GET',
    path: '/api/metiers/immersions',
    summary: 'Les immersions ouvertes, par métier et à une distance d’une commune',
    access: { kind: 'public' },
    query: publicImmersionsQuery,
    response: publicImmersionsView,
  }),
  publicOffer: defineRoute({
    method: 'GET',
    path: '/api/metiers/immersions/:id',
    summary: 'Une immersion publiée, avec les jours déjà complets',
    access: { kind: 'public' },
    params: id,
    response: publicImmersionView,
  }),
  request: defineRoute({
    method: 'POST',
    path: '/api/metiers/immersions/:id/demandes',
    summary: 'Demander une immersion (compte candidat) : l’employeur est prévenu',
    access: SIGNED_IN,
    params: id,
    body: immersionRequestBody,
    response: myImmersionView,
    status: 201,
    rateLimitPerMinute: 20,
  }),
  myRequests: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/immersions',
    summary: 'Mes demandes d’immersion et leur état, la plus récente d’abord',
    access: SIGNED_IN,
    response: z.array(myImmersionView),
  }),
  cancelMine: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/immersions/:id/annuler',
    summary: 'Annuler ma demande (en attente, ou acceptée et pas encore commencée)',
    access: SIGNED_IN,
    params: id,
    response: myImmersionView,
  }),
  myConventionPdf: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/immersions/:id/convention.pdf',
    summary: 'La convention de mon immersion acceptée (PDF), une fois complète',
    access: SIGNED_IN,
    params: id,
    response: z.unknown(),
    raw: true,
  }),
}
