/** Partenaires — orientations sent to partners, partner accounts, the secure link. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import { texteLibre } from '../accueil/accueil.contract'
import { rolesSeeingPersonalData } from '../organisations/roles'

/** envoyee → acceptee | refusee | expiree; acceptee → personne_recue | personne_absente (and envoyee → both). */
export const referralStatuses = [
  'envoyee',
  'acceptee',
  'refusee',
  'personne_recue',
  'personne_absente',
  'expiree',
] as const
export type ReferralStatus = (typeof referralStatuses)[number]

export const referralStatusLabels: Record<ReferralStatus, string> = {
  envoyee: 'Envoyée, sans réponse',
  acceptee: 'Acceptée',
  refusee: 'Refusée',
  personne_recue: 'Personne reçue',
  personne_absente: 'Personne non venue',
  expiree: 'Expirée sans réponse',
}

/** What a partner may answer. */
export const referralActions = ['accepter', 'refuser', 'personne_recue', 'personne_absente'] as const
export type ReferralAction = (typeof referralActions)[number]

export const referralActionLabels: Record<ReferralAction, string> = {
  accepter: 'Accepter',
  refuser: 'Refuser',
  personne_recue: 'Personne reçue',
  personne_absente: 'Personne non venue',
}

/** Days without news before the partner is reminded, and before an orientation never accepted expires. */
export const REFERRAL_REMINDER_DAYS = 7
export const REFERRAL_EXPIRY_DAYS = 30
/**
 * Days after an acceptance without news of the person (came or not) before the partner is asked:
 * longer than the first reminder, as an accepted orientation often waits for an appointment.
 */
export const REFERRAL_OUTCOME_REMINDER_DAYS = 14

/** Pages the e-mails link to; the client serves them at these paths. */
export const referralPages = {
  /** The partner's space: one orientation received. */
  received: (referralId: string) => `/partenaire/orientations/${referralId}`,
  /** The secure link for a partner without an account. */
  link: (organisationId: string, token: string) => `/orientation/${organisationId}/${token}`,
  /** The sending agent's request. */
  request: (requestId: string) => `/demandes/${requestId}`,
}

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const instant = z.iso.datetime({ offset: true })
const named = z.object({ id: z.uuid(), name: z.string() })
const person = z.object({ id: z.uuid(), displayName: z.string() })

/** Only what the person agreed to share; every field is optional and absent by default. */
export const sharedDataView = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  message: z.string().optional(),
})
export type SharedDataView = z.output<typeof sharedDataView>

/** The sending organisation's view of an orientation. */
export const referralView = z.object({
  id: z.uuid(),
  requestId: z.uuid().nullable(),
  requestReference: z.string().nullable(),
  service: named,
  structure: named,
  /** The partner's own organisation on Lien; null when it is reached through a secure link. */
  partnerOrganisation: named.nullable(),
  /** How the partner was told: in its account, or by a secure link sent to an address. */
  channel: z.enum(['compte', 'lien']),
  shared: sharedDataView,
  /** When the person's consent to share was recorded; null when nothing personal was shared. */
  consentRecordedAt: instant.nullable(),
  status: z.enum(referralStatuses),
  /** The partner's reason when it refused. */
  statusReason: z.string().nullable(),
  createdBy: person.nullable(),
  createdAt: instant,
  acceptedAt: instant.nullable(),
  closedAt: instant.nullable(),
  remindedAt: instant.nullable(),
  /** Without news: still "envoyee" after the reminder delay, or "acceptee" with no outcome after the outcome delay. */
  stale: z.boolean(),
})
export type ReferralView = z.output<typeof referralView>

/** The partner's view: the shared data, the service, who sent it. Never the person's file nor the request. */
export const receivedReferralView = z.object({
  id: z.uuid(),
  service: named,
  structure: named,
  sender: z.object({
    organisation: named,
    /** The sending agent's first name only. */
    agentFirstName: z.string().nullable(),
  }),
  shared: sharedDataView,
  status: z.enum(referralStatuses),
  statusReason: z.string().nullable(),
  createdAt: instant,
  acceptedAt: instant.nullable(),
  closedAt: instant.nullable(),
  /** What the partner may do now. */
  allowedActions: z.array(z.enum(referralActions)),
})
export type ReceivedReferralView = z.output<typeof receivedReferralView>

export const createReferralBody = z
  .strictObject({
    serviceId: z.uuid({ message: 'Choisissez un service de l’annuaire.' }),
    /** What the person agreed to share; nothing by default. */
    share: z
      .strictObject({
        firstName: libelle(100).optional(),
        lastName: libelle(100).optional(),
        phone: telephone.optional(),
        email: email.optional(),
        message: texteLibre(2000, 1).optional(),
      })
      .default({}),
    /** The person agreed to what is shared; required as soon as anything is shared. */
    consent: z.boolean().default(false),
    /** Why the agent orients (kept on the request, never sent to the partner). */
    reason: texteLibre(2000).nullable().optional(),
  })
  .refine((b) => b.consent || Object.values(b.share).every((v) => v === undefined), {
    message: 'Le consentement de la personne est obligatoire pour partager ses informations.',
    path: ['consent'],
  })
export type CreateReferralBody = z.input<typeof createReferralBody>

