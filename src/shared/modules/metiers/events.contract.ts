/**
 * Métiers — events: forums, job datings, the social film festival, monthly QVCT webinars,
 * information meetings, open days. The public lists them and registers (seats, then a waiting
 * list); the organiser manages registrations, attendance and webinar replays.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import { isParisLocal } from './events-dates'

export const eventKinds = [
  'forum',
  'job_dating',
  'festival_film',
  'webinaire_qvct',
  'reunion_information',
  'portes_ouvertes',
] as const
export type EventKind = (typeof eventKinds)[number]
export const eventKindLabels: Record<EventKind, string> = {
  forum: 'Forum des métiers',
  job_dating: 'Job dating',
  festival_film: 'Festival du film social',
  webinaire_qvct: 'Webinaire qualité de vie au travail',
  reunion_information: 'Réunion d’information',
  portes_ouvertes: 'Portes ouvertes',
}

export const registrationStates = ['inscrit', 'liste_attente', 'annule'] as const
export type RegistrationState = (typeof registrationStates)[number]

/** Who organises events in an organisation. */
export const organiserRoles: readonly Role[] = ['editeur', 'administrateur', 'recruteur']

/** Pages the e-mails and answers link to. */
export const eventPages = {
  list: () => '/metiers/evenements',
  event: (slug: string) => `/metiers/evenements/${slug}`,
  /** The person's own page: their registration, the online link, cancelling, the replay. */
  registration: (slug: string, token: string) => `/metiers/evenements/${slug}/inscription/${token}`,
  organiser: () => '/edition/evenements',
  organiserEvent: (id: string) => `/edition/evenements/${id}`,
}

const instant = z.iso.datetime({ offset: true })
const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const slugParams = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,160}$/, { message: 'Adresse d’événement invalide.' }),
})
const tokenParams = slugParams.extend({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Lien d’inscription invalide.' }),
})

const freeText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, { message: 'Ce champ est obligatoire.' })
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

const webAddress = (what: string) =>
  z
    .string()
    .trim()
    .max(500, { message: `${what} : 500 caractères au plus.` })
    .refine((v) => /^https:\/\/[^\s]+\.[^\s]+$/.test(v), {
      message: `${what} : une adresse web commençant par https://.`,
    })

const parisLocal = (what: string) =>
  z.string().refine(isParisLocal, { message: `${what} : date et heure au format AAAA-MM-JJTHH:MM.` })

const hourMinute = (what: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: `${what} : heure au format HH:MM.` })

// ---------------------------------------------------------------- public views

export const eventJobView = z.object({ id: z.uuid(), slug: z.string(), title: z.string() })

export const eventSummaryView = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: z.enum(eventKinds),
  title: z.string(),
  startsAt: instant,
  endsAt: instant,
  online: z.boolean(),
  commune: z.string(),
  postcode: z.string(),
  /** Département code (25, 01, 2A, 974). */
  departement: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  organiserName: z.string(),
  jobs: z.array(eventJobView),
  /** Null: no limit. */
  capacity: z.number().int().nullable(),
  /** Seats still free; null without a limit. */
  seatsLeft: z.number().int().nullable(),
  registrationDeadline: instant.nullable(),
  /** Registration still possible (before the deadline and the start). */
  registrationOpen: z.boolean(),
  /** Distance from the point searched, in km, when there was one. */
  distanceKm: z.number().nullable(),
  /** A replay can be watched (publicly, or by the people registered). */
  hasReplay: z.boolean(),
})
export type EventSummaryView = z.output<typeof eventSummaryView>

export const replayView = z.object({
  url: z.string(),
  captionsUrl: z.string().nullable(),
  transcript: z.string().nullable(),
})
export type ReplayView = z.output<typeof replayView>

export const publicEventView = eventSummaryView.extend({
  /** Sanitised HTML (h2, h3, p, lists, links, emphasis). */
  descriptionHtml: z.string(),
  address: z.string(),
  audience: z.string(),
  accessibility: z.string(),
  /** Over: no more registration. */
  past: z.boolean(),
  /** The replay when the organiser made it public (otherwise only through the registration link). */
  replay: replayView.nullable(),
  updatedAt: instant,
})
export type PublicEventView = z.output<typeof publicEventView>

