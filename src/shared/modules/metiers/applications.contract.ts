/** Métiers — applying to an offer, following it, and the recruiters' pipeline. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import { texteLibre } from '../accueil/accueil.contract'
import type { Role } from '../organisations/roles'
import { applicationStatuses, cvMaxBytes, cvTypes, offerStates } from './metiers.constants'

/** Days an application may wait in « reçue » before it is overdue (reminder, answer rate). */
export const ANSWER_DELAY_DAYS = 7
/** The answer rate counts the applications of these last months… */
export const ANSWER_RATE_MONTHS = 6
/** …and is not shown below this many applications. */
export const ANSWER_RATE_MIN_APPLICATIONS = 5
/** How long an uploaded CV waits for its application. */
export const CV_TOKEN_MINUTES = 60

/** Who works on applications in an employer organisation. */
export const recruiterRoles: readonly Role[] = ['recruteur', 'administrateur']

/** Pages the e-mails and answers link to. */
export const applicationPages = {
  /** The candidate's follow-up page (public, secret link). */
  follow: (token: string) => `/metiers/candidatures/suivi/${token}`,
  /** The recruiters' pages in the back office (the offer itself is `/recrutement/offres/:id`, the offers part's). */
  dashboard: () => '/recrutement/candidatures',
  offer: (offerId: string) => `/recrutement/offres/${offerId}/candidatures`,
  application: (applicationId: string) => `/recrutement/candidatures/${applicationId}`,
}

const instant = z.iso.datetime({ offset: true })
const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const followToken = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Lien de suivi invalide.' }),
})
const offerSlug = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,160}$/, { message: 'Adresse d’offre invalide.' }),
})
const status = z.enum(applicationStatuses, { message: 'Statut inconnu.' })

/** An employer's public answer rate (shown on offers, used by search ranking). */
export const answerRateView = z.object({
  /** Applications of the last 6 months. */
  received: z.number().int(),
  /** Of those, answered (moved out of « reçue ») within 7 days. */
  answered: z.number().int(),
  /** Percentage, null under 5 applications. */
  rate: z.number().int().nullable(),
  /** Median days to a first answer, null under 5 applications. */
  medianAnswerDays: z.number().int().nullable(),
  computedAt: instant,
})
export type AnswerRateView = z.output<typeof answerRateView>

// ---------------------------------------------------------------- candidate side (public)

export const cvUploadQuery = z.strictObject({
  /** The file's name as the candidate knows it; shown to the recruiter, never used to store it. */
  fileName: libelle(200),
})

export const cvUploadView = z.object({
  /** Signed, short-lived: give it back as `cvToken` when applying. */
  cvToken: z.string(),
  fileName: z.string(),
  type: z.enum(cvTypes),
  bytes: z.number().int(),
  sha256: z.string(),
  expiresAt: instant,
})
export type CvUploadView = z.output<typeof cvUploadView>

export const applyBody = z
  .strictObject({
    firstName: libelle(100),
    lastName: libelle(100),
    email,
    phone: telephone.optional(),
    /** Plain text; never read as HTML. */
    message: texteLibre(4000).default(''),
    /** From `POST /api/metiers/cv`. */
    cvToken: z.string().max(2000, { message: 'Jeton de CV invalide.' }).optional(),
    /** Signed-in candidate: attach the CV of their profile instead of uploading one. */
    useProfileCv: z.boolean().default(false),
    /** Consent to the processing of the application's data by the employer (required). */
    consent: z.boolean(),
  })
  .refine((b) => b.consent, {
    message: 'Acceptez le traitement de vos données par l’employeur pour envoyer votre candidature.',
    path: ['consent'],
  })
  .refine((b) => !(b.cvToken && b.useProfileCv), {
    message: 'Choisissez un seul CV : celui que vous venez de déposer ou celui de votre profil.',
    path: ['cvToken'],
  })
export type ApplyBody = z.input<typeof applyBody>

export const applyView = z.object({
  applicationId: z.uuid(),
  /** The follow-up page (also sent by e-mail): `/metiers/candidatures/suivi/<token>`. */
  followPath: z.string(),
  offer: z.object({ title: z.string(), slug: z.string() }),
  employerName: z.string(),
})
export type ApplyView = z.output<typeof applyView>

/** One step of the history the candidate sees: status changes with the message sent. */
export const followEvent = z.object({
  at: instant,
  kind: z.enum(['depot', 'statut', 'retrait', 'cloture']),
  status: status.nullable(),
  /** The message the employer sent with this change (plain text). */
  message: z.string().nullable(),
})

export const followView = z.object({
  status,
  withdrawnAt: instant.nullable(),
  createdAt: instant,
  firstName: z.string(),
  offer: z.object({ title: z.string(), slug: z.string(), state: z.enum(offerStates), commune: z.string() }),
  employerName: z.string(),
  history: z.array(followEvent),
  /** The candidate may still withdraw. */
  canWithdraw: z.boolean(),
})
export type FollowView = z.output<typeof followView>

// ---------------------------------------------------------------- recruiters

export const pipelineCard = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  createdAt: instant,
  /** Days since the application arrived (or since its last status change, once answered). */
  daysWaiting: z.number().int(),
  /** Still « reçue » after 7 days. */
  overdue: z.boolean(),
  hasCv: z.boolean(),
})
export type PipelineCard = z.output<typeof pipelineCard>

const offerSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  slug: z.string(),
  state: z.enum(offerStates),
  commune: z.string(),
  expiresAt: instant.nullable(),
})

