/** Métiers — employers' profiles and their offers (recruiters' writing, public reading of one offer). */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codePostal, libelle } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import {
  contracts,
  employerSectors,
  employerTypes,
  offerStates,
  salaryPeriods,
  workPatterns,
  workTimes,
} from './metiers.constants'
import { salaryIssues } from './offer-rules'

/** Who writes an organisation's employer profile and offers. Any kind of organisation may recruit. */
export const recruiterRoles: readonly Role[] = ['recruteur', 'administrateur']
const RECRUITERS = { kind: 'member', roles: recruiterRoles } as const

const id = z.strictObject({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const slugParam = z.strictObject({
  slug: z
    .string()
    .trim()
    .max(80, { message: '80 caractères au plus.' })
    .regex(/^[a-z0-9-]+$/, { message: 'Adresse d’offre invalide.' }),
})
const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })

/** Free text: trimmed, bounded, no control characters except line breaks and tabs. */
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

const webAddress = z
  .string()
  .trim()
  .max(500, { message: '500 caractères au plus.' })
  .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), { message: 'Adresse web commençant par https:// .' })

const distinct = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { message: `${what} en double.` })

/** An amount in euros with at most two decimals (stored in cents). */
const euros = z
  .number({ message: 'Un montant en euros.' })
  .min(0, { message: 'Un montant positif.' })
  .max(1_000_000, { message: '1 000 000 € au plus.' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'Deux décimales au plus.' })

// ---------------------------------------------------------------------------
// Employer profile

const employerFields = {
  employerType: z.enum(employerTypes, { message: 'Choisissez un type d’employeur.' }),
  sector: z.enum(employerSectors, { message: 'Choisissez public ou privé.' }),
  /** Rich text (sanitised on the server). */
  description: freeText(10_000),
  website: webAddress.nullable(),
  /** Street line, e.g. "12 rue de la République". */
  address: freeText(300),
  postcode: codePostal,
  commune: libelle(120),
}
export const employerProfileBody = z
  .strictObject(employerFields)
  .partial()
  .required({ employerType: true, sector: true, postcode: true, commune: true })

export const employerProfileView = z.object({
  organisationId: z.uuid(),
  employerType: z.enum(employerTypes),
  sector: z.enum(employerSectors),
  description: z.string(),
  website: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  communeInsee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  updatedAt: instant,
})
export type EmployerProfileView = z.output<typeof employerProfileView>

export const employerPageView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  logoDataUrl: z.string().nullable(),
  /** Null until the organisation fills it in once. */
  profile: employerProfileView.nullable(),
  /** Said after a save when the address was not located exactly. */
  locationWarning: z.string().nullable(),
})
export type EmployerPageView = z.output<typeof employerPageView>

// ---------------------------------------------------------------------------
// Offers

const offerFields = {
  title: libelle(150),
  /** The fiche métier the offer belongs to (one of the published fiches); its ROME code is the default. */
  jobId: z.uuid({ message: 'Fiche métier invalide.' }).nullable(),
  codeRome: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-N]\d{4}$/, { message: 'Le code ROME compte une lettre et 4 chiffres (ex. J1501).' }),
  /** ROME appellation code (OGR). */
  codeOgr: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/, { message: 'Le code d’appellation ROME compte des chiffres seulement.' })
    .nullable(),
  /** Rich text: h2, h3, p, lists, links, bold, italics; anything else is removed on the server. */
  descriptionHtml: freeText(20_000, 1),
  profileHtml: freeText(10_000),
  contract: z.enum(contracts, { message: 'Choisissez un type de contrat.' }),
  /** Length of a fixed-term contract. */
  contractMonths: z
    .number()
    .int({ message: 'Un nombre entier de mois.' })
    .min(1, { message: '1 mois au moins.' })
    .max(60, { message: '60 mois au plus.' })
    .nullable(),
  publicGrade: freeText(150).nullable(),
  dveReference: freeText(60).nullable(),
  dveUrl: webAddress.nullable(),
  workTime: z.enum(workTimes, { message: 'Choisissez temps plein ou temps partiel.' }),
  weeklyHours: z
    .number()
    .min(1, { message: '1 heure au moins.' })
    .max(48, { message: '48 heures au plus.' })
    .refine((v) => Number.isInteger(v * 2), { message: 'Par demi-heures (ex. 17,5).' })
    .nullable(),
  patterns: distinct(z.enum(workPatterns), 'Un rythme est'),
  scheduleNote: freeText(1_000),
  serviceCar: z.boolean(),
  drivingLicence: z.boolean(),
  housing: z.boolean(),
  childcare: z.boolean(),
  salaryMin: euros.nullable(),
  salaryMax: euros.nullable(),
  salaryPeriod: z.enum(salaryPeriods, { message: 'Choisissez par mois, de l’heure ou par an.' }).nullable(),
  startDate: civilDate.nullable(),
  /** Street line of the workplace; may be empty (the commune is then the place). */
  address: freeText(300),
  postcode: codePostal,
  commune: libelle(120),
}

