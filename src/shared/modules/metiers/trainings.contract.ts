/** Métiers — training centres and their trainings (catalogue on a map), the « mallette de l'alternance » document library and employers' welcome kits for apprentices. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import { trainingRoutes } from './metiers.constants'
import { understoodPlaceView } from './search.contract'
import {
  TRAINING_DOCUMENT_MAX_BYTES,
  admissionModes,
  centreKinds,
  fundingTags,
  malletteCategories,
} from './trainings-labels'

export * from './trainings-labels'

/**
 * Who keeps a centre's profile and trainings: its organisation's recruiters and administrators
 * (the organisation must be of kind `centre_formation`, checked by the server), and the platform's
 * editors for every centre (platform content, like the fiches).
 */
export const centreKeeperRoles: readonly Role[] = ['recruteur', 'administrateur', 'editeur']
/** Who keeps the mallette: the platform's editors. */
export const malletteEditorRoles: readonly Role[] = ['editeur']
/** Who composes the employer's welcome kit for apprentices. */
export const welcomeKitRoles: readonly Role[] = ['recruteur', 'administrateur']

export const CATALOGUE_MAX_RADIUS_KM = 200
export const CATALOGUE_DEFAULT_RADIUS_KM = 50

const instant = z.iso.datetime({ offset: true })
const civilDate = (field: string) => z.iso.date({ message: `${field} : date au format AAAA-MM-JJ.` })
const idParams = z.strictObject({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const refParams = z.strictObject({
  ref: z
    .string()
    .trim()
    .max(160, { message: 'Adresse trop longue.' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Formation inconnue.' }),
})

const freeText = (max: number, field: string) =>
  z
    .string({ message: `${field} : un texte est attendu.` })
    .trim()
    .max(max, { message: `${field} : ${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: `${field} : caractères de contrôle interdits.`,
    })
const named = (max: number, field: string) =>
  z
    .string({ message: `${field} : un texte est attendu.` })
    .trim()
    .min(1, { message: `${field} : ce champ est obligatoire.` })
    .pipe(freeText(max, field))
const webAddress = (field: string) =>
  z
    .string()
    .trim()
    .max(500, { message: `${field} : 500 caractères au plus.` })
    .regex(/^https?:\/\/[^\s]+$/i, {
      message: `${field} : une adresse qui commence par https:// est attendue.`,
    })
const uniqueList = <T extends z.ZodType>(item: T, max: number, field: string) =>
  z
    .array(item, { message: `${field} : une liste est attendue.` })
    .max(max, { message: `${field} : ${max} au plus.` })
    .refine((v) => new Set(v as unknown[]).size === (v as unknown[]).length, {
      message: `${field} : un même choix est donné deux fois.`,
    })

const placeFields = {
  address: freeText(200, 'Adresse').default(''),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/, { message: 'Code postal : 5 chiffres.' })
    .default(''),
  commune: named(120, 'Commune'),
}

// —— Public views ——————————————————————————————————————————————————————————————

export const jobLinkView = z.object({ id: z.uuid(), slug: z.string(), title: z.string() })
export type JobLinkView = z.output<typeof jobLinkView>

export const sessionView = z.object({
  id: z.uuid(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  seats: z.number().int().nullable(),
  /** The site's name, or null at the centre's address. */
  siteName: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
})
export type SessionView = z.output<typeof sessionView>

export const centreSummaryView = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(centreKinds),
  commune: z.string(),
})

/** A training in the catalogue: its next session (the nearest one when searching around a place). */
export const trainingSummaryView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  diploma: z.string(),
  rncpLevel: z.number().int().nullable(),
  routes: z.array(z.enum(trainingRoutes)),
  fundingTags: z.array(z.enum(fundingTags)),
  summary: z.string(),
  centre: centreSummaryView,
  jobs: z.array(jobLinkView),
  /** Upcoming sessions, soonest first (at most 3); empty when no date is announced. */
  nextSessions: z.array(sessionView),
  /** Where the training is shown on the map: its next session's place, or the centre. */
  place: z.object({ commune: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() }),
  /** Kilometres from the place searched, or null without place. */
  distanceKm: z.number().nullable(),
})
export type TrainingSummaryView = z.output<typeof trainingSummaryView>