export const referralAnswerBody = z
  .strictObject({
    action: z.enum(referralActions, { message: 'Action inconnue.' }),
    /** Required to refuse. */
    reason: texteLibre(1000).optional(),
  })
  .refine((b) => b.action !== 'refuser' || (b.reason ?? '').length > 0, {
    message: 'Indiquez la raison du refus.',
    path: ['reason'],
  })

const countsByStatus = z.record(z.enum(referralStatuses), z.number().int())
const summaryRow = z.object({
  /** The partner structure (sent) or the sending organisation (received). */
  counterpart: named,
  total: z.number().int(),
  byStatus: countsByStatus,
  /** Month as YYYY-MM (Paris), oldest first, months without orientations left out. */
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
})
export type ReferralSummaryRow = z.output<typeof summaryRow>

const paging = { page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }
const ROLES = rolesSeeingPersonalData
/** Members of a partner organisation: the role given by the invitation, and its own administration. */
const PARTNER_ROLES = ['partenaire', 'administrateur', 'direction'] as const

const linkParams = z.object({
  organisationId: z.uuid({ message: 'Identifiant d’organisation invalide.' }),
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Lien invalide.' }),
})

export const referralsContract = {
  invitePartner: defineRoute({
    method: 'POST',
    path: '/api/directory/structures/:id/partner-invitation',
    summary:
      'Inviter une structure de l’annuaire sur Lien : son organisation (créée si besoin) et un compte « partenaire »',
    access: { kind: 'member', roles: ['administrateur', 'direction'] },
    params: id,
    body: z.strictObject({ email }),
    response: z.object({
      structure: named,
      partnerOrganisation: named,
      /** True when the organisation was created by this invitation. */
      organisationCreated: z.boolean(),
      invitation: z.object({ id: z.uuid(), email: z.string(), expiresAt: instant }),
    }),
    status: 201,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/requests/:id/referrals',
    summary: 'Orienter la personne vers un service de l’annuaire, avec ce qu’elle accepte de partager',
    access: { kind: 'member', roles: ROLES },
    params: id,
    body: createReferralBody,
    response: referralView,
    status: 201,
  }),
  ofRequest: defineRoute({
    method: 'GET',
    path: '/api/requests/:id/referrals',
    summary: 'Orientations d’une demande : état, dates, réponse du partenaire',
    access: { kind: 'member', roles: ROLES },
    params: id,
    response: z.array(referralView),
  }),
  sent: defineRoute({
    method: 'GET',
    path: '/api/referrals/sent',
    summary: 'Orientations envoyées par l’organisation (les plus récentes d’abord)',
    access: { kind: 'member', roles: ROLES },
    query: z.strictObject({
      status: z.enum(referralStatuses).optional(),
      structureId: z.uuid({ message: 'Identifiant de structure invalide.' }).optional(),
      /** Only orientations still without news after the reminder delay. */
      stale: z.enum(['true', 'false']).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({ items: z.array(referralView), ...paging }),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/referrals/sent/:id',
    summary: 'Une orientation envoyée',
    access: { kind: 'member', roles: ROLES },
    params: id,
    response: referralView,
  }),
  received: defineRoute({
    method: 'GET',
    path: '/api/referrals/received',
    summary: 'Orientations reçues par mon organisation partenaire (les plus récentes d’abord)',
    access: { kind: 'member', roles: PARTNER_ROLES },
    query: z.strictObject({
      status: z.enum(referralStatuses).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({ items: z.array(receivedReferralView), ...paging }),
  }),
  receivedOne: defineRoute({
    method: 'GET',
    path: '/api/referrals/received/:id',
    summary: 'Une orientation reçue : ce que la personne a accepté de partager, le service, qui l’envoie',
    access: { kind: 'member', roles: PARTNER_ROLES },
    params: id,
    response: receivedReferralView,
  }),
  answer: defineRoute({
    method: 'POST',
    path: '/api/referrals/received/:id/answer',
    summary: 'Accepter, refuser (avec la raison), noter la personne reçue ou non venue',
    access: { kind: 'member', roles: PARTNER_ROLES },
    params: id,
    body: referralAnswerBody,
    response: receivedReferralView,
  }),
  summary: defineRoute({
    method: 'GET',
    path: '/api/referrals/summary',
    summary: 'Bilan par partenaire : orientations envoyées et reçues, par état et par mois',
    access: { kind: 'member', roles: 'any' },
    query: z.strictObject({
      from: z.iso.date({ message: 'Date de début invalide (AAAA-MM-JJ).' }).optional(),
      to: z.iso.date({ message: 'Date de fin invalide (AAAA-MM-JJ).' }).optional(),
    }),
    response: z.object({ sent: z.array(summaryRow), received: z.array(summaryRow) }),
  }),
  linkRead: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/referrals/:token',
    summary: 'Orientation reçue par lien sécurisé (partenaire sans compte)',
    access: { kind: 'public' },
    params: linkParams,
    response: receivedReferralView,
    rateLimitPerMinute: 30,
  }),
  linkAnswer: defineRoute({
    method: 'POST',
    path: '/api/public/organisations/:organisationId/referrals/:token/answer',
    summary: 'Répondre à une orientation par lien sécurisé',
    access: { kind: 'public' },
    params: linkParams,
    body: referralAnswerBody,
    response: receivedReferralView,
    rateLimitPerMinute: 30,
  }),
}