type SalaryShape = Partial<{
  salaryMin: number | null
  salaryMax: number | null
  salaryPeriod: string | null
}>
/** On a partial update only what is sent is checked here; the server checks it again with the stored offer. */
const withSalaryRules = <T extends z.ZodType<SalaryShape>>(schema: T, partial = false) =>
  schema.superRefine((value, ctx) => {
    for (const issue of salaryIssues(value)) {
      if (partial && issue.field === 'salaryPeriod' && value.salaryPeriod === undefined) continue
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] })
    }
  })

/** A new draft: the title, the job (fiche or ROME code), the description, the contract and the place. */
export const createOfferBody = withSalaryRules(
  z
    .strictObject(offerFields)
    .partial()
    .required({
      title: true,
      descriptionHtml: true,
      contract: true,
      workTime: true,
      postcode: true,
      commune: true,
    })
    .refine((v) => !!v.jobId || !!v.codeRome, {
      message: 'Choisissez la fiche métier ou indiquez le code ROME.',
      path: ['codeRome'],
    }),
)
/** Any field; a field left out keeps its value (the salary rules are checked again against the stored offer). */
export const updateOfferBody = withSalaryRules(z.strictObject(offerFields).partial(), true)

export const publishOfferBody = z.strictObject({
  /** Last day of publication (Paris); 60 days by default, 6 months at most. */
  expiresOn: civilDate.optional(),
})

const offerJobView = z.object({ id: z.uuid(), slug: z.string(), title: z.string() })

const offerActionsView = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  fill: z.boolean(),
  withdraw: z.boolean(),
  duplicate: z.boolean(),
})

/** The offer as its recruiter sees it. */
export const offerView = z.object({
  id: z.uuid(),
  slug: z.string(),
  organisationId: z.uuid(),
  /** As stored; `expiree` as soon as the end of publication is past. */
  state: z.enum(offerStates),
  title: z.string(),
  jobId: z.uuid().nullable(),
  job: offerJobView.nullable(),
  codeRome: z.string(),
  codeOgr: z.string().nullable(),
  descriptionHtml: z.string(),
  profileHtml: z.string(),
  contract: z.enum(contracts),
  contractMonths: z.number().nullable(),
  publicGrade: z.string().nullable(),
  dveReference: z.string().nullable(),
  dveUrl: z.string().nullable(),
  workTime: z.enum(workTimes),
  weeklyHours: z.number().nullable(),
  patterns: z.array(z.enum(workPatterns)),
  scheduleNote: z.string(),
  serviceCar: z.boolean(),
  drivingLicence: z.boolean(),
  housing: z.boolean(),
  childcare: z.boolean(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryPeriod: z.enum(salaryPeriods).nullable(),
  startDate: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  communeInsee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  publishedAt: instant.nullable(),
  expiresAt: instant.nullable(),
  closedAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
  actions: offerActionsView,
  /** Said after a write when the workplace was not located exactly. */
  locationWarning: z.string().nullable(),
})
export type OfferView = z.output<typeof offerView>

export const offerSummaryView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  state: z.enum(offerStates),
  contract: z.enum(contracts),
  commune: z.string(),
  publishedAt: instant.nullable(),
  expiresAt: instant.nullable(),
  updatedAt: instant,
  actions: offerActionsView,
})
export type OfferSummaryView = z.output<typeof offerSummaryView>

export const OFFERS_PAGE_SIZE = 50

export const answerRateView = z.object({
  /** Percentage of applications answered; null below the minimum count. */
  rate: z.number().nullable(),
  received: z.number(),
  medianAnswerDays: z.number().nullable(),
})