export const eventSearchQuery = z.strictObject({
  kind: z.enum(eventKinds, { message: 'Type d’événement inconnu.' }).optional(),
  /** A fiche's slug. */
  job: z
    .string()
    .regex(/^[a-z0-9-]{1,160}$/, { message: 'Métier : adresse de fiche invalide.' })
    .optional(),
  departement: z
    .string()
    .regex(/^(\d{2,3}|2[AB])$/, { message: 'Département : 2 ou 3 caractères (ex. 25, 01, 2A).' })
    .optional(),
  /** Words of the title or the commune (accents and capitals ignored). */
  q: freeText(100).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  km: z.coerce
    .number()
    .int()
    .min(1, { message: 'Distance : 1 km au moins.' })
    .max(300, { message: 'Distance : 300 km au plus.' })
    .optional(),
  /** From this day (YYYY-MM-DD, Paris); today by default. */
  from: z.iso.date({ message: 'Date de début au format AAAA-MM-JJ.' }).optional(),
  to: z.iso.date({ message: 'Date de fin au format AAAA-MM-JJ.' }).optional(),
  /** Past events with a replay instead of the coming ones. */
  replays: z.enum(['1']).optional(),
})
export type EventSearchQuery = z.output<typeof eventSearchQuery>

export const eventSearchView = z.object({
  events: z.array(eventSummaryView),
  /** Départements that have coming events, for the filter. */
  departements: z.array(z.string()),
})
export type EventSearchView = z.output<typeof eventSearchView>

// ---------------------------------------------------------------- registration (public)

export const registerBody = z
  .strictObject({
    firstName: libelle(100),
    lastName: libelle(100),
    email,
    phone: telephone.optional(),
    /** Needs for coming (wheelchair, interpreting, captions…), told to the organiser only. */
    accessibilityNeeds: freeText(1000).default(''),
    consent: z.boolean(),
  })
  .refine((b) => b.consent, {
    message: 'Acceptez que l’organisateur garde vos coordonnées pour cet événement.',
    path: ['consent'],
  })
export type RegisterBody = z.input<typeof registerBody>

export const registrationView = z.object({
  id: z.uuid(),
  state: z.enum(registrationStates),
  /** Rank on the waiting list (1 = next), when waiting. */
  position: z.number().int().nullable(),
  firstName: z.string(),
  event: publicEventView,
  /** The link to join, for people with a seat at an online event. */
  onlineUrl: z.string().nullable(),
  /** The replay, once the event took place (registered people always see it). */
  replay: replayView.nullable(),
  /** The person's page (also in the e-mail). */
  managePath: z.string(),
  canCancel: z.boolean(),
})
export type RegistrationView = z.output<typeof registrationView>

export const myEventsView = z.object({
  registrations: z.array(
    z.object({
      id: z.uuid(),
      state: z.enum(registrationStates),
      event: eventSummaryView,
      managePath: z.string(),
    }),
  ),
})
export type MyEventsView = z.output<typeof myEventsView>

export const registrationPrefillView = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  /** Already registered (seat or waiting list) to this event: their page. */
  managePath: z.string().nullable(),
})
export type RegistrationPrefillView = z.output<typeof registrationPrefillView>

// ---------------------------------------------------------------- organiser

