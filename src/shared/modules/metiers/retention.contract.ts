/** Métiers — reasons to stay: the Point de chute network, housing near workplaces, childcare with staggered hours, the listening line's callback slots. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import { hoursExceptions, weeklyHours } from '../partenaires/directory.constants'
import { hoursExceptionView, weeklyHoursView } from '../partenaires/directory.contract'
import {
  callbackStates,
  childcareKinds,
  housingAudiences,
  housingKinds,
  listeningManagerRoles,
  livingCategories,
  livingKinds,
  pointDeChuteFacilities,
  pointDeChuteKinds,
  pointDeChuteWorkerPath,
  retentionEditorRoles,
  staggeredKinds,
} from './retention.constants'

const instant = z.iso.datetime({ offset: true })
const idParams = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const organisationParams = z.object({ organisationId: z.uuid({ message: 'Organisation invalide.' }) })
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    .default('')
const optionalPhone = z.union([z.literal(''), telephone]).default('')
const optionalEmail = z.union([z.literal(''), email]).default('')

const placeFields = {
  name: libelle(160),
  /** The street address (« 2 place de la Mairie »); may be empty, the place then sits on its commune. */
  address: optionalText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^(?:\d{5})?$/, { message: 'Le code postal compte 5 chiffres.' })
    .default(''),
  commune: libelle(120),
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  published: z.boolean({ message: 'Oui ou non.' }).default(false),
}

const placeView = {
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  communeInsee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  organisationName: z.string(),
  updatedAt: instant,
}

// —— Point de chute ——

export const savePointDeChuteBody = z.strictObject({
  ...placeFields,
  kind: z.enum(pointDeChuteKinds, { message: 'Type de lieu inconnu.' }),
  openingHours: weeklyHours.default({}),
  hoursExceptions: hoursExceptions.default([]),
  /** Where to go and whom to ask: public. */
  accessInstructions: optionalText(1000),
  /** Door or key-box code: shown to signed-in professionals only, never on the public page. */
  accessCode: optionalText(60),
  facilities: z
    .array(z.enum(pointDeChuteFacilities, { message: 'Équipement inconnu.' }))
    .max(pointDeChuteFacilities.length)
    .refine((f) => new Set(f).size === f.length, { message: 'Un même équipement est choisi deux fois.' })
    .default([]),
  audience: optionalText(300),
})
export type SavePointDeChuteBody = z.input<typeof savePointDeChuteBody>

export const publicPointDeChuteView = z.object({
  ...placeView,
  kind: z.enum(pointDeChuteKinds),
  openingHours: weeklyHoursView,
  hoursExceptions: z.array(hoursExceptionView),
  accessInstructions: z.string(),
  /** True when a code is needed: signed-in professionals ask for it. */
  hasAccessCode: z.boolean(),
  facilities: z.array(z.enum(pointDeChuteFacilities)),
  audience: z.string(),
})
export type PublicPointDeChuteView = z.output<typeof publicPointDeChuteView>

/** The whole public network: the portal keeps it for offline use, with its date. */
export const pointDeChuteNetworkView = z.object({
  places: z.array(publicPointDeChuteView),
  generatedAt: instant,
})
export type PointDeChuteNetworkView = z.output<typeof pointDeChuteNetworkView>

export const editorPointDeChuteView = publicPointDeChuteView.extend({
  accessCode: z.string(),
  published: z.boolean(),
})
export type EditorPointDeChuteView = z.output<typeof editorPointDeChuteView>

export const accessCodeView = z.object({ accessCode: z.string() })

// —— Housing and childcare ——

const euros = (what: string) =>
  z
    .number({ message: `${what} : un nombre d’euros.` })
    .int({ message: 'Un nombre entier d’euros.' })
    .min(0, { message: 'Un montant positif.' })
    .max(5000, { message: '5 000 € au plus.' })
    .nullable()
    .default(null)

const months = z
  .number({ message: 'Un nombre de mois.' })
  .int({ message: 'Un nombre entier de mois.' })
  .min(0, { message: '0 mois au moins.' })
  .max(216, { message: '216 mois (18 ans) au plus.' })
  .nullable()
  .default(null)