export const catalogueAnswerView = z.object({
  results: z.array(trainingSummaryView),
  total: z.number().int(),
  /** The place understood from `lieu`. */
  lieu: understoodPlaceView.nullable(),
  rayon: z.number().int().nullable(),
  /** The fiche filtered on, when `metier` names a published one. */
  metier: jobLinkView.nullable(),
})
export type CatalogueAnswerView = z.output<typeof catalogueAnswerView>

const listParam = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.enum(values, { message: `${field} : choisissez parmi ${values.join(', ')}.` }))
        .max(values.length),
    )

export const catalogueQuery = z.strictObject({
  /** Words: title, diploma, centre, town… Accents, capitals and small typos are forgiven. */
  q: z.string().trim().max(200, { message: 'Recherche : 200 caractères au plus.' }).optional(),
  /** A fiche métier by its slug. */
  metier: z
    .string()
    .trim()
    .max(120, { message: 'Métier : 120 caractères au plus.' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Métier inconnu.' })
    .optional(),
  voie: listParam(trainingRoutes, 'Voie').optional(),
  niveau: z.coerce
    .number({ message: 'Niveau : un nombre entre 3 et 7.' })
    .int({ message: 'Niveau : un nombre entre 3 et 7.' })
    .min(3, { message: 'Niveau : un nombre entre 3 et 7.' })
    .max(7, { message: 'Niveau : un nombre entre 3 et 7.' })
    .optional(),
  /** A commune name, a postcode or an INSEE code. */
  lieu: z
    .string()
    .trim()
    .min(2, { message: 'Lieu : 2 caractères au moins.' })
    .max(100, { message: 'Lieu : 100 caractères au plus.' })
    .optional(),
  rayon: z.coerce
    .number({ message: `Distance : un nombre de kilomètres entre 1 et ${CATALOGUE_MAX_RADIUS_KM}.` })
    .int({ message: `Distance : un nombre de kilomètres entre 1 et ${CATALOGUE_MAX_RADIUS_KM}.` })
    .min(1, { message: `Distance : un nombre de kilomètres entre 1 et ${CATALOGUE_MAX_RADIUS_KM}.` })
    .max(CATALOGUE_MAX_RADIUS_KM, {
      message: `Distance : un nombre de kilomètres entre 1 et ${CATALOGUE_MAX_RADIUS_KM}.`,
    })
    .optional(),
  /** Only trainings with a session starting on or after this date. */
  apres: civilDate('Commence après').optional(),
  limite: z.coerce
    .number({ message: 'Limite : un nombre entre 1 et 100.' })
    .int({ message: 'Limite : un nombre entre 1 et 100.' })
    .min(1, { message: 'Limite : un nombre entre 1 et 100.' })
    .max(100, { message: 'Limite : un nombre entre 1 et 100.' })
    .optional(),
})
export type CatalogueQuery = z.output<typeof catalogueQuery>
export type CatalogueQueryInput = z.input<typeof catalogueQuery>

export const centrePublicView = centreSummaryView.extend({
  uai: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  description: z.string(),
  address: z.string(),
  postcode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessibilityNote: z.string(),
})
export type CentrePublicView = z.output<typeof centrePublicView>

export const trainingPageView = trainingSummaryView.extend({
  rncpCode: z.string().nullable(),
  duration: z.string(),
  cost: z.string(),
  prerequisites: z.string(),
  admission: z.array(z.enum(admissionModes)),
  admissionNote: z.string(),
  centre: centrePublicView,
  /** Every upcoming session. */
  sessions: z.array(sessionView),
  /** Other published trainings of the same centre. */
  otherTrainings: z.array(z.object({ slug: z.string(), title: z.string() })),
  updatedAt: instant,
})
export type TrainingPageView = z.output<typeof trainingPageView>

// —— Mallette ————————————————————————————————————————————————————————————————

export const malletteDocumentView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  category: z.enum(malletteCategories),
  summary: z.string(),
  documentDate: z.string(),
  /** The PDF's address, or null. */
  fileUrl: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  externalUrl: z.string().nullable(),
})
export type MalletteDocumentView = z.output<typeof malletteDocumentView>