const eventFields = {
  kind: z.enum(eventKinds, { message: 'Type : choisissez un type d’événement.' }),
  title: libelle(150),
  /** Rich text: h2, h3, p, lists, links, bold, italics; anything else is removed on the server. */
  description: freeText(20_000),
  online: z.boolean(),
  /** The link to join (visioconference), sent only to people with a seat. */
  onlineUrl: webAddress('Lien de connexion').nullable(),
  address: freeText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/, { message: 'Code postal : 5 chiffres.' }),
  commune: freeText(100),
  capacity: z
    .number({ message: 'Places : un nombre.' })
    .int({ message: 'Places : un nombre entier.' })
    .min(1, { message: 'Places : 1 au moins (laissez vide pour ne pas limiter).' })
    .max(100_000, { message: 'Places : 100 000 au plus.' })
    .nullable(),
  jobIds: z
    .array(z.uuid({ message: 'Fiche métier invalide.' }))
    .max(20, { message: 'Métiers concernés : 20 au plus.' })
    .refine((l) => new Set(l).size === l.length, { message: 'Métiers concernés : fiche en double.' }),
  audience: freeText(500),
  accessibility: freeText(1000),
}

const placeRule = <T extends { online: boolean; onlineUrl: string | null; commune: string }>(
  b: T,
  ctx: z.RefinementCtx,
) => {
  if (b.online && !b.onlineUrl)
    ctx.addIssue({
      code: 'custom',
      path: ['onlineUrl'],
      message: 'Lien de connexion : obligatoire en ligne.',
    })
  if (!b.online && !b.commune)
    ctx.addIssue({ code: 'custom', path: ['commune'], message: 'Commune : obligatoire sur place.' })
}

export const eventBody = z
  .strictObject({
    ...eventFields,
    startsAt: parisLocal('Début'),
    endsAt: parisLocal('Fin'),
    registrationDeadline: parisLocal('Clôture des inscriptions').nullable(),
  })
  .superRefine((b, ctx) => {
    placeRule(b, ctx)
    if (b.endsAt <= b.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Fin : après le début.' })
    if (b.registrationDeadline && b.registrationDeadline > b.startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['registrationDeadline'],
        message: 'Clôture des inscriptions : au plus tard au début de l’événement.',
      })
  })
export type EventBody = z.input<typeof eventBody>

/** A monthly series (the QVCT webinars): the same event on the nth weekday of N months. */
export const seriesBody = z
  .strictObject({
    ...eventFields,
    /** First month, `YYYY-MM`. */
    firstMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Premier mois au format AAAA-MM.' }),
    months: z
      .number({ message: 'Nombre de mois : un nombre.' })
      .int({ message: 'Nombre de mois : un nombre entier.' })
      .min(1, { message: 'Nombre de mois : 1 au moins.' })
      .max(24, { message: 'Nombre de mois : 24 au plus.' }),
    /** 1 Monday … 7 Sunday. */
    weekday: z.number().int().min(1).max(7, { message: 'Jour : de 1 (lundi) à 7 (dimanche).' }),
    /** 1 to 4, or -1 for the last one of the month. */
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
      message: 'Semaine du mois : 1 à 4, ou -1 pour la dernière.',
    }),
    startTime: hourMinute('Heure de début'),
    endTime: hourMinute('Heure de fin'),
    /** Registrations close this many hours before each start (0: at the start). */
    closeHoursBefore: z.number().int().min(0).max(240).default(0),
  })
  .superRefine((b, ctx) => {
    placeRule(b, ctx)
    if (b.endTime <= b.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Heure de fin : après l’heure de début.' })
  })
export type SeriesBody = z.input<typeof seriesBody>

export const replayBody = z.strictObject({
  url: webAddress('Lien du replay'),
  /** WebVTT captions. */
  captionsUrl: webAddress('Lien des sous-titres').nullable(),
  transcript: freeText(100_000).nullable(),
  /** Shown on the public page to everyone; otherwise only to the people registered. */
  public: z.boolean(),
})

export const publishBody = z.strictObject({ published: z.boolean() })

export const attendanceBody = z.strictObject({
  /** Present, absent, or not marked. */
  attended: z.boolean().nullable(),
})

export const organiserRegistrationView = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  accessibilityNeeds: z.string(),
  state: z.enum(registrationStates),
  position: z.number().int().nullable(),
  attended: z.boolean().nullable(),
  withAccount: z.boolean(),
  promotedAt: instant.nullable(),
  createdAt: instant,
})
export type OrganiserRegistrationView = z.output<typeof organiserRegistrationView>

