/** Métiers — the public offer search and saved searches with e-mail alerts. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email } from '../../zod/fr'
import {
  contracts,
  employerSectors,
  employerTypes,
  salaryPeriods,
  workPatterns,
  workTimes,
} from './metiers.constants'
import {
  OFFER_SEARCH_DEFAULT_PAGE_SIZE,
  OFFER_SEARCH_MAX_PAGE_SIZE,
  OFFER_SEARCH_MAX_RADIUS_KM,
  offerSearchSorts,
} from './search-query'

export * from './search-query'

const instant = z.iso.datetime({ offset: true })

/**
 * A list in a query string: a repeated key (`contrat=cdi&contrat=cdd`), a comma list
 * (`rome=K1306,J1501`) or, in a JSON body, an array.
 */
const listOf = <T extends z.ZodType<unknown, string>>(item: T, max: number, message: string) =>
  z
    .union([z.string(), z.array(z.string()).max(max)], { message: `${message} (${max} valeurs au plus).` })
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max, { message: `${max} valeurs au plus.` }))

const flag = z
  .union([z.boolean(), z.enum(['true', 'false'], { message: 'Valeur attendue : true ou false.' })])
  .transform((v) => v === true || v === 'true')

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message })

/** A ROME fiche code: a letter and four digits (K1306). */
export const romeCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-N]\d{4}$/, { message: 'Code ROME inconnu : une lettre et quatre chiffres, comme K1306.' })

/** The search itself, without its page: what a saved search keeps. */
export const offerSearchCriteria = z.strictObject({
  /** Words: job, employer, town… Accents, capitals, typos and plurals are forgiven. */
  q: z.string().trim().max(200, { message: 'Recherche : 200 caractères au plus.' }).optional(),
  rome: listOf(romeCode, 20, 'Codes ROME').optional(),
  /** A fiche métier by its slug: its ROME code is searched. */
  fiche: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Fiche métier inconnue.' })
    .max(120)
    .optional(),
  /** A commune name, a postcode or an INSEE code. */
  lieu: z
    .string()
    .trim()
    .min(2, { message: 'Lieu : 2 caractères au moins.' })
    .max(100, { message: 'Lieu : 100 caractères au plus.' })
    .optional(),
  /** Kilometres around the place (20 by default). */
  rayon: wholeNumber(
    1,
    OFFER_SEARCH_MAX_RADIUS_KM,
    `Rayon : un nombre entier de kilomètres entre 1 et ${OFFER_SEARCH_MAX_RADIUS_KM}.`,
  ).optional(),
  /** False keeps the radius as asked even with few results. */
  elargir: flag.optional(),
  contrat: listOf(
    z.string().pipe(z.enum(contracts, { message: `Contrat inconnu (${contracts.join(', ')}).` })),
    contracts.length,
    'Contrats',
  ).optional(),
  employeur: listOf(
    z.string().pipe(z.enum(employerTypes, { message: 'Type d’employeur inconnu.' })),
    employerTypes.length,
    'Types d’employeur',
  ).optional(),
  secteur: z.enum(employerSectors, { message: 'Secteur : public ou prive.' }).optional(),
  temps: z.enum(workTimes, { message: 'Temps de travail : temps_plein ou temps_partiel.' }).optional(),
  /** Offers with any of these patterns are left out (`exclure=nuit`). */
  exclure: listOf(
    z
      .string()
      .pipe(z.enum(workPatterns, { message: `Horaires à exclure inconnus (${workPatterns.join(', ')}).` })),
    workPatterns.length,
    'Horaires à exclure',
  ).optional(),
  /** Only offers with all these patterns. */
  inclure: listOf(
    z
      .string()
      .pipe(z.enum(workPatterns, { message: `Horaires recherchés inconnus (${workPatterns.join(', ')}).` })),
    workPatterns.length,
    'Horaires recherchés',
  ).optional(),
  /** A service car is provided. */
  vehicule: flag.optional(),
  /** Housing is offered. */
  logement: flag.optional(),
  /** Childcare nearby. */
  garde: flag.optional(),
  /** The driving licence is not required. */
  sansPermis: flag.optional(),
  /** Euros gross per month at least (hourly and yearly pay converted; offers without pay left out). */
  salaireMin: wholeNumber(1, 100_000, 'Salaire minimum : un nombre entier d’euros brut par mois.').optional(),
  /** Published within this many days. */
  depuis: wholeNumber(1, 365, 'Publiée depuis : un nombre entier de jours entre 1 et 365.').optional(),
})
export type OfferSearchCriteria = z.output<typeof offerSearchCriteria>
export type OfferSearchCriteriaInput = z.input<typeof offerSearchCriteria>