export const editorMalletteDocumentView = malletteDocumentView.extend({
  fileName: z.string().nullable(),
  published: z.boolean(),
  updatedAt: instant,
})
export type EditorMalletteDocumentView = z.output<typeof editorMalletteDocumentView>

export const malletteQuery = z.strictObject({
  q: z.string().trim().max(200, { message: 'Recherche : 200 caractères au plus.' }).optional(),
  categorie: z
    .enum(malletteCategories, { message: `Catégorie : choisissez parmi ${malletteCategories.join(', ')}.` })
    .optional(),
})
export type MalletteQueryInput = z.input<typeof malletteQuery>

export const malletteDocumentInput = z.strictObject({
  title: named(200, 'Titre'),
  category: z.enum(malletteCategories, {
    message: `Catégorie : choisissez parmi ${malletteCategories.join(', ')}.`,
  }),
  summary: freeText(4000, 'Résumé').default(''),
  externalUrl: webAddress('Lien externe').nullable().default(null),
  documentDate: civilDate('Date du document'),
  published: z.boolean({ message: 'Publié : oui ou non.' }).default(false),
})
export type MalletteDocumentInput = z.input<typeof malletteDocumentInput>

export const documentUploadQuery = z.strictObject({
  /** The file's name as the visitor will download it. */
  nom: named(160, 'Nom du fichier'),
})

// —— Centres and trainings, keepers' side ——————————————————————————————————————————————

export const siteView = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  located: z.boolean(),
})

export const editorCentreListItemView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(centreKinds),
  commune: z.string(),
  organisationName: z.string(),
  published: z.boolean(),
  trainings: z.number().int(),
})
export type EditorCentreListItemView = z.output<typeof editorCentreListItemView>

export const centreListView = z.object({
  centres: z.array(editorCentreListItemView),
  /** True when the current organisation may create its centre (kind centre_formation, none yet). */
  canCreate: z.boolean(),
})
export type CentreListView = z.output<typeof centreListView>

export const editorTrainingListItemView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  diploma: z.string(),
  published: z.boolean(),
  nextSession: z.string().nullable(),
})

export const editorCentreView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(centreKinds),
  uai: z.string().nullable(),
  siret: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  description: z.string(),
  address: z.string(),
  postcode: z.string(),
  commune: z.string(),
  located: z.boolean(),
  accessibilityNote: z.string(),
  published: z.boolean(),
  sites: z.array(siteView),
  trainings: z.array(editorTrainingListItemView),
  /** Said when the address could not be placed on the map. */
  locationWarning: z.string().nullable(),
  updatedAt: instant,
})
export type EditorCentreView = z.output<typeof editorCentreView>

export const centreInput = z.strictObject({
  name: named(200, 'Nom du centre'),
  kind: z.enum(centreKinds, { message: `Type de centre : choisissez parmi ${centreKinds.join(', ')}.` }),
  uai: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{7}[A-Z]$/, { message: 'Code UAI : 7 chiffres et une lettre (ex. 0251234A).' })
    .nullable()
    .default(null),
  siret: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s.]/g, ''))
    .refine((v) => /^\d{14}$/.test(v), { message: 'SIRET : 14 chiffres.' })
    .nullable()
    .default(null),
  website: webAddress('Site web').nullable().default(null),
  email: email.nullable().default(null),
  phone: freeText(30, 'Téléphone').nullable().default(null),
  description: freeText(4000, 'Présentation').default(''),
  ...placeFields,
  accessibilityNote: freeText(2000, 'Accessibilité').default(''),
  published: z.boolean({ message: 'Publié : oui ou non.' }).default(false),
  /** The centre's other sites: an id keeps an existing one, none adds one; those left out are removed. */
  sites: z
    .array(z.strictObject({ id: z.uuid().optional(), name: named(160, 'Nom du site'), ...placeFields }), {
      message: 'Sites : une liste est attendue.',
    })
    .max(20, { message: 'Sites : 20 au plus.' })
    .default([]),
})
export type CentreInput = z.input<typeof centreInput>