export const pipelineView = z.object({
  offer: offerSummary,
  /** One column per status, in the order of `applicationStatuses`, even empty. */
  columns: z.array(z.object({ status, count: z.number().int(), applications: z.array(pipelineCard) })),
  /** Withdrawn by the candidates: kept apart, nothing more to do. */
  withdrawn: z.array(pipelineCard),
})
export type PipelineView = z.output<typeof pipelineView>

export const applicationEventView = z.object({
  id: z.uuid(),
  at: instant,
  /** depot, statut, note, rappel, cloture, retrait */
  kind: z.enum(['depot', 'statut', 'note', 'rappel', 'cloture', 'retrait']),
  status: status.nullable(),
  text: z.string(),
  messageSent: z.string().nullable(),
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
})
export type ApplicationEventView = z.output<typeof applicationEventView>

export const applicationDetailView = z.object({
  id: z.uuid(),
  offer: offerSummary,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  message: z.string(),
  cv: z.object({ name: z.string(), type: z.string(), bytes: z.number().int() }).nullable(),
  /** Applied with a candidate account. */
  withAccount: z.boolean(),
  status,
  statusChangedAt: instant,
  answeredAt: instant.nullable(),
  withdrawnAt: instant.nullable(),
  createdAt: instant,
  daysWaiting: z.number().int(),
  overdue: z.boolean(),
  /** Status changes, reminders and closing, oldest first. */
  history: z.array(applicationEventView),
  /** Notes private to the employer, newest first. */
  notes: z.array(applicationEventView),
  /** The kind message prefilled for each status, editable before sending. */
  messageTemplates: z.record(status, z.string()),
  /** Statuses it may move to now (none once withdrawn). */
  allowedStatuses: z.array(status),
})
export type ApplicationDetailView = z.output<typeof applicationDetailView>

export const changeStatusBody = z.strictObject({
  status,
  /**
   * Sent to the candidate with the follow-up link. Empty: the kind template of the status is sent
   * (always for « non retenue »).
   */
  message: texteLibre(4000).default(''),
})

export const noteBody = z.strictObject({ text: texteLibre(4000, 1) })

export const dashboardView = z.object({
  answerRate: answerRateView.nullable(),
  offers: z.array(
    offerSummary.extend({
      total: z.number().int(),
      /** Still « reçue ». */
      unanswered: z.number().int(),
      /** Still « reçue » after 7 days. */
      overdue: z.number().int(),
      byStatus: z.record(status, z.number().int()),
    }),
  ),
})
export type DashboardView = z.output<typeof dashboardView>

export const metiersApplicationsContract = {
  uploadCv: defineRoute({
    method: 'POST',
    path: '/api/metiers/cv',
    summary:
      'Déposer un CV avant de candidater (corps brut application/octet-stream ; PDF, DOCX ou ODT ; 10 Mo au plus)',
    access: { kind: 'public' },
    query: cvUploadQuery,
    response: cvUploadView,
    status: 201,
    maxBodyBytes: cvMaxBytes,
    rateLimitPerMinute: 20,
  }),
  apply: defineRoute({
    method: 'POST',
    path: '/api/metiers/offres/:slug/candidatures',
    summary: 'Candidater à une offre publiée, avec ou sans compte',
    access: { kind: 'public' },
    params: offerSlug,
    body: applyBody,
    response: applyView,
    status: 201,
    rateLimitPerMinute: 20,
  }),
  follow: defineRoute({
    method: 'GET',
    path: '/api/metiers/candidatures/suivi/:token',
    summary: 'Suivre sa candidature par son lien personnel',
    access: { kind: 'public' },
    params: followToken,
    response: followView,
    rateLimitPerMinute: 60,
  }),
  withdraw: defineRoute({
    method: 'POST',
    path: '/api/metiers/candidatures/suivi/:token/retirer',
    summary: 'Retirer sa candidature',
    access: { kind: 'public' },
    params: followToken,
    body: z.strictObject({}).optional(),
    response: followView,
    rateLimitPerMinute: 20,
  }),
  dashboard: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/tableau',
    summary: 'Tableau des candidatures : par offre, reçues, sans réponse, en retard ; le taux de réponse',
    access: { kind: 'member', roles: recruiterRoles },
    response: dashboardView,
  }),
  pipeline: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/offres/:id/candidatures',
    summary: 'Candidatures d’une offre, par statut',
    access: { kind: 'member', roles: recruiterRoles },
    params: id,
    response: pipelineView,
  }),
  detail: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/candidatures/:id',
    summary: 'Une candidature : identité, message, CV, historique, notes',
    access: { kind: 'member', roles: recruiterRoles },
    params: id,
    response: applicationDetailView,
  }),
  downloadCv: defineRoute({
    method: 'GET',
    path: '/api/metiers/recrutement/candidatures/:id/cv',
    summary: 'Télécharger le CV d’une candidature',
    access: { kind: 'member', roles: recruiterRoles },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
  changeStatus: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/candidatures/:id/statut',
    summary: 'Changer le statut d’une candidature et écrire à la personne',
    access: { kind: 'member', roles: recruiterRoles },
    params: id,
    body: changeStatusBody,
    response: applicationDetailView,
  }),
  addNote: defineRoute({
    method: 'POST',
    path: '/api/metiers/recrutement/candidatures/:id/notes',
    summary: 'Ajouter une note (visible par l’employeur seul)',
    access: { kind: 'member', roles: recruiterRoles },
    params: id,
    body: noteBody,
    response: applicationDetailView,
    status: 201,
  }),
}