const counts = z.object({
  registered: z.number().int(),
  waiting: z.number().int(),
  cancelled: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
})

export const organiserEventSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: z.enum(eventKinds),
  title: z.string(),
  startsAt: instant,
  endsAt: instant,
  online: z.boolean(),
  commune: z.string(),
  published: z.boolean(),
  capacity: z.number().int().nullable(),
  seriesId: z.uuid().nullable(),
  counts,
})
export type OrganiserEventSummary = z.output<typeof organiserEventSummary>

export const organiserEventsView = z.object({ events: z.array(organiserEventSummary) })
export type OrganiserEventsView = z.output<typeof organiserEventsView>

export const organiserEventView = organiserEventSummary.extend({
  descriptionHtml: z.string(),
  onlineUrl: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  /** Paris wall-clock times, for the form. */
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  registrationDeadlineLocal: z.string().nullable(),
  registrationDeadline: instant.nullable(),
  jobIds: z.array(z.uuid()),
  jobs: z.array(eventJobView),
  audience: z.string(),
  accessibility: z.string(),
  /** Where the place was found (null: at its address). */
  placeWarning: z.string().nullable(),
  replay: replayView.extend({ public: z.boolean() }).nullable(),
  /** Seats first (in order of arrival), then the waiting list in its order, then cancellations. */
  registrations: z.array(organiserRegistrationView),
})
export type OrganiserEventView = z.output<typeof organiserEventView>

export const seriesView = z.object({ seriesId: z.uuid(), events: z.array(organiserEventSummary) })

/** A portal page written by the server (HTML), for the events' addresses. */
const htmlPage = <P extends z.ZodType | undefined>(path: string, summary: string, params?: P) =>
  defineRoute({
    method: 'GET',
    path,
    summary,
    access: { kind: 'public' },
    ...(params ? { params } : {}),
    response: z.unknown(),
    raw: true,
  })

