/** Métiers — candidate accounts: sign-up, profile, their applications and alerts. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import { newPassword } from '../auth/auth.contract'
import { applicationStatuses, cvMaxBytes, cvTypes, offerStates } from './metiers.constants'

/** Portal pages the candidate e-mails link to. */
export const candidatePages = {
  confirm: (token: string) => `/metiers/compte/confirmer/${token}`,
  signIn: '/metiers/compte/connexion',
  /** The platform's page to choose a new password (auth module). */
  forgotPassword: '/mot-de-passe-oublie',
  profile: '/metiers/compte/profil',
  applications: '/metiers/compte/candidatures',
  alerts: '/metiers/compte/alertes',
} as const

/** Hours a sign-up confirmation link stays valid. */
export const SIGN_UP_LINK_HOURS = 48

const instant = z.iso.datetime({ offset: true })
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters (line breaks allowed) is the point
    .refine((v) => !/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

export const signUpBody = z.strictObject({
  email,
  firstName: libelle(80),
  lastName: libelle(80),
  /** The platform's rules: 12 characters here, strength (common, personal) checked on the server. */
  password: newPassword,
})

export const candidateCvView = z.object({
  fileName: z.string(),
  type: z.enum(cvTypes),
  bytes: z.number().int(),
})

export const candidateProfileView = z.object({
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  /** The commune the candidate lives in or looks around, as typed. */
  city: z.string(),
  presentation: z.string(),
  cv: candidateCvView.nullable(),
  updatedAt: instant,
})
export type CandidateProfileView = z.output<typeof candidateProfileView>

export const candidateProfileBody = z.strictObject({
  firstName: libelle(80),
  lastName: libelle(80),
  phone: telephone.nullable(),
  city: optionalText(120),
  presentation: optionalText(2000),
})

/** One of my applications, as the candidate sees it (never the employer's notes). */
export const candidateApplicationView = z.object({
  id: z.uuid(),
  status: z.enum(applicationStatuses),
  offer: z.object({ title: z.string(), slug: z.string(), state: z.enum(offerStates) }),
  employerName: z.string(),
  sentAt: instant,
  /** The last change of status (or the sending, when nothing changed yet). */
  lastChangeAt: instant,
  withdrawn: z.boolean(),
})
export type CandidateApplicationView = z.output<typeof candidateApplicationView>

const ok = z.object({ ok: z.literal(true) })

export const metiersCandidatesContract = {
  signUp: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/inscription',
    summary:
      "Créer un compte candidat : la même réponse que l'adresse ait déjà un compte ou non ; un lien de confirmation (ou, si l'adresse a déjà un compte, un message le disant) part par e-mail",
    access: { kind: 'public' },
    body: signUpBody,
    response: ok,
    status: 202,
    rateLimitPerMinute: 10,
  }),
  confirm: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/confirmer',
    summary: 'Confirmer son adresse avec le lien reçu : le compte est créé et la personne connectée',
    access: { kind: 'public' },
    body: z.strictObject({
      token: z.string().min(10, { message: 'Lien incomplet.' }).max(200, { message: 'Lien invalide.' }),
    }),
    response: z.object({ stage: z.literal('active') }),
    rateLimitPerMinute: 20,
  }),
  getProfile: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/profil',
    summary: 'Mon profil de candidat (repris quand je postule)',
    access: { kind: 'signedIn' },
    response: candidateProfileView,
  }),
  updateProfile: defineRoute({
    method: 'PUT',
    path: '/api/metiers/compte/profil',
    summary: 'Modifier mon profil de candidat',
    access: { kind: 'signedIn' },
    body: candidateProfileBody,
    response: candidateProfileView,
  }),
  uploadCv: defineRoute({
    method: 'POST',
    path: '/api/metiers/compte/profil/cv',
    summary: 'Déposer mon CV (corps brut application/octet-stream ; PDF, DOCX ou ODT ; 10 Mo au plus)',
    access: { kind: 'signedIn' },
    query: z.strictObject({ fileName: libelle(200) }),
    response: candidateProfileView,
    maxBodyBytes: cvMaxBytes,
  }),
  downloadCv: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/profil/cv',
    summary: 'Télécharger mon CV',
    access: { kind: 'signedIn' },
    response: z.unknown(),
    raw: true,
  }),
  deleteCv: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/compte/profil/cv',
    summary: 'Retirer mon CV',
    access: { kind: 'signedIn' },
    response: candidateProfileView,
  }),
  myApplications: defineRoute({
    method: 'GET',
    path: '/api/metiers/compte/candidatures',
    summary: 'Mes candidatures et leur état, la plus récente d’abord',
    access: { kind: 'signedIn' },
    response: z.array(candidateApplicationView),
  }),
  eraseAccount: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/compte',
    summary:
      'Effacer mon compte, mon profil et mon CV (les candidatures déjà envoyées restent chez les employeurs, sans lien avec le compte)',
    access: { kind: 'signedIn' },
    body: z.strictObject({
      password: z.string().min(1, { message: 'Saisissez votre mot de passe.' }).max(1024),
    }),
    response: ok,
  }),
}