export const offerSearchQuery = offerSearchCriteria.extend({
  tri: z.enum(offerSearchSorts, { message: 'Tri : pertinence, distance ou date.' }).default('pertinence'),
  page: wholeNumber(1, 1000, 'Page : un nombre entier entre 1 et 1000.').default(1),
  taille: wholeNumber(
    1,
    OFFER_SEARCH_MAX_PAGE_SIZE,
    `Taille : un nombre entier de résultats par page entre 1 et ${OFFER_SEARCH_MAX_PAGE_SIZE}.`,
  ).default(OFFER_SEARCH_DEFAULT_PAGE_SIZE),
})
export type OfferSearchQuery = z.output<typeof offerSearchQuery>
export type OfferSearchQueryInput = z.input<typeof offerSearchQuery>

export const matchReasonKinds = ['texte', 'rome', 'fiche', 'distance', 'filtre', 'recent'] as const
export type MatchReasonKind = (typeof matchReasonKinds)[number]

/** Why a result came out: « mots : aide soignant », « à 4 km de Bourg-en-Bresse », « sans travail de nuit ». */
export const offerMatchReasonView = z.object({ kind: z.enum(matchReasonKinds), label: z.string() })
export type OfferMatchReasonView = z.output<typeof offerMatchReasonView>

export const offerSearchResultView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  codeRome: z.string(),
  employer: z.object({
    organisationId: z.uuid(),
    name: z.string(),
    type: z.enum(employerTypes).nullable(),
    sector: z.enum(employerSectors).nullable(),
  }),
  commune: z.string(),
  postcode: z.string(),
  /** From the place understood; null without a place or without a position. */
  distanceKm: z.number().nullable(),
  contract: z.enum(contracts),
  contractMonths: z.number().int().nullable(),
  workTime: z.enum(workTimes),
  weeklyHours: z.number().nullable(),
  patterns: z.array(z.enum(workPatterns)),
  serviceCar: z.boolean(),
  drivingLicence: z.boolean(),
  housing: z.boolean(),
  childcare: z.boolean(),
  salary: z
    .object({
      minCents: z.number().int().nullable(),
      maxCents: z.number().int().nullable(),
      period: z.enum(salaryPeriods),
    })
    .nullable(),
  publishedAt: instant,
  expiresAt: instant.nullable(),
  /** The employer's answer rate in percent; null when too few applications to tell. */
  answerRate: z.number().int().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  reasons: z.array(offerMatchReasonView),
})
export type OfferSearchResultView = z.output<typeof offerSearchResultView>

export const understoodPlaceView = z.object({
  name: z.string(),
  insee: z.string(),
  postcode: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
})
export type UnderstoodPlaceView = z.output<typeof understoodPlaceView>

export const offerSearchAnswerView = z.object({
  results: z.array(offerSearchResultView),
  total: z.number().int(),
  page: z.number().int(),
  taille: z.number().int(),
  tri: z.enum(offerSearchSorts),
  /** The radius asked (km), null without a place. */
  rayon: z.number().int().nullable(),
  /** The radius actually searched, null without a place. */
  rayonEffectif: z.number().int().nullable(),
  /** True when the radius widened by itself because there were too few results. */
  elargi: z.boolean(),
  /** The place understood from `lieu`. */
  lieu: understoodPlaceView.nullable(),
  /** The fiche métier understood from `fiche`. */
  fiche: z.object({ slug: z.string(), title: z.string(), codeRome: z.string() }).nullable(),
  /** Plain-words notices: « Aucune offre à 20 km : la recherche s’étend à 50 km. » */
  notices: z.array(z.string()),
})
export type OfferSearchAnswerView = z.output<typeof offerSearchAnswerView>