export const sessionInput = z
  .strictObject({
    startsOn: civilDate('Début de la session'),
    endsOn: civilDate('Fin de la session').nullable().default(null),
    seats: z
      .number({ message: 'Places : un nombre.' })
      .int({ message: 'Places : un nombre entier.' })
      .min(1, { message: 'Places : 1 au moins.' })
      .max(2000, { message: 'Places : 2 000 au plus.' })
      .nullable()
      .default(null),
    /** One of the centre's sites; null at the centre's address. */
    siteId: z.uuid({ message: 'Lieu de la session : site inconnu.' }).nullable().default(null),
  })
  .refine((s) => !s.endsOn || s.endsOn >= s.startsOn, {
    message: 'Fin de la session : après le début.',
    path: ['endsOn'],
  })

export const trainingInput = z.strictObject({
  title: named(200, 'Intitulé'),
  diploma: freeText(200, 'Diplôme').default(''),
  rncpCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^RNCP\d{3,6}$/, { message: 'Code RNCP : « RNCP » suivi de chiffres (ex. RNCP36004).' })
    .nullable()
    .default(null),
  rncpLevel: z
    .number({ message: 'Niveau RNCP : un nombre entre 3 et 7.' })
    .int({ message: 'Niveau RNCP : un nombre entre 3 et 7.' })
    .min(3, { message: 'Niveau RNCP : un nombre entre 3 et 7.' })
    .max(7, { message: 'Niveau RNCP : un nombre entre 3 et 7.' })
    .nullable()
    .default(null),
  jobIds: uniqueList(z.uuid({ message: 'Métiers : fiche inconnue.' }), 12, 'Métiers').default([]),
  routes: uniqueList(
    z.enum(trainingRoutes, { message: `Voies : choisissez parmi ${trainingRoutes.join(', ')}.` }),
    trainingRoutes.length,
    'Voies',
  ).refine((v) => v.length > 0, { message: 'Voies : choisissez au moins une voie d’accès.' }),
  summary: freeText(2000, 'Présentation').default(''),
  duration: freeText(200, 'Durée').default(''),
  cost: freeText(1000, 'Coût').default(''),
  fundingTags: uniqueList(
    z.enum(fundingTags, { message: `Financements : choisissez parmi ${fundingTags.join(', ')}.` }),
    fundingTags.length,
    'Financements',
  ).default([]),
  prerequisites: freeText(2000, 'Prérequis').default(''),
  admission: uniqueList(
    z.enum(admissionModes, { message: `Admission : choisissez parmi ${admissionModes.join(', ')}.` }),
    admissionModes.length,
    'Admission',
  ).default([]),
  admissionNote: freeText(2000, 'Modalités d’admission').default(''),
  published: z.boolean({ message: 'Publiée : oui ou non.' }).default(false),
  sessions: z
    .array(sessionInput, { message: 'Sessions : une liste est attendue.' })
    .max(30, { message: 'Sessions : 30 au plus.' })
    .default([]),
})
export type TrainingInput = z.input<typeof trainingInput>

export const editorTrainingView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  slug: z.string(),
  title: z.string(),
  diploma: z.string(),
  rncpCode: z.string().nullable(),
  rncpLevel: z.number().int().nullable(),
  jobIds: z.array(z.uuid()),
  routes: z.array(z.enum(trainingRoutes)),
  summary: z.string(),
  duration: z.string(),
  cost: z.string(),
  fundingTags: z.array(z.enum(fundingTags)),
  prerequisites: z.string(),
  admission: z.array(z.enum(admissionModes)),
  admissionNote: z.string(),
  published: z.boolean(),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      seats: z.number().int().nullable(),
      siteId: z.uuid().nullable(),
    }),
  ),
  updatedAt: instant,
})
export type EditorTrainingView = z.output<typeof editorTrainingView>