export const saveLivingPlaceBody = z
  .strictObject({
    ...placeFields,
    category: z.enum(livingCategories, { message: 'Logement ou garde d’enfants.' }),
    kind: z.enum(livingKinds, { message: 'Type inconnu.' }),
    description: optionalText(2000),
    audiences: z
      .array(z.enum(housingAudiences, { message: 'Public inconnu.' }))
      .max(housingAudiences.length)
      .default([]),
    rentMin: euros('Loyer minimum'),
    rentMax: euros('Loyer maximum'),
    conditions: optionalText(1000),
    openingHours: weeklyHours.default({}),
    ageMinMonths: months,
    ageMaxMonths: months,
    website: z
      .union([z.literal(''), z.url({ message: 'Adresse web invalide (https://…).', protocol: /^https?$/ })])
      .default(''),
  })
  .refine(
    (b) =>
      (b.category === 'logement' ? (housingKinds as readonly string[]) : childcareKinds).includes(b.kind),
    {
      message: 'Ce type ne correspond pas à la catégorie.',
      path: ['kind'],
    },
  )
  .refine((b) => b.rentMin === null || b.rentMax === null || b.rentMin <= b.rentMax, {
    message: 'Le loyer minimum dépasse le loyer maximum.',
    path: ['rentMax'],
  })
  .refine((b) => b.ageMinMonths === null || b.ageMaxMonths === null || b.ageMinMonths <= b.ageMaxMonths, {
    message: 'L’âge minimum dépasse l’âge maximum.',
    path: ['ageMaxMonths'],
  })
export type SaveLivingPlaceBody = z.input<typeof saveLivingPlaceBody>

export const publicLivingPlaceView = z.object({
  ...placeView,
  category: z.enum(livingCategories),
  kind: z.enum(livingKinds),
  description: z.string(),
  audiences: z.array(z.enum(housingAudiences)),
  rentMin: z.number().int().nullable(),
  rentMax: z.number().int().nullable(),
  conditions: z.string(),
  openingHours: weeklyHoursView,
  /** Read from the week: early, late, weekend, night. */
  staggered: z.array(z.enum(staggeredKinds)),
  ageMinMonths: z.number().int().nullable(),
  ageMaxMonths: z.number().int().nullable(),
  website: z.string(),
})
export type PublicLivingPlaceView = z.output<typeof publicLivingPlaceView>

export const editorLivingPlaceView = publicLivingPlaceView.extend({ published: z.boolean() })
export type EditorLivingPlaceView = z.output<typeof editorLivingPlaceView>

export const livingQuery = z.strictObject({
  category: z.enum(livingCategories, { message: 'Logement ou garde d’enfants.' }),
})

// —— Listening line ——

const clockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure au format HH:MM (ex. 09:30).' })

export const saveListeningSlotBody = z
  .strictObject({
    /** 1 Monday … 7 Sunday. */
    weekday: z
      .number({ message: 'Un jour de la semaine.' })
      .int({ message: 'Un jour de la semaine.' })
      .min(1, { message: 'Un jour de 1 (lundi) à 7 (dimanche).' })
      .max(7, { message: 'Un jour de 1 (lundi) à 7 (dimanche).' }),
    startTime: clockTime,
    endTime: clockTime,
    slotMinutes: z
      .number({ message: 'Une durée en minutes.' })
      .int({ message: 'Une durée entière en minutes.' })
      .min(10, { message: '10 minutes au moins.' })
      .max(120, { message: '120 minutes au plus.' }),
    /** The member who calls back; the author by default. */
    listenerAccountId: z.uuid({ message: 'Écoutant inconnu.' }).optional(),
    active: z.boolean({ message: 'Oui ou non.' }).default(true),
  })
  .refine((b) => b.startTime < b.endTime, {
    message: 'L’heure de fin doit suivre l’heure de début.',
    path: ['endTime'],
  })
export type SaveListeningSlotBody = z.input<typeof saveListeningSlotBody>

export const listeningSlotView = z.object({
  id: z.uuid(),
  weekday: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
  slotMinutes: z.number().int(),
  listenerAccountId: z.uuid(),
  listenerName: z.string(),
  active: z.boolean(),
})
export type ListeningSlotView = z.output<typeof listeningSlotView>

export const listeningSetupView = z.object({
  slots: z.array(listeningSlotView),
  /** Members who may be named listener. */
  listeners: z.array(z.object({ accountId: z.uuid(), displayName: z.string() })),
})
export type ListeningSetupView = z.output<typeof listeningSetupView>

/** An organisation that runs a listening line, for the public page. */
export const listeningLineView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
})
export type ListeningLineView = z.output<typeof listeningLineView>