/** Everything the public offer page shows. */
export const publicOfferView = z.object({
  id: z.uuid(),
  slug: z.string(),
  state: z.enum(['publiee', 'pourvue', 'expiree']),
  /** Applications are taken (published and not past its end). */
  open: z.boolean(),
  title: z.string(),
  job: offerJobView.nullable(),
  codeRome: z.string(),
  codeOgr: z.string().nullable(),
  descriptionHtml: z.string(),
  profileHtml: z.string(),
  contract: z.enum(contracts),
  contractMonths: z.number().nullable(),
  publicGrade: z.string().nullable(),
  dveReference: z.string().nullable(),
  dveUrl: z.string().nullable(),
  workTime: z.enum(workTimes),
  weeklyHours: z.number().nullable(),
  patterns: z.array(z.enum(workPatterns)),
  scheduleNote: z.string(),
  serviceCar: z.boolean(),
  drivingLicence: z.boolean(),
  housing: z.boolean(),
  childcare: z.boolean(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryPeriod: z.enum(salaryPeriods).nullable(),
  startDate: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  communeInsee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  publishedAt: instant.nullable(),
  expiresAt: instant.nullable(),
  updatedAt: instant,
  employer: z.object({
    organisationId: z.uuid(),
    name: z.string(),
    logoDataUrl: z.string().nullable(),
    /** Null when the employer has not filled in its profile. */
    employerType: z.enum(employerTypes).nullable(),
    sector: z.enum(employerSectors).nullable(),
    description: z.string(),
    website: z.string().nullable(),
    commune: z.string().nullable(),
    /** Null until applications have been counted. */
    answerRate: answerRateView.nullable(),
  }),
})
export type PublicOfferView = z.output<typeof publicOfferView>

export const metiersOffersContract = {
  getEmployer: defineRoute({
    method: 'GET',
    path: '/api/metiers/employeur',
    summary: 'Profil employeur de mon organisation (type, secteur, présentation, adresse)',
    access: RECRUITERS,
    response: employerPageView,
  }),
  saveEmployer: defineRoute({
    method: 'PUT',
    path: '/api/metiers/employeur',
    summary: 'Enregistrer le profil employeur de mon organisation (adresse géocodée)',
    access: RECRUITERS,
    body: employerProfileBody,
    response: employerPageView,
  }),
  listOffers: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/offres',
    summary: 'Offres de mon organisation, filtrées par état, par pages de 50',
    access: RECRUITERS,
    query: z.strictObject({
      state: z.enum(offerStates, { message: 'État inconnu.' }).optional(),
      q: z.string().trim().max(200, { message: '200 caractères au plus.' }).optional(),
      page: z.coerce
        .number()
        .int({ message: 'Un numéro de page entier.' })
        .min(1, { message: 'Page 1 au moins.' })
        .max(1_000, { message: 'Page 1 000 au plus.' })
        .default(1),
    }),
    response: z.object({
      items: z.array(offerSummaryView),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
      counts: z.record(z.enum(offerStates), z.number()),
    }),
  }),
  createOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/offres',
    summary: 'Écrire une offre (brouillon)',
    access: RECRUITERS,
    body: createOfferBody,
    response: offerView,
    status: 201,
  }),
  getOffer: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/offres/:id',
    summary: 'Une offre de mon organisation',
    access: RECRUITERS,
    params: id,
    response: offerView,
  }),
  updateOffer: defineRoute({
    method: 'PATCH',
    path: '/api/metiers/recrutement/offres/:id',
    summary: 'Modifier une offre (sauf pourvue)',
    access: RECRUITERS,
    params: id,
    body: updateOfferBody,
    response: offerView,
  }),
  publishOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/offres/:id/publier',
    summary: 'Publier une offre (60 jours par défaut, 6 mois au plus) ou changer sa fin de publication',
    access: RECRUITERS,
    params: id,
    body: publishOfferBody,
    response: offerView,
  }),
  fillOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/offres/:id/pourvoir',
    summary: 'Marquer une offre pourvue : elle ne reçoit plus de candidatures',
    access: RECRUITERS,
    params: id,
    response: offerView,
  }),
  withdrawOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/offres/:id/retirer',
    summary: 'Retirer une offre : elle n’est plus visible du public',
    access: RECRUITERS,
    params: id,
    response: offerView,
  }),
  duplicateOffer: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/offres/:id/dupliquer',
    summary: 'Copier une offre en un nouveau brouillon',
    access: RECRUITERS,
    params: id,
    response: offerView,
    status: 201,
  }),
  jobOptions: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/fiches',
    summary: 'Les fiches métiers publiées auxquelles rattacher une offre (avec leur code ROME)',
    access: RECRUITERS,
    response: z.array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        title: z.string(),
        codeRome: z.string(),
        codeOgr: z.string().nullable(),
      }),
    ),
  }),
  publicOffer: defineRoute({
    method: 'GET',
    path: '/api/metiers/offres/:slug',
    summary: 'Une offre publiée, pourvue ou expirée, avec son employeur et son taux de réponse',
    access: { kind: 'public' },
    params: slugParam,
    response: publicOfferView,
  }),
}
