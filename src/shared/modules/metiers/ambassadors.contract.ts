/** Métiers — ambassadors (professionals who speak about their job) and their bookings, and the candidate's discovery path. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import { employerTypes } from './metiers.constants'
import {
  ambassadorFormats,
  ambassadorLanguages,
  bookingStates,
  defaultAmbassadorRadiusKm,
  defaultDirectoryDistanceKm,
  requesterKinds,
  reviewStates,
} from './ambassadors.constants'
import { discoverySteps, discoveryStepStates } from './discovery-path'

/** Editors of the territory validate profiles and write the training modules. */
export const ambassadorEditorRoles: readonly Role[] = ['editeur']
const EDITORS = { kind: 'member', roles: ambassadorEditorRoles } as const
const SIGNED_IN = { kind: 'signedIn' } as const

const instant = z.iso.datetime({ offset: true })
const uuid = z.uuid({ message: 'Identifiant invalide.' })
const idParams = z.strictObject({ id: uuid })
const ficheSlug = z.string().regex(/^[a-z0-9-]{1,160}$/, { message: 'Adresse de fiche invalide.' })

const optionalText = (max: number) =>
  z
    .string({ message: 'Un texte est attendu.' })
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters (line breaks allowed) is the point
    .refine((v) => !/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

const jobRef = z.object({ id: z.uuid(), slug: z.string(), title: z.string() })

// —— Public directory ——

export const publicAmbassadorView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  job: jobRef,
  employerType: z.enum(employerTypes),
  commune: z.string(),
  radiusKm: z.number().int(),
  yearsInJob: z.number().int(),
  story: z.string(),
  photoUrl: z.string().nullable(),
  photoAlt: z.string(),
  languages: z.array(z.string()),
  formats: z.array(z.enum(ambassadorFormats)),
  availability: z.string(),
  /** From the searched place, rounded to the km; null without a place. */
  distanceKm: z.number().int().nullable(),
})
export type PublicAmbassadorView = z.output<typeof publicAmbassadorView>

export const directoryQuery = z.strictObject({
  fiche: ficheSlug.optional(),
  format: z.enum(ambassadorFormats, { message: 'Format inconnu.' }).optional(),
  /** A commune (« Bourg-en-Bresse »), « code postal + nom » or an INSEE code. */
  commune: z.string().trim().max(120, { message: '120 caractères au plus.' }).optional(),
  distanceKm: z.coerce
    .number({ message: 'Un nombre de kilomètres.' })
    .int({ message: 'Un nombre entier de kilomètres.' })
    .min(1, { message: '1 km au moins.' })
    .max(200, { message: '200 km au plus.' })
    .default(defaultDirectoryDistanceKm),
})
export type DirectoryQuery = z.input<typeof directoryQuery>

export const directoryView = z.object({
  items: z.array(publicAmbassadorView),
  /** Jobs that have at least one ambassador, for the filter. */
  jobs: z.array(jobRef),
  /** The searched place as understood, or null (none given, or not found: then `placeNotFound`). */
  place: z.object({ label: z.string() }).nullable(),
  placeNotFound: z.boolean(),
})
export type DirectoryView = z.output<typeof directoryView>

export const bookingBody = z
  .strictObject({
    requesterKind: z.enum(requesterKinds, { message: 'Dites qui fait la demande.' }),
    requesterName: libelle(120),
    /** The school, the forum or the structure; required for a school or a forum. */
    requesterOrganisation: optionalText(160).default(''),
    requesterEmail: email,
    requesterPhone: telephone.nullable().default(null),
    format: z.enum(ambassadorFormats, { message: 'Choisissez un format de rencontre.' }),
    wishedDates: libelle(300),
    message: optionalText(2000).default(''),
  })
  .refine(
    (b) => !['etablissement', 'forum'].includes(b.requesterKind) || b.requesterOrganisation.length > 0,
    {
      message: 'Indiquez le nom de l’établissement ou du forum.',
      path: ['requesterOrganisation'],
    },
  )
export type BookingBody = z.input<typeof bookingBody>