export const freeTimesView = z.object({
  organisationName: z.string(),
  times: z.array(z.object({ slotId: z.uuid(), startsAt: instant, minutes: z.number().int() })),
})
export type FreeTimesView = z.output<typeof freeTimesView>

export const bookCallbackBody = z.strictObject({
  slotId: z.uuid({ message: 'Créneau inconnu.' }),
  startsAt: z.iso.datetime({ offset: true, message: 'Heure de rappel invalide.' }),
  firstName: libelle(80),
  phone: telephone,
  /** For the confirmation and the cancel link; optional. */
  email: optionalEmail,
  topic: optionalText(500),
  consent: z.literal(true, { message: 'Votre accord est nécessaire pour être rappelé.' }),
})
export type BookCallbackBody = z.input<typeof bookCallbackBody>

export const bookedCallbackView = z.object({
  id: z.uuid(),
  reference: z.string(),
  startsAt: instant,
  /** The page that cancels this booking (also sent by e-mail). */
  cancelPath: z.string(),
})
export type BookedCallbackView = z.output<typeof bookedCallbackView>

export const cancelCallbackBody = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Lien d’annulation invalide.' }),
})

export const callbackView = z.object({
  id: z.uuid(),
  reference: z.string(),
  startsAt: instant,
  listenerName: z.string(),
  /** Null once erased after the retention delay. */
  firstName: z.string().nullable(),
  phone: z.string().nullable(),
  topic: z.string().nullable(),
  state: z.enum(callbackStates),
  calledBackAt: instant.nullable(),
})
export type CallbackView = z.output<typeof callbackView>

export const callbacksQuery = z.strictObject({
  /** Any day of the week to show (Monday to Sunday, Paris); this week by default. */
  week: z.iso.date({ message: 'Date au format AAAA-MM-JJ.' }).optional(),
})

export const callbacksWeekView = z.object({
  weekStart: z.string(),
  callbacks: z.array(callbackView),
})
export type CallbacksWeekView = z.output<typeof callbacksWeekView>

const EDITORS = { kind: 'member', roles: retentionEditorRoles } as const
const MANAGERS = { kind: 'member', roles: listeningManagerRoles } as const