export const jobChoicesView = z.array(z.object({ id: z.uuid(), title: z.string(), published: z.boolean() }))

// —— Welcome kit ———————————————————————————————————————————————————————————————

export const checklistItemInput = z.strictObject({
  when: named(60, 'Quand'),
  label: named(300, 'Étape'),
})
export const kitContactInput = z.strictObject({
  role: named(120, 'Rôle du contact'),
  name: named(120, 'Nom du contact'),
  email: z.union([z.literal(''), email]).default(''),
  /** A work phone; a personal one only when the person agreed to give it for the apprentices. */
  phone: z
    .string()
    .trim()
    .max(30, { message: 'Téléphone du contact : 30 caractères au plus.' })
    .regex(/^[0-9 +.()-]*$/, { message: 'Téléphone du contact : chiffres, espaces et + seulement.' })
    .default(''),
})

export const welcomeKitInput = z.strictObject({
  title: named(160, 'Titre du kit'),
  welcomeText: freeText(6000, 'Mot d’accueil').default(''),
  checklist: z
    .array(checklistItemInput, { message: 'Premiers jours : une liste est attendue.' })
    .max(40, { message: 'Premiers jours : 40 étapes au plus.' })
    .default([]),
  contacts: z
    .array(kitContactInput, { message: 'Contacts : une liste est attendue.' })
    .max(15, { message: 'Contacts : 15 au plus.' })
    .default([]),
  malletteDocumentIds: uniqueList(
    z.uuid({ message: 'Documents : document inconnu.' }),
    30,
    'Documents',
  ).default([]),
  published: z.boolean({ message: 'Partagé : oui ou non.' }).default(false),
})
export type WelcomeKitInput = z.input<typeof welcomeKitInput>

export const kitFileView = z.object({
  id: z.uuid(),
  title: z.string(),
  fileName: z.string(),
  fileSize: z.number().int(),
})

export const welcomeKitView = z.object({
  organisationName: z.string(),
  title: z.string(),
  welcomeText: z.string(),
  checklist: z.array(z.object({ when: z.string(), label: z.string() })),
  contacts: z.array(z.object({ role: z.string(), name: z.string(), email: z.string(), phone: z.string() })),
  documents: z.array(malletteDocumentView),
  files: z.array(kitFileView.extend({ url: z.string() })),
  updatedAt: instant,
})
export type WelcomeKitView = z.output<typeof welcomeKitView>

export const editorWelcomeKitView = z.object({
  kit: z
    .object({
      title: z.string(),
      welcomeText: z.string(),
      checklist: z.array(z.object({ when: z.string(), label: z.string() })),
      contacts: z.array(
        z.object({ role: z.string(), name: z.string(), email: z.string(), phone: z.string() }),
      ),
      malletteDocumentIds: z.array(z.uuid()),
      published: z.boolean(),
      /** The link to give apprentices (works only while shared). */
      sharePath: z.string(),
      files: z.array(kitFileView),
      updatedAt: instant,
    })
    .nullable(),
  /** Published mallette documents to pick from. */
  mallette: z.array(malletteDocumentView),
})
export type EditorWelcomeKitView = z.output<typeof editorWelcomeKitView>

export const kitParams = z.strictObject({ organisationId: z.uuid({ message: 'Employeur inconnu.' }) })
export const kitFileParams = kitParams.extend({ fileId: z.uuid({ message: 'Document inconnu.' }) })
export const kitTokenQuery = z.strictObject({
  cle: z.string().trim().min(16, { message: 'Lien incomplet.' }).max(100, { message: 'Lien invalide.' }),
})

const KEEPERS = { kind: 'member', roles: centreKeeperRoles } as const
const EDITORS = { kind: 'member', roles: malletteEditorRoles } as const
const KIT = { kind: 'member', roles: welcomeKitRoles } as const
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024))