export const bookingCreatedView = z.object({
  id: z.uuid(),
  ambassadorName: z.string(),
  state: z.enum(bookingStates),
})
export type BookingCreatedView = z.output<typeof bookingCreatedView>

// —— The ambassador's space ——

export const myAmbassadorView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  job: jobRef,
  employerType: z.enum(employerTypes),
  yearsInJob: z.number().int(),
  story: z.string(),
  photoUrl: z.string().nullable(),
  photoAlt: z.string(),
  languages: z.array(z.string()),
  formats: z.array(z.enum(ambassadorFormats)),
  postcode: z.string(),
  commune: z.string(),
  /** The commune could not be placed: the profile shows in the directory only without a distance filter. */
  placed: z.boolean(),
  radiusKm: z.number().int(),
  availability: z.string(),
  active: z.boolean(),
  reviewState: z.enum(reviewStates),
  reviewNote: z.string(),
  submittedAt: instant.nullable(),
  updatedAt: instant,
})
export type MyAmbassadorView = z.output<typeof myAmbassadorView>

export const ambassadorModuleView = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  /** Sanitised HTML. */
  bodyHtml: z.string(),
  completedAt: instant.nullable(),
})
export type AmbassadorModuleView = z.output<typeof ambassadorModuleView>

/** A request as the ambassador sees it: the requester's contact details are for them only. */
export const ambassadorBookingView = z.object({
  id: z.uuid(),
  state: z.enum(bookingStates),
  requesterKind: z.enum(requesterKinds),
  requesterName: z.string(),
  requesterOrganisation: z.string(),
  requesterEmail: z.string(),
  requesterPhone: z.string().nullable(),
  format: z.enum(ambassadorFormats),
  wishedDates: z.string(),
  message: z.string(),
  answerMessage: z.string(),
  createdAt: instant,
  answeredAt: instant.nullable(),
  doneAt: instant.nullable(),
})
export type AmbassadorBookingView = z.output<typeof ambassadorBookingView>

export const ambassadorSpaceView = z.object({
  profile: myAmbassadorView.nullable(),
  /** The name proposed for a new profile: first name and initial. */
  suggestedName: z.string(),
  modules: z.array(ambassadorModuleView),
  bookings: z.array(ambassadorBookingView),
  /** Published fiches to choose the job from. */
  jobs: z.array(jobRef),
})
export type AmbassadorSpaceView = z.output<typeof ambassadorSpaceView>

const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { message: 'Une liste est attendue.' })
    .min(1, { message: `Choisissez au moins ${what}.` })
    .refine((l) => new Set(l).size === l.length, { message: 'Un même choix est donné deux fois.' })

export const ambassadorProfileBody = z.strictObject({
  displayName: libelle(60),
  jobId: uuid,
  employerType: z.enum(employerTypes, { message: 'Choisissez un type d’employeur.' }),
  yearsInJob: z
    .number({ message: 'Un nombre d’années.' })
    .int({ message: 'Un nombre entier d’années.' })
    .min(0, { message: '0 an au moins.' })
    .max(60, { message: '60 ans au plus.' }),
  story: libelle(1500).refine((v) => v.length >= 40, {
    message: 'Racontez votre métier en quelques phrases (40 caractères au moins).',
  }),
  languages: uniqueList(z.enum(ambassadorLanguages, { message: 'Langue inconnue.' }), 'une langue'),
  formats: uniqueList(z.enum(ambassadorFormats, { message: 'Format inconnu.' }), 'un format'),
  /** « Bourg-en-Bresse », « 01000 Bourg-en-Bresse » or an INSEE code. */
  commune: libelle(120),
  radiusKm: z
    .number({ message: 'Un nombre de kilomètres.' })
    .int({ message: 'Un nombre entier de kilomètres.' })
    .min(1, { message: '1 km au moins.' })
    .max(200, { message: '200 km au plus.' })
    .default(defaultAmbassadorRadiusKm),
  availability: optionalText(300).default(''),
})
export type AmbassadorProfileBody = z.input<typeof ambassadorProfileBody>

export const activeBody = z.strictObject({ active: z.boolean({ message: 'Actif ou en pause.' }) })

