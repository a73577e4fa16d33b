/** Partenaires — search of the directory: text, filters, opening hours, distance (public and agents). */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import {
  directoryThemes,
  languages,
  MAX_AGE,
  publics,
  referralModes,
  subThemes,
  type SubTheme,
} from './directory.constants'

export { referralModes, type ReferralMode } from './directory.constants'

const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure au format HH:MM.' })

/** Query strings carry a list as a repeated key (`themes=a&themes=b`): one value arrives as a string. */
const listOf = <T extends z.ZodType>(item: T, max: number, message: string) =>
  z
    .union([item, z.array(item).max(max)], { message: `${message} (${max} valeurs au plus).` })
    .transform((v): z.output<T>[] => (Array.isArray(v) ? (v as z.output<T>[]) : [v as z.output<T>]))

const flag = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true')

export const SEARCH_MAX_RADIUS_METERS = 100_000
export const SEARCH_DEFAULT_RADIUS_METERS = 10_000
export const SEARCH_MAX_PAGE_SIZE = 100

/**
 * What to search. `q` is free text; unless `interpret` is false, the server reads filters in it
 * ("aide alimentaire ouvert samedi près de la gare") and adds them to the explicit ones.
 */
export const searchQuery = z.strictObject({
  // Codes are checked against the directory's lists, yet typed as text for callers reading a URL.
  q: z.string().trim().max(300, { message: '300 caractères au plus.' }).optional(),
  /** False when the client sends back the applied query with a chip removed. */
  interpret: flag.optional(),
  themes: listOf(
    z.string().pipe(z.enum(directoryThemes)),
    directoryThemes.length,
    'Thème inconnu',
  ).optional(),
  subThemes: listOf(
    z.string().pipe(z.enum(subThemes as unknown as [SubTheme, ...SubTheme[]])),
    20,
    'Sous-thème inconnu',
  ).optional(),
  publics: listOf(z.string().pipe(z.enum(publics)), publics.length, 'Public inconnu').optional(),
  /** The person's age in years: services whose age limits leave them out are not shown. */
  age: z
    .union([z.string(), z.number()])
    // An empty field (`age=`) is no age, not 0, which would leave out every service for adults.
    .transform((v) => (typeof v === 'number' ? v : v.trim() === '' ? undefined : Number(v)))
    .pipe(
      z
        .number({ message: 'Âge : un nombre d’années.' })
        .int({ message: 'Âge : un nombre entier d’années.' })
        .min(0, { message: 'Âge : 0 an au moins.' })
        .max(MAX_AGE, { message: `Âge : ${MAX_AGE} ans au plus.` })
        .optional(),
    )
    .optional(),
  /** A language spoken at the service (ISO 639-1 code: en, ar…). */
  language: z
    .string()
    .pipe(z.enum(languages, { message: 'Langue inconnue (code comme en, ar).' }))
    .optional(),
  wheelchair: flag.optional(),
  hearingLoop: flag.optional(),
  referralModes: listOf(z.enum(referralModes), 3, 'Mode d’accès inconnu').optional(),
  openNow: flag.optional(),
  /** Open at some time on this day (Paris). */
  openOn: civilDate.optional(),
  /** With openOn: still open at or after this time of day ("ce soir" = 18:00). */
  openAfter: timeOfDay.optional(),
  /** An address or a place name, looked up in the organisation's commune. */
  near: z.string().trim().min(2, { message: '2 caractères au moins.' }).max(200).optional(),
  latitude: z.coerce.number().min(-90).max(90, { message: 'Latitude entre -90 et 90.' }).optional(),
  longitude: z.coerce.number().min(-180).max(180, { message: 'Longitude entre -180 et 180.' }).optional(),
  /** Meters around the point; the default keeps a town and its outskirts. */
  radius: z.coerce
    .number()
    .int({ message: 'Un nombre entier de mètres.' })
    .min(100, { message: '100 m au moins.' })
    .max(SEARCH_MAX_RADIUS_METERS, { message: `${SEARCH_MAX_RADIUS_METERS / 1000} km au plus.` })
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE_SIZE).default(20),
})
export type SearchQuery = z.output<typeof searchQuery>
export type SearchQueryInput = z.input<typeof searchQuery>

/** The filters actually applied, explicit and understood from the text; send it back with `interpret: false`. */
export const appliedSearchView = z.object({
  q: z.string(),
  themes: z.array(z.enum(directoryThemes)),
  subThemes: z.array(z.enum(subThemes as unknown as [SubTheme, ...SubTheme[]])),
  publics: z.array(z.enum(publics)),
  age: z.number().int().nullable(),
  language: z.enum(languages).nullable(),
  wheelchair: z.boolean(),
  hearingLoop: z.boolean(),
  referralModes: z.array(z.enum(referralModes)),
  openNow: z.boolean(),
  openOn: civilDate.nullable(),
  openAfter: timeOfDay.nullable(),
  near: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  radius: z.number().int().nullable(),
})
export type AppliedSearchView = z.output<typeof appliedSearchView>

export const chipKinds = [
  'theme',
  'public',
  'langue',
  'accessibilite',
  'orientation',
  'horaires',
  'lieu',
] as const
export type ChipKind = (typeof chipKinds)[number]