export const metiersTrainingsContract = {
  // Public ----------------------------------------------------------------------
  catalogue: defineRoute({
    method: 'GET',
    path: '/api/metiers/formations',
    summary:
      'Catalogue des formations publiées : mots (accents et fautes pardonnés), métier, voie, niveau RNCP, distance d’une commune, début après une date',
    access: { kind: 'public' },
    query: catalogueQuery,
    response: catalogueAnswerView,
  }),
  training: defineRoute({
    method: 'GET',
    path: '/api/metiers/formations/:ref',
    summary:
      'Une formation publiée (par son adresse ou son identifiant) : centre, sessions, coût et financements, admission',
    access: { kind: 'public' },
    params: refParams,
    response: trainingPageView,
  }),
  mallette: defineRoute({
    method: 'GET',
    path: '/api/metiers/mallette',
    summary:
      'Documents publiés de la mallette de l’alternance (guides, formulaires, veille juridique), par catégorie et mots',
    access: { kind: 'public' },
    query: malletteQuery,
    response: z.array(malletteDocumentView),
  }),
  malletteFile: defineRoute({
    method: 'GET',
    path: '/api/metiers/mallette/:id/fichier',
    summary: 'Le PDF d’un document de la mallette',
    access: { kind: 'public' },
    params: idParams,
    response: z.unknown(),
    raw: true,
  }),
  welcomeKit: defineRoute({
    method: 'GET',
    path: '/api/metiers/employeurs/:organisationId/accueil-apprentis',
    summary: 'Le kit d’accueil des apprentis d’un employeur, par le lien qu’il a donné (clé)',
    access: { kind: 'public' },
    params: kitParams,
    query: kitTokenQuery,
    response: welcomeKitView,
    rateLimitPerMinute: 30,
  }),
  welcomeKitFile: defineRoute({
    method: 'GET',
    path: '/api/metiers/employeurs/:organisationId/accueil-apprentis/fichiers/:fileId',
    summary: 'Un document déposé par l’employeur dans son kit d’accueil, par le lien du kit',
    access: { kind: 'public' },
    params: kitFileParams,
    query: kitTokenQuery,
    response: z.unknown(),
    raw: true,
    rateLimitPerMinute: 30,
  }),

  // Centres and trainings --------------------------------------------------------
  centres: defineRoute({
    method: 'GET',
    path: '/api/metiers/centres',
    summary: 'Les centres de formation que je tiens à jour (le mien ; tous pour les éditeurs)',
    access: KEEPERS,
    response: centreListView,
  }),
  createCentre: defineRoute({
    method: 'POST',
    path: '/api/metiers/centres',
    summary: 'Créer la fiche de mon centre de formation (organisation de type centre de formation)',
    access: KEEPERS,
    body: centreInput,
    response: editorCentreView,
    status: 201,
  }),
  centre: defineRoute({
    method: 'GET',
    path: '/api/metiers/centres/:id',
    summary: 'Un centre à tenir à jour, avec ses sites et ses formations',
    access: KEEPERS,
    params: idParams,
    response: editorCentreView,
  }),
  saveCentre: defineRoute({
    method: 'PUT',
    path: '/api/metiers/centres/:id',
    summary: 'Modifier un centre : présentation, adresse (placée sur la carte), sites, publication',
    access: KEEPERS,
    params: idParams,
    body: centreInput,
    response: editorCentreView,
  }),
  jobChoices: defineRoute({
    method: 'GET',
    path: '/api/metiers/centres/choix-metiers',
    summary: 'Les fiches métiers auxquelles une formation peut mener',
    access: KEEPERS,
    response: jobChoicesView,
  }),
  createTraining: defineRoute({
    method: 'POST',
    path: '/api/metiers/centres/:id/formations',
    summary: 'Ajouter une formation à un centre, avec ses sessions',
    access: KEEPERS,
    params: idParams,
    body: trainingInput,
    response: editorTrainingView,
    status: 201,
  }),
  editorTraining: defineRoute({
    method: 'GET',
    path: '/api/metiers/centres-formations/:id',
    summary: 'Une formation à modifier',
    access: KEEPERS,
    params: idParams,
    response: editorTrainingView,
  }),
  saveTraining: defineRoute({
    method: 'PUT',
    path: '/api/metiers/centres-formations/:id',
    summary: 'Modifier une formation et ses sessions (les sessions données remplacent les précédentes)',
    access: KEEPERS,
    params: idParams,
    body: trainingInput,
    response: editorTrainingView,
  }),
  deleteTraining: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/centres-formations/:id',
    summary: 'Supprimer une formation et ses sessions',
    access: KEEPERS,
    params: idParams,
    response: z.object({ deleted: z.literal(true) }),
  }),

  // Mallette, editors ---------------------------------------------------------------
  editorMallette: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/mallette',
    summary: 'Tous les documents de la mallette, publiés ou non',
    access: EDITORS,
    response: z.array(editorMalletteDocumentView),
  }),
  createMalletteDocument: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/mallette',
    summary: 'Ajouter un document à la mallette (lien externe, ou PDF déposé ensuite)',
    access: EDITORS,
    body: malletteDocumentInput,
    response: editorMalletteDocumentView,
    status: 201,
  }),
  saveMalletteDocument: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/mallette/:id',
    summary: 'Modifier un document de la mallette',
    access: EDITORS,
    params: idParams,
    body: malletteDocumentInput,
    response: editorMalletteDocumentView,
  }),
  uploadMalletteFile: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/mallette/:id/fichier',
    summary: `Déposer le PDF d’un document de la mallette (corps brut application/octet-stream, ${mb(TRAINING_DOCUMENT_MAX_BYTES)} Mo au plus)`,
    access: EDITORS,
    params: idParams,
    query: documentUploadQuery,
    response: editorMalletteDocumentView,
    maxBodyBytes: TRAINING_DOCUMENT_MAX_BYTES,
  }),
  deleteMalletteDocument: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/edition/mallette/:id',
    summary: 'Supprimer un document de la mallette et son fichier',
    access: EDITORS,
    params: idParams,
    response: z.object({ deleted: z.literal(true) }),
  }),

  // Welcome kit, employers -----------------------------------------------------------
  editorWelcomeKit: defineRoute({
    method: 'GET',
    path: '/api/metiers/kit-apprentis',
    summary:
      'Le kit d’accueil des apprentis de mon organisation (ou rien encore) et les documents de la mallette',
    access: KIT,
    response: editorWelcomeKitView,
  }),
  saveWelcomeKit: defineRoute({
    method: 'PUT',
    path: '/api/metiers/kit-apprentis',
    summary:
      'Composer le kit d’accueil : mot d’accueil, premiers jours, contacts par rôle, documents, partage',
    access: KIT,
    body: welcomeKitInput,
    response: editorWelcomeKitView,
  }),
  renewWelcomeKitLink: defineRoute({
    method: 'POST',
    path: '/api/metiers/kit-apprentis/lien',
    summary: 'Changer le lien du kit (l’ancien ne fonctionne plus)',
    access: KIT,
    response: editorWelcomeKitView,
  }),
  uploadWelcomeKitFile: defineRoute({
    method: 'POST',
    path: '/api/metiers/kit-apprentis/fichiers',
    summary: `Déposer un document du kit (corps brut application/octet-stream : PDF, ${mb(TRAINING_DOCUMENT_MAX_BYTES)} Mo au plus)`,
    access: KIT,
    query: documentUploadQuery,
    response: editorWelcomeKitView,
    maxBodyBytes: TRAINING_DOCUMENT_MAX_BYTES,
    status: 201,
  }),
  deleteWelcomeKitFile: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/kit-apprentis/fichiers/:id',
    summary: 'Retirer un document du kit',
    access: KIT,
    params: idParams,
    response: editorWelcomeKitView,
  }),
}