export const answerBody = z.strictObject({
  decision: z.enum(['accepter', 'refuser'], { message: 'Acceptez ou déclinez la demande.' }),
  message: optionalText(1000).default(''),
})
export type AnswerBody = z.input<typeof answerBody>

// —— Editors ——

export const editorAmbassadorView = myAmbassadorView.extend({
  modulesDone: z.number().int(),
  bookingsDone: z.number().int(),
})
export type EditorAmbassadorView = z.output<typeof editorAmbassadorView>

export const reviewBody = z
  .strictObject({
    decision: z.enum(['publier', 'refuser'], { message: 'Publiez ou renvoyez le profil.' }),
    note: optionalText(1000).default(''),
  })
  .refine((b) => b.decision === 'publier' || b.note.length > 0, {
    message: 'Dites à l’ambassadeur ce qu’il faut changer.',
    path: ['note'],
  })
export type ReviewBody = z.input<typeof reviewBody>

export const editorModuleView = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  position: z.number().int(),
  published: z.boolean(),
  updatedAt: instant,
  /** Ambassadors who completed it. */
  completions: z.number().int(),
})
export type EditorModuleView = z.output<typeof editorModuleView>

export const moduleBody = z.strictObject({
  title: libelle(160),
  summary: optionalText(400).default(''),
  /** Rich text; sanitised on save. */
  bodyHtml: z
    .string({ message: 'Un texte est attendu.' })
    .max(50_000, { message: '50 000 caractères au plus.' }),
  position: z
    .number({ message: 'Un rang.' })
    .int({ message: 'Un rang entier.' })
    .min(0, { message: '0 au moins.' })
    .max(999, { message: '999 au plus.' })
    .default(0),
  published: z.boolean({ message: 'Publié ou non.' }).default(false),
})
export type ModuleBody = z.input<typeof moduleBody>

// —— Discovery path ——

export const pathSuggestionView = z.object({
  kind: z.enum(['fiche', 'ambassadeur', 'evenement', 'immersion', 'formation', 'apprentissage', 'offres']),
  title: z.string(),
  /** A date, a place or a distance, in plain words. */
  detail: z.string(),
  href: z.string(),
})
export type PathSuggestionView = z.output<typeof pathSuggestionView>

export const pathJobView = z.object({
  job: z.object({ slug: z.string(), title: z.string() }),
  steps: z.array(
    z.object({
      step: z.enum(discoverySteps),
      state: z.enum(discoveryStepStates),
      marked: z.boolean(),
    }),
  ),
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number().int(),
  next: z.enum(discoverySteps).nullable(),
  /** Links for the next step. */
  suggestions: z.array(pathSuggestionView),
})
export type PathJobView = z.output<typeof pathJobView>

export const pathView = z.object({
  jobs: z.array(pathJobView),
  /** Published fiches not yet in the path. */
  choices: z.array(z.object({ slug: z.string(), title: z.string() })),
})
export type PathView = z.output<typeof pathView>

export const addPathJobBody = z.strictObject({ fiche: ficheSlug })
const pathJobParams = z.strictObject({ fiche: ficheSlug })
const pathStepParams = z.strictObject({
  fiche: ficheSlug,
  step: z.enum(discoverySteps, { message: 'Étape inconnue.' }),
})
export const markStepBody = z.strictObject({ done: z.boolean({ message: 'Fait ou non.' }) })