/** One thing understood from the text, shown as a removable chip: "ouvert samedi", "près de la gare". */
export const understoodChipView = z.object({
  kind: z.enum(chipKinds),
  label: z.string(),
  /** The words of the text it came from. */
  source: z.string(),
  /** The field of `applied` it set; removing the chip clears it (or takes `value` out of its list). */
  field: z.enum([
    'themes',
    'subThemes',
    'publics',
    'language',
    'wheelchair',
    'hearingLoop',
    'referralModes',
    'openNow',
    'openOn',
    'near',
  ]),
  value: z.string().nullable(),
})
export type UnderstoodChipView = z.output<typeof understoodChipView>

export const reasonKinds = [
  'texte',
  'theme',
  'public',
  'langue',
  'accessibilite',
  'horaires',
  'distance',
  'orientation',
] as const

/** Why a result matched: "mots : alimentaire", "ouvert samedi 9 h–12 h", "à 450 m de Gare Viotte". */
export const matchReasonView = z.object({ kind: z.enum(reasonKinds), label: z.string() })
export type MatchReasonView = z.output<typeof matchReasonView>

export const timeRangeView = z.tuple([timeOfDay, timeOfDay])

export const hoursSummaryView = z.object({
  /** Null when the place has published no hours. */
  openNow: z.boolean().nullable(),
  /** "Ouvert aujourd'hui de 9 h à 12 h", "Fermé jusqu'au 1er septembre". */
  description: z.string(),
  today: z.array(timeRangeView),
  nextOpening: instant.nullable(),
  /** When an open filter was asked: the hours of that day. */
  onRequestedDay: z.array(timeRangeView).nullable(),
})

export const searchResultView = z.object({
  service: z.object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    themes: z.array(z.string()),
    subThemes: z.array(z.string()),
    publics: z.array(z.string()),
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    accessConditions: z.string(),
    languages: z.array(z.string()),
    referralMode: z.enum(referralModes),
    whatToBring: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  structure: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    website: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  place: z
    .object({
      id: z.uuid(),
      name: z.string(),
      /** The address as the geocoder wrote it, or as it was typed. */
      address: z.string(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      wheelchairAccessible: z.boolean(),
      hearingLoop: z.boolean(),
      access: z.string(),
    })
    .nullable(),
  hours: hoursSummaryView,
  distanceMeters: z.number().int().nullable(),
  reasons: z.array(matchReasonView),
  /** 0–1: how well the text matched (1 without text). */
  relevance: z.number(),
})
export type SearchResultView = z.output<typeof searchResultView>

export const searchAnswerView = z.object({
  items: z.array(searchResultView),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  understood: z.array(understoodChipView),
  applied: appliedSearchView,
  /** The point distances are measured from, when there is one. */
  origin: z
    .object({ label: z.string(), latitude: z.number(), longitude: z.number(), radius: z.number().int() })
    .nullable(),
  /** Plain-words notices: "Adresse introuvable : résultats sans distance." */
  notices: z.array(z.string()),
})
export type SearchAnswerView = z.output<typeof searchAnswerView>

export const dayHoursView = z.object({
  date: civilDate,
  ranges: z.array(timeRangeView),
  /** The reason of an exception or a closure on that day ("Fermeture estivale"). */
  note: z.string().nullable(),
})

export const serviceDetailsView = searchResultView.extend({
  /** The next 14 days, today first, exceptions applied. */
  days: z.array(dayHoursView),
  /** Closures and exceptional hours still to come. */
  upcomingExceptions: z.array(
    z.object({
      from: civilDate,
      to: civilDate,
      closed: z.boolean(),
      ranges: z.array(timeRangeView),
      message: z.string().nullable(),
    }),
  ),
})
export type ServiceDetailsView = z.output<typeof serviceDetailsView>

const organisationParam = z.object({
  organisationId: z.uuid({ message: 'Identifiant d’organisation invalide.' }),
})
const serviceParam = z.object({ id: z.uuid({ message: 'Identifiant de service invalide.' }) })

export const searchContract = {
  search: defineRoute({
    method: 'GET',
    path: '/api/directory/search',
    summary:
      'Chercher dans l’annuaire : texte (fautes et accents pardonnés), thèmes, publics, âge, langue, accessibilité, ' +
      'mode d’accès, ouvert maintenant ou tel jour, distance ; chaque résultat dit pourquoi il répond',
    access: { kind: 'member', roles: 'any' },
    query: searchQuery,
    response: searchAnswerView,
  }),
  service: defineRoute({
    method: 'GET',
    path: '/api/directory/search/services/:id',
    summary: 'Un service publié de l’annuaire : lieu, horaires des 14 prochains jours, fermetures à venir',
    access: { kind: 'member', roles: 'any' },
    params: serviceParam,
    response: serviceDetailsView,
  }),
  publicSearch: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/directory/search',
    summary: 'Annuaire public des services de solidarité, pour les habitants sans compte',
    access: { kind: 'public' },
    params: organisationParam,
    query: searchQuery,
    response: searchAnswerView,
    rateLimitPerMinute: 60,
  }),
  publicService: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/directory/services/:id',
    summary: 'Un service publié de l’annuaire public',
    access: { kind: 'public' },
    params: organisationParam.extend(serviceParam.shape),
    response: serviceDetailsView,
    rateLimitPerMinute: 60,
  }),
}