export const metiersEventsContract = {
  listPage: htmlPage('/metiers/evenements', 'Les événements à venir (page HTML)'),
  eventPage: htmlPage(
    '/metiers/evenements/:slug',
    'Un événement (page HTML avec JSON-LD Event)',
    z.object({ slug: z.string().min(1).max(200) }),
  ),
  registrationPage: htmlPage(
    '/metiers/evenements/:slug/inscription/:token',
    'Son inscription par le lien personnel (page du portail, non indexée)',
    z.object({ slug: z.string().min(1).max(200), token: z.string().min(1).max(200) }),
  ),
  search: defineRoute({
    method: 'GET',
    path: '/api/metiers/evenements',
    summary: 'Événements publiés à venir (type, métier, département, distance, dates) ou replays',
    access: { kind: 'public' },
    query: eventSearchQuery,
    response: eventSearchView,
  }),
  event: defineRoute({
    method: 'GET',
    path: '/api/metiers/evenements/:slug',
    summary: 'Un événement publié',
    access: { kind: 'public' },
    params: slugParams,
    response: publicEventView,
  }),
  prefill: defineRoute({
    method: 'GET',
    path: '/api/metiers/evenements/:slug/moi',
    summary: 'Pour un candidat connecté : ses coordonnées et son inscription à cet événement',
    access: { kind: 'signedIn' },
    params: slugParams,
    response: registrationPrefillView,
  }),
  register: defineRoute({
    method: 'POST',
    path: '/api/metiers/evenements/:slug/inscriptions',
    summary: 'S’inscrire à un événement (place ou liste d’attente), avec ou sans compte',
    access: { kind: 'public' },
    params: slugParams,
    body: registerBody,
    response: registrationView,
    status: 201,
    rateLimitPerMinute: 20,
  }),
  registration: defineRoute({
    method: 'GET',
    path: '/api/metiers/evenements/:slug/inscription/:token',
    summary: 'Son inscription, par le lien personnel de l’e-mail',
    access: { kind: 'public' },
    params: tokenParams,
    response: registrationView,
    rateLimitPerMinute: 60,
  }),
  cancel: defineRoute({
    method: 'POST',
    path: '/api/metiers/evenements/:slug/inscription/:token/annuler',
    summary: 'Annuler son inscription : la place va à la première personne en attente',
    access: { kind: 'public' },
    params: tokenParams,
    body: z.strictObject({}).optional(),
    response: registrationView,
    rateLimitPerMinute: 20,
  }),
  invitation: defineRoute({
    method: 'GET',
    path: '/api/metiers/evenements/:slug/inscription/:token/invitation.ics',
    summary: 'L’invitation pour son agenda (ICS), pour une place réservée',
    access: { kind: 'public' },
    params: tokenParams,
    response: z.unknown(),
    raw: true,
    rateLimitPerMinute: 60,
  }),
  myEvents: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/evenements',
    summary: 'Les inscriptions du candidat connecté',
    access: { kind: 'signedIn' },
    response: myEventsView,
  }),
  organiserList: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/evenements',
    summary: 'Événements de l’organisation, avec les inscriptions comptées',
    access: { kind: 'member', roles: organiserRoles },
    response: organiserEventsView,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/evenements',
    summary: 'Créer un événement (non publié)',
    access: { kind: 'member', roles: organiserRoles },
    body: eventBody,
    response: organiserEventView,
    status: 201,
  }),
  createSeries: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/evenements/series',
    summary: 'Créer une série mensuelle (webinaires QVCT) : un événement par mois',
    access: { kind: 'member', roles: organiserRoles },
    body: seriesBody,
    response: seriesView,
    status: 201,
  }),
  organiserEvent: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/evenements/:id',
    summary: 'Un événement : ses inscriptions, sa liste d’attente, les présences',
    access: { kind: 'member', roles: organiserRoles },
    params: id,
    response: organiserEventView,
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/evenements/:id',
    summary:
      'Modifier un événement (les personnes inscrites reçoivent l’invitation mise à jour si l’heure ou le lieu change)',
    access: { kind: 'member', roles: organiserRoles },
    params: id,
    body: eventBody,
    response: organiserEventView,
  }),
  publish: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/evenements/:id/publication',
    summary: 'Publier ou retirer un événement',
    access: { kind: 'member', roles: organiserRoles },
    params: id,
    body: publishBody,
    response: organiserEventView,
  }),
  saveReplay: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/evenements/:id/replay',
    summary: 'Le replay d’un événement passé : vidéo, sous-titres, transcription, public ou non',
    access: { kind: 'member', roles: organiserRoles },
    params: id,
    body: replayBody,
    response: organiserEventView,
  }),
  attendance: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/evenements/:id/inscriptions/:registrationId/presence',
    summary: 'Noter une personne présente ou absente',
    access: { kind: 'member', roles: organiserRoles },
    params: z.object({
      id: z.uuid({ message: 'Identifiant invalide.' }),
      registrationId: z.uuid({ message: 'Identifiant invalide.' }),
    }),
    body: attendanceBody,
    response: organiserRegistrationView,
  }),
  cancelRegistration: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/evenements/:id/inscriptions/:registrationId/annuler',
    summary:
      'Annuler l’inscription d’une personne (à sa demande) : la place va à la première personne en attente',
    access: { kind: 'member', roles: organiserRoles },
    params: z.object({
      id: z.uuid({ message: 'Identifiant invalide.' }),
      registrationId: z.uuid({ message: 'Identifiant invalide.' }),
    }),
    body: z.strictObject({}).optional(),
    response: organiserEventView,
  }),
  jobChoices: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/evenements-metiers',
    summary: 'Les fiches métiers publiées, à lier à un événement',
    access: { kind: 'member', roles: organiserRoles },
    response: z.object({ jobs: z.array(eventJobView) }),
  }),
  exportRegistrations: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/evenements/:id/inscriptions.xlsx',
    summary: 'Exporter les inscriptions (XLSX)',
    access: { kind: 'member', roles: organiserRoles },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
}