export const metiersAmbassadorsContract = {
  directory: defineRoute({
    method: 'GET',
    path: '/api/metiers/ambassadeurs',
    summary:
      'Annuaire des ambassadeurs publiés et disponibles (filtres : métier, format, distance d’une commune)',
    access: { kind: 'public' },
    query: directoryQuery,
    response: directoryView,
  }),
  ambassador: defineRoute({
    method: 'GET',
    path: '/api/metiers/ambassadeurs/:id',
    summary: 'Profil public d’un ambassadeur',
    access: { kind: 'public' },
    params: idParams,
    response: publicAmbassadorView,
  }),
  book: defineRoute({
    method: 'POST',
    path: '/api/metiers/ambassadeurs/:id/demandes',
    summary:
      'Demander à rencontrer un ambassadeur (établissement, forum ou candidat) ; ses coordonnées ne vont qu’à l’ambassadeur',
    access: { kind: 'public' },
    params: idParams,
    body: bookingBody,
    response: bookingCreatedView,
    status: 201,
    rateLimitPerMinute: 10,
  }),
  space: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/ambassadeur',
    summary: 'Mon espace d’ambassadeur : profil, modules de formation, demandes reçues',
    access: SIGNED_IN,
    response: ambassadorSpaceView,
  }),
  saveProfile: defineRoute({
    method: 'PUT',
    path: '/api/metiers/compte/ambassadeur',
    summary: 'Écrire mon profil d’ambassadeur (un profil publié repasse en validation)',
    access: SIGNED_IN,
    body: ambassadorProfileBody,
    response: myAmbassadorView,
  }),
  submitProfile: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/ambassadeur/soumission',
    summary: 'Envoyer mon profil d’ambassadeur à la validation des éditeurs',
    access: SIGNED_IN,
    response: myAmbassadorView,
  }),
  setActive: defineRoute({
    method: 'PUT',
    path: '/api/metiers/compte/ambassadeur/actif',
    summary: 'Mettre mon profil d’ambassadeur en pause ou le réactiver',
    access: SIGNED_IN,
    body: activeBody,
    response: myAmbassadorView,
  }),
  completeModule: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/ambassadeur/modules/:id',
    summary: 'Marquer un module de formation comme suivi',
    access: SIGNED_IN,
    params: idParams,
    response: ambassadorModuleView,
  }),
  answerBooking: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/ambassadeur/demandes/:id/reponse',
    summary: 'Accepter ou décliner une demande de rencontre (e-mail au demandeur et à moi)',
    access: SIGNED_IN,
    params: idParams,
    body: answerBody,
    response: ambassadorBookingView,
  }),
  markBookingDone: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/ambassadeur/demandes/:id/realisee',
    summary: 'Noter qu’une rencontre acceptée a eu lieu',
    access: SIGNED_IN,
    params: idParams,
    response: ambassadorBookingView,
  }),
  reviewList: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/ambassadeurs',
    summary: 'Profils d’ambassadeurs à valider et publiés',
    access: EDITORS,
    response: z.array(editorAmbassadorView),
  }),
  review: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/ambassadeurs/:id/validation',
    summary: 'Publier un profil d’ambassadeur ou le renvoyer avec un mot',
    access: EDITORS,
    params: idParams,
    body: reviewBody,
    response: editorAmbassadorView,
  }),
  modules: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/ambassadeurs-modules',
    summary: 'Modules de formation des ambassadeurs',
    access: EDITORS,
    response: z.array(editorModuleView),
  }),
  createModule: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/ambassadeurs-modules',
    summary: 'Écrire un module de formation des ambassadeurs',
    access: EDITORS,
    body: moduleBody,
    response: editorModuleView,
    status: 201,
  }),
  updateModule: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/ambassadeurs-modules/:id',
    summary: 'Modifier un module de formation des ambassadeurs',
    access: EDITORS,
    params: idParams,
    body: moduleBody,
    response: editorModuleView,
  }),
  path: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/parcours',
    summary: 'Mon parcours de découverte : pour chaque métier choisi, les étapes faites et la suivante',
    access: SIGNED_IN,
    response: pathView,
  }),
  addPathJob: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/parcours',
    summary: 'Ajouter un métier à découvrir à mon parcours',
    access: SIGNED_IN,
    body: addPathJobBody,
    response: pathView,
  }),
  removePathJob: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/compte/parcours/:fiche',
    summary: 'Retirer un métier de mon parcours',
    access: SIGNED_IN,
    params: pathJobParams,
    response: pathView,
  }),
  markStep: defineRoute({
    method: 'PUT',
    path: '/api/metiers/compte/parcours/:fiche/etapes/:step',
    summary: 'Cocher (ou décocher) une étape faite ailleurs',
    access: SIGNED_IN,
    params: pathStepParams,
    body: markStepBody,
    response: pathView,
  }),
}
