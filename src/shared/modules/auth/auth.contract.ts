import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle } from '../../zod/fr'
import { organisationKinds, roles } from '../organisations/roles'

export const sessionStages = ['totp', 'totp_enrolment', 'active'] as const
export type SessionStage = (typeof sessionStages)[number]

export const membershipView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: z.enum(organisationKinds),
  roles: z.array(z.enum(roles)),
  /** The services (pôles) the person works in there: what "my service" means. */
  serviceIds: z.array(z.uuid()),
  active: z.boolean(),
})

export const sessionView = z.object({
  csrfToken: z.string(),
  account: z
    .object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      platformAdmin: z.boolean(),
      totpEnabled: z.boolean(),
      locale: z.string(),
    })
    .nullable(),
  stage: z.enum(sessionStages).nullable(),
  currentOrganisationId: z.uuid().nullable(),
  memberships: z.array(membershipView),
  proconnectEnabled: z.boolean(),
})
export type SessionView = z.output<typeof sessionView>

const password = z.string().min(1, { message: 'Saisissez votre mot de passe.' }).max(1024)
/** New passwords: the length rule is here, the strength checks on the server (auth/password-policy). */
export const newPassword = z
  .string()
  .min(12, { message: 'Au moins 12 caractères.' })
  .max(256, { message: '256 caractères au plus.' })
const totpCode = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { message: 'Le code compte 6 chiffres.' }))
const signInStep = z.object({ stage: z.enum(sessionStages) })

export const authContract = {
  session: defineRoute({
    method: 'GET',
    path: '/api/auth/session',
    summary: 'Session en cours et jeton anti-CSRF',
    access: { kind: 'public' },
    response: sessionView,
  }),
  login: defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Connexion par e-mail et mot de passe',
    access: { kind: 'public' },
    body: z.strictObject({ email, password }),
    response: signInStep,
    rateLimitPerMinute: 20,
  }),
  verifyTotp: defineRoute({
    method: 'POST',
    path: '/api/auth/totp',
    summary: 'Second facteur : code à usage unique',
    access: { kind: 'signingIn' },
    body: z.strictObject({ code: totpCode }),
    response: signInStep,
    rateLimitPerMinute: 20,
  }),
  startTotpEnrolment: defineRoute({
    method: 'POST',
    path: '/api/auth/totp/enrolment',
    summary: "Commencer l'activation du second facteur",
    access: { kind: 'signingIn' },
    body: z.strictObject({}),
    response: z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() }),
  }),
  confirmTotpEnrolment: defineRoute({
    method: 'POST',
    path: '/api/auth/totp/enrolment/confirm',
    summary: "Confirmer l'activation du second facteur",
    access: { kind: 'signingIn' },
    body: z.strictObject({ code: totpCode }),
    response: signInStep,
    rateLimitPerMinute: 20,
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Déconnexion',
    access: { kind: 'public' },
    body: z.strictObject({}),
    response: z.object({ ok: z.literal(true) }),
  }),
  switchOrganisation: defineRoute({
    method: 'POST',
    path: '/api/auth/organisation',
    summary: "Choisir l'organisation de travail",
    access: { kind: 'signedIn' },
    body: z.strictObject({ organisationId: z.uuid() }),
    response: z.object({ ok: z.literal(true) }),
  }),
  forgotPassword: defineRoute({
    method: 'POST',
    path: '/api/auth/password/forgot',
    summary: 'Recevoir un lien pour choisir un nouveau mot de passe',
    access: { kind: 'public' },
    body: z.strictObject({ email }),
    response: z.object({ ok: z.literal(true) }),
    status: 202,
    rateLimitPerMinute: 10,
  }),
  resetPassword: defineRoute({
    method: 'POST',
    path: '/api/auth/password/reset',
    summary: 'Choisir un nouveau mot de passe avec le lien reçu',
    access: { kind: 'public' },
    body: z.strictObject({ token: z.string().min(10).max(200), newPassword }),
    response: z.object({ ok: z.literal(true) }),
    rateLimitPerMinute: 20,
  }),
  changePassword: defineRoute({
    method: 'POST',
    path: '/api/auth/password/change',
    summary: 'Changer mon mot de passe',
    access: { kind: 'signedIn' },
    body: z.strictObject({ password, newPassword }),
    response: z.object({ ok: z.literal(true) }),
  }),
  updateProfile: defineRoute({
    method: 'PATCH',
    path: '/api/auth/profile',
    summary: 'Modifier mon nom affiché et ma langue',
    access: { kind: 'signedIn' },
    body: z.strictObject({ displayName: libelle(120).optional(), locale: z.enum(['fr', 'en', 'ar']).optional() }),
    response: z.object({ ok: z.literal(true) }),
  }),
  proconnectLogin: defineRoute({
    method: 'GET',
    path: '/api/auth/proconnect/login',
    summary: 'Se connecter avec ProConnect',
    access: { kind: 'public' },
    response: z.never(),
    raw: true,
  }),
  proconnectCallback: defineRoute({
    method: 'GET',
    path: '/api/auth/proconnect/callback',
    summary: 'Retour de ProConnect',
    access: { kind: 'public' },
    query: z.object({ code: z.string().optional(), state: z.string().optional(), error: z.string().optional() }),
    response: z.never(),
    raw: true,
  }),
}