const token = z
  .string()
  .trim()
  .min(20, { message: 'Ce lien est incomplet ou invalide.' })
  .max(200, { message: 'Ce lien est incomplet ou invalide.' })

export const createAlertBody = z.strictObject({
  /** Required without an account; with a candidate account, alerts go to the account's address. */
  email: email.optional(),
  label: z
    .string()
    .trim()
    .min(1, { message: 'Nom de l’alerte : ce champ est obligatoire.' })
    .max(120, { message: 'Nom de l’alerte : 120 caractères au plus.' }),
  recherche: offerSearchCriteria,
})
export type CreateAlertBody = z.output<typeof createAlertBody>
export type CreateAlertBodyInput = z.input<typeof createAlertBody>

export const alertStatuses = ['a_confirmer', 'active'] as const
export type AlertStatus = (typeof alertStatuses)[number]

export const createdAlertView = z.object({
  /** `a_confirmer`: a confirmation e-mail was sent; `active`: confirmed at once (signed-in candidate). */
  status: z.enum(alertStatuses),
  label: z.string(),
})

export const alertTokenBody = z.strictObject({ token })

export const alertTokenAnswerView = z.object({
  label: z.string(),
  /** The search's page, to look at the offers now. */
  searchPath: z.string(),
})

export const accountAlertView = z.object({
  id: z.uuid(),
  label: z.string(),
  recherche: z.record(z.string(), z.unknown()),
  /** The search's page: `/metiers/offres?…`. */
  searchPath: z.string(),
  /** Plain words: « aide-soignant, à 20 km de Bourg-en-Bresse, sans travail de nuit ». */
  description: z.string(),
  email: z.string(),
  createdAt: instant,
  lastAlertAt: instant,
})
export type AccountAlertView = z.output<typeof accountAlertView>

export const metiersSearchContract = {
  search: defineRoute({
    method: 'GET',
    path: '/api/metiers/offres',
    summary:
      'Chercher des offres publiées : mots ou code ROME, lieu et rayon qui s’élargit de lui-même, filtres ; ' +
      'classées par pertinence, distance, fraîcheur et taux de réponse de l’employeur',
    access: { kind: 'public' },
    query: offerSearchQuery,
    response: offerSearchAnswerView,
    rateLimitPerMinute: 120,
  }),
  createAlert: defineRoute({
    method: 'POST',
    path: '/api/metiers/alertes',
    summary:
      'Enregistrer une recherche et recevoir les nouvelles offres par e-mail ; sans compte, l’adresse est confirmée par un lien',
    access: { kind: 'public' },
    body: createAlertBody,
    response: createdAlertView,
    status: 201,
    rateLimitPerMinute: 10,
  }),
  confirmAlert: defineRoute({
    method: 'POST',
    path: '/api/metiers/alertes/confirmer',
    summary: 'Confirmer une alerte par le lien reçu par e-mail',
    access: { kind: 'public' },
    body: alertTokenBody,
    response: alertTokenAnswerView,
    rateLimitPerMinute: 30,
  }),
  unsubscribeAlert: defineRoute({
    method: 'POST',
    path: '/api/metiers/alertes/desabonner',
    summary: 'Se désabonner d’une alerte, d’un clic depuis n’importe lequel de ses e-mails',
    access: { kind: 'public' },
    body: alertTokenBody,
    response: alertTokenAnswerView,
    rateLimitPerMinute: 30,
  }),
  accountAlerts: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/alertes',
    summary: 'Mes alertes (compte de candidat)',
    access: { kind: 'signedIn' },
    response: z.object({ items: z.array(accountAlertView) }),
  }),
  deleteAccountAlert: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/compte/alertes/:id',
    summary: 'Supprimer une de mes alertes',
    access: { kind: 'signedIn' },
    params: z.object({ id: z.uuid({ message: 'Identifiant d’alerte invalide.' }) }),
    response: z.object({ deleted: z.literal(true) }),
  }),
}