export const metiersRetentionContract = {
  pointDeChuteWorker: defineRoute({
    method: 'GET',
    path: pointDeChuteWorkerPath,
    summary: 'Le service worker qui garde la carte Point de chute utilisable hors ligne',
    access: { kind: 'public' },
    response: z.string(),
    raw: true,
  }),
  pointDeChuteNetwork: defineRoute({
    method: 'GET',
    path: '/api/metiers/point-de-chute',
    summary: 'Les lieux publiés du réseau Point de chute (horaires, accès, équipements), sans les codes',
    access: { kind: 'public' },
    response: pointDeChuteNetworkView,
  }),
  pointDeChuteAccessCode: defineRoute({
    method: 'GET',
    path: '/api/metiers/point-de-chute/:id/code',
    summary: 'Le code d’accès d’un lieu publié, pour les professionnels connectés',
    access: { kind: 'member', roles: 'any' },
    params: idParams,
    response: accessCodeView,
  }),
  editorPointDeChute: defineRoute({
    method: 'GET',
    path: '/api/metiers/point-de-chute-gestion',
    summary: 'Les lieux Point de chute de mon organisation, publiés ou non, avec leurs codes',
    access: EDITORS,
    response: z.array(editorPointDeChuteView),
  }),
  createPointDeChute: defineRoute({
    method: 'POST',
    path: '/api/metiers/point-de-chute-gestion',
    summary: 'Ajouter un lieu au réseau Point de chute',
    access: EDITORS,
    body: savePointDeChuteBody,
    response: editorPointDeChuteView,
    status: 201,
  }),
  updatePointDeChute: defineRoute({
    method: 'PUT',
    path: '/api/metiers/point-de-chute-gestion/:id',
    summary: 'Modifier un lieu Point de chute',
    access: EDITORS,
    params: idParams,
    body: savePointDeChuteBody,
    response: editorPointDeChuteView,
  }),
  deletePointDeChute: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/point-de-chute-gestion/:id',
    summary: 'Retirer un lieu du réseau Point de chute',
    access: EDITORS,
    params: idParams,
    response: z.object({ deleted: z.literal(true) }),
  }),
  livingPlaces: defineRoute({
    method: 'GET',
    path: '/api/metiers/vivre-ici',
    summary: 'Logements près des lieux de travail, ou modes de garde aux horaires décalés, publiés',
    access: { kind: 'public' },
    query: livingQuery,
    response: z.array(publicLivingPlaceView),
  }),
  editorLivingPlaces: defineRoute({
    method: 'GET',
    path: '/api/metiers/vivre-ici-gestion',
    summary: 'Logements et modes de garde de mon organisation, publiés ou non',
    access: EDITORS,
    response: z.array(editorLivingPlaceView),
  }),
  createLivingPlace: defineRoute({
    method: 'POST',
    path: '/api/metiers/vivre-ici-gestion',
    summary: 'Ajouter un logement ou un mode de garde',
    access: EDITORS,
    body: saveLivingPlaceBody,
    response: editorLivingPlaceView,
    status: 201,
  }),
  updateLivingPlace: defineRoute({
    method: 'PUT',
    path: '/api/metiers/vivre-ici-gestion/:id',
    summary: 'Modifier un logement ou un mode de garde',
    access: EDITORS,
    params: idParams,
    body: saveLivingPlaceBody,
    response: editorLivingPlaceView,
  }),
  deleteLivingPlace: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/vivre-ici-gestion/:id',
    summary: 'Retirer un logement ou un mode de garde',
    access: EDITORS,
    params: idParams,
    response: z.object({ deleted: z.literal(true) }),
  }),
  listeningLines: defineRoute({
    method: 'GET',
    path: '/api/metiers/ligne-ecoute',
    summary: 'Les organisations qui tiennent une ligne d’écoute pour les professionnels',
    access: { kind: 'public' },
    response: z.array(listeningLineView),
  }),
  freeTimes: defineRoute({
    method: 'GET',
    path: '/api/metiers/ligne-ecoute/:organisationId/creneaux',
    summary: 'Les heures de rappel encore libres de la ligne d’écoute d’une organisation',
    access: { kind: 'public' },
    params: organisationParams,
    response: freeTimesView,
  }),
  bookCallback: defineRoute({
    method: 'POST',
    path: '/api/metiers/ligne-ecoute/:organisationId/rappels',
    summary: 'Réserver une heure de rappel sur la ligne d’écoute',
    access: { kind: 'public' },
    params: organisationParams,
    body: bookCallbackBody,
    response: bookedCallbackView,
    status: 201,
    rateLimitPerMinute: 10,
  }),
  cancelCallback: defineRoute({
    method: 'POST',
    path: '/api/metiers/ligne-ecoute/:organisationId/rappels/:id/annulation',
    summary: 'Annuler un rappel réservé (lien reçu à la réservation)',
    access: { kind: 'public' },
    params: organisationParams.extend(idParams.shape),
    body: cancelCallbackBody,
    response: z.object({ cancelled: z.literal(true), startsAt: instant }),
    rateLimitPerMinute: 20,
  }),
  listeningSetup: defineRoute({
    method: 'GET',
    path: '/api/metiers/ligne-ecoute-gestion/creneaux',
    summary: 'Les créneaux hebdomadaires de la ligne d’écoute de mon organisation',
    access: MANAGERS,
    response: listeningSetupView,
  }),
  createListeningSlot: defineRoute({
    method: 'POST',
    path: '/api/metiers/ligne-ecoute-gestion/creneaux',
    summary: 'Ajouter un créneau hebdomadaire à la ligne d’écoute',
    access: MANAGERS,
    body: saveListeningSlotBody,
    response: listeningSlotView,
    status: 201,
  }),
  updateListeningSlot: defineRoute({
    method: 'PUT',
    path: '/api/metiers/ligne-ecoute-gestion/creneaux/:id',
    summary: 'Modifier ou suspendre un créneau de la ligne d’écoute',
    access: MANAGERS,
    params: idParams,
    body: saveListeningSlotBody,
    response: listeningSlotView,
  }),
  weekCallbacks: defineRoute({
    method: 'GET',
    path: '/api/metiers/ligne-ecoute-gestion/rappels',
    summary: 'Les rappels de la semaine (tous pour la direction, les siens pour l’écoutant)',
    access: { kind: 'member', roles: 'any' },
    query: callbacksQuery,
    response: callbacksWeekView,
  }),
  markCalledBack: defineRoute({
    method: 'POST',
    path: '/api/metiers/ligne-ecoute-gestion/rappels/:id/rappele',
    summary: 'Noter qu’une personne a été rappelée',
    access: { kind: 'member', roles: 'any' },
    params: idParams,
    response: callbackView,
  }),
}
