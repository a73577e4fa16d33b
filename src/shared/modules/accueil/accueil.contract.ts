import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, telephone } from '../../zod/fr'
import { rolesSeeingPersonalData } from '../organisations/roles'
import {
  answerChannels,
  MAX_ANNOUNCED_DELAY,
  orientationOutcomes,
  requestChannels,
  requestStates,
  requestThemes,
} from './accueil.constants'

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const organisationParam = z.object({
  organisationId: z.uuid({ message: 'Identifiant d’organisation invalide.' }),
})
const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date()
const person = z.object({ id: z.uuid(), displayName: z.string() })

/** Free text over several lines: trimmed, bounded, no control characters but tabs and line breaks. */
export const texteLibre = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, { message: 'Ce champ est obligatoire.' })
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

const themeList = z
  .array(z.enum(requestThemes))
  .min(1, { message: 'Choisissez au moins un thème.' })
  .max(requestThemes.length)
  .refine((t) => new Set(t).size === t.length, { message: 'Un thème est en double.' })

export const requestSummaryView = z.object({
  id: z.uuid(),
  reference: z.string(),
  channel: z.enum(requestChannels),
  themes: z.array(z.enum(requestThemes)),
  state: z.enum(requestStates),
  subject: z.string().nullable(),
  usagerId: z.uuid().nullable(),
  /** The usager's name, the description of an anonymous person, or "Personne anonyme". */
  personLabel: z.string(),
  receivedAt: instant,
  dueOn: civilDate,
  overdue: z.boolean(),
  assignee: person.nullable(),
  service: z.object({ id: z.uuid(), name: z.string() }).nullable(),
})
export type RequestSummaryView = z.output<typeof requestSummaryView>

export const answerView = z.object({
  id: z.uuid(),
  channel: z.enum(answerChannels),
  body: z.string(),
  answeredBy: person.nullable(),
  answeredAt: instant,
})

export const orientationView = z.object({
  id: z.uuid(),
  partnerName: z.string(),
  partnerId: z.uuid().nullable(),
  reason: z.string().nullable(),
  outcome: z.enum(orientationOutcomes),
  outcomeAt: instant.nullable(),
  createdBy: person.nullable(),
  createdAt: instant,
})

export const requestEventView = z.object({
  id: z.uuid(),
  kind: z.string(),
  detail: z.record(z.string(), z.unknown()),
  actor: person.nullable(),
  at: instant,
})

export const requestDetailView = requestSummaryView.extend({
  message: z.string(),
  contactName: z.string().nullable(),
  replyTo: z.string().nullable(),
  receivedBy: person.nullable(),
  firstAnsweredAt: instant.nullable(),
  closedAt: instant.nullable(),
  answers: z.array(answerView),
  orientations: z.array(orientationView),
  events: z.array(requestEventView),
  /** The states the request may go to now (the shared state machine). */
  allowedStates: z.array(z.enum(requestStates)),
})
export type RequestDetailView = z.output<typeof requestDetailView>

export const createRequestBody = z.strictObject({
  channel: z.enum(requestChannels),
  themes: themeList,
  /** The person's file, when known; without it the request is anonymous. */
  usagerId: z.uuid().nullable().optional(),
  /** A description of an anonymous person ("homme, la quarantaine") or a contact's given name. */
  contactName: libelle(200).nullable().optional(),
  replyTo: libelle(254).nullable().optional(),
  subject: libelle(200).nullable().optional(),
  message: texteLibre(20_000).default(''),
  /** Defaults to the agent's service when the agent belongs to exactly one; null for none. */
  serviceId: z.uuid().nullable().optional(),
  /** Defaults to the agent who logs the request; null leaves it to be assigned. */
  assigneeId: z.uuid().nullable().optional(),
})

export const queueKinds = ['mine', 'service', 'unassigned'] as const

/** An agent a request may be given to: an active member who sees personal data. No e-mail. */
export const assigneeView = z.object({
  accountId: z.uuid(),
  displayName: z.string(),
  services: z.array(z.object({ id: z.uuid(), name: z.string() })),
})
export type AssigneeView = z.output<typeof assigneeView>

/** What the public pages show of the structure: its name, logo and colours. */
export const publicIdentityView = z.object({
  id: z.uuid(),
  name: z.string(),
  logoDataUrl: z.string().nullable(),
  primaryColor: z.string(),
  accentColor: z.string(),
})
export type PublicIdentityView = z.output<typeof publicIdentityView>

export const announcedDelayView = z.object({
  channel: z.enum(requestChannels),
  label: z.string(),
  workingDays: z.number().int(),
  /** True while the organisation has not set this delay itself. */
  isDefault: z.boolean(),
})

const delayValue = z
  .number()
  .int({ message: 'Un nombre entier de jours ouvrés.' })
  .min(0, { message: '0 jour au moins.' })
  .max(MAX_ANNOUNCED_DELAY, { message: `${MAX_ANNOUNCED_DELAY} jours ouvrés au plus.` })

const ROLES = rolesSeeingPersonalData
const paging = { page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }

export const accueilContract = {
  create: defineRoute({
    method: 'POST',
    path: '/api/requests',
    summary: 'Enregistrer une demande (sollicitation), quel que soit le canal',
    access: { kind: 'member', roles: ROLES },
    body: createRequestBody,
    response: requestDetailView,
    status: 201,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/requests',
    summary:
      'Files de demandes : les miennes, celles de mes services, celles à attribuer (en retard d’abord) ; ' +
      'avec usagerId et sans file, toutes les demandes de la personne (les plus récentes d’abord)',
    access: { kind: 'member', roles: ROLES },
    query: z.strictObject({
      /** Defaults to "mine", unless a person is named: then every queue. */
      queue: z.enum(queueKinds).optional(),
      usagerId: z.uuid({ message: 'Identifiant de personne invalide.' }).optional(),
      serviceId: z.uuid({ message: 'Identifiant de service invalide.' }).optional(),
      state: z.enum([...requestStates, 'ouvertes', 'toutes']).default('ouvertes'),
      theme: z.enum(requestThemes).optional(),
      channel: z.enum(requestChannels).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({ items: z.array(requestSummaryView), ...paging }),
  }),
  assignees: defineRoute({
    method: 'GET',
    path: '/api/requests/assignees',
    summary:
      'Agents à qui confier une demande : membres actifs qui voient les données personnelles, avec leurs services',
    access: { kind: 'member', roles: ROLES },
    query: z.strictObject({
      serviceId: z.uuid({ message: 'Identifiant de service invalide.' }).optional(),
    }),
    response: z.array(assigneeView),
  }),
  counters: defineRoute({
    method: 'GET',
    path: '/api/requests/counters',
    summary: 'Compteurs de l’en-tête : demandes ouvertes et en retard',
    access: { kind: 'member', roles: ROLES },
    response: z.object({
      mineOpen: z.number().int(),
      mineOverdue: z.number().int(),
      serviceOpen: z.number().int(),
      serviceOverdue: z.number().int(),
      unassignedOpen: z.number().int(),
    }),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/requests/:id',
    summary: 'Une demande, ses réponses, ses orientations et son historique',
    access: { kind: 'member', roles: ROLES },
    params: id,
    response: requestDetailView,
  }),
  answer: defineRoute({
    method: 'POST',
    path: '/api/requests/:id/answers',
    summary: 'Enregistrer la réponse apportée (ce qui a été dit, par quel canal)',
    access: { kind: 'member', roles: ROLES },
    params: id,
    body: z.strictObject({ channel: z.enum(answerChannels), body: texteLibre(10_000, 1) }),
    response: requestDetailView,
    status: 201,
  }),
  changeState: defineRoute({
    method: 'POST',
    path: '/api/requests/:id/state',
    summary: 'Changer l’état d’une demande',
    access: { kind: 'member', roles: ROLES },
    params: id,
    body: z.strictObject({ state: z.enum(requestStates) }),
    response: requestDetailView,
  }),
  reassign: defineRoute({
    method: 'POST',
    path: '/api/requests/:id/assignment',
    summary: 'Confier la demande à un autre service ou à un autre agent (l’historique est gardé)',
    access: { kind: 'member', roles: ROLES },
    params: id,
    body: z
      .strictObject({ serviceId: z.uuid().nullable().optional(), assigneeId: z.uuid().nullable().optional() })
      .refine((b) => b.serviceId !== undefined || b.assigneeId !== undefined, {
        message: 'Choisissez un service ou un agent.',
        path: ['assigneeId'],
      }),
    response: requestDetailView,
  }),
  orient: defineRoute({
    method: 'POST',
    path: '/api/requests/:id/orientations',
    summary: 'Orienter la personne vers un partenaire',
    access: { kind: 'member', roles: ROLES },
    params: id,
    body: z.strictObject({ partnerName: libelle(200), reason: texteLibre(2000).nullable().optional() }),
    response: requestDetailView,
    status: 201,
  }),
  orientationOutcome: defineRoute({
    method: 'PATCH',
    path: '/api/orientations/:id',
    summary: 'Enregistrer la suite donnée à une orientation par le partenaire',
    access: { kind: 'member', roles: ROLES },
    params: id,
    body: z.strictObject({ outcome: z.enum(orientationOutcomes) }),
    response: requestDetailView,
  }),
  delays: defineRoute({
    method: 'GET',
    path: '/api/announced-delays',
    summary: 'Délais de réponse annoncés, par canal (valeurs par défaut tant qu’ils ne sont pas fixés)',
    access: { kind: 'member', roles: 'any' },
    response: z.object({ delays: z.array(announcedDelayView), note: z.string() }),
  }),
  setDelays: defineRoute({
    method: 'PUT',
    path: '/api/announced-delays',
    summary: 'Fixer les délais de réponse annoncés, en jours ouvrés',
    access: { kind: 'member', roles: ['administrateur', 'direction'] },
    body: z.strictObject({
      delays: z.strictObject({
        accueil_physique: delayValue.optional(),
        telephone: delayValue.optional(),
        courriel: delayValue.optional(),
        courrier: delayValue.optional(),
        formulaire: delayValue.optional(),
        orientation_partenaire: delayValue.optional(),
      }),
    }),
    response: z.object({ delays: z.array(announcedDelayView), note: z.string() }),
  }),
  emailRelay: defineRoute({
    method: 'GET',
    path: '/api/email-relay',
    summary: 'Adresse et signature à donner au relais de courrier entrant',
    access: { kind: 'member', roles: ['administrateur'] },
    response: z.object({ url: z.string(), header: z.string(), signature: z.string() }),
  }),
  inboundEmail: defineRoute({
    method: 'POST',
    path: '/api/inbound/email/:organisationId',
    summary:
      'Courriel entrant posté par le relais de courrier (message brut message/rfc822 ; en-tête x-lien-relay-signature)',
    access: { kind: 'public' },
    params: organisationParam,
    response: z.object({ reference: z.string(), duplicate: z.boolean() }),
    status: 202,
  }),
  contactForm: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/contact-form',
    summary: 'Formulaire de contact public : thèmes, délai annoncé, question anti-robot',
    access: { kind: 'public' },
    params: organisationParam,
    response: z.object({
      organisation: publicIdentityView,
      themes: z.array(z.object({ value: z.enum(requestThemes), label: z.string() })),
      announcedDelay: z.object({ workingDays: z.number().int(), isDefault: z.boolean() }),
      question: z.object({ id: z.string(), text: z.string() }),
    }),
  }),
  contact: defineRoute({
    method: 'POST',
    path: '/api/public/organisations/:organisationId/contact',
    summary: 'Envoyer une demande par le formulaire de contact public (sans compte)',
    access: { kind: 'public' },
    params: organisationParam,
    body: z
      .strictObject({
        name: libelle(120).optional(),
        email: email.optional(),
        phone: telephone.optional(),
        message: texteLibre(5000, 1),
        themes: themeList,
        questionId: z.string().max(60),
        answer: z.string().max(100),
        /** Left empty by people; robots fill it. */
        website: z.string().max(500).optional(),
      })
      .refine((b) => b.email !== undefined || b.phone !== undefined, {
        message:
          'Indiquez une adresse e-mail ou un numéro de téléphone pour que nous puissions vous répondre.',
        path: ['email'],
      }),
    response: z.object({ reference: z.string(), dueOn: civilDate, announcedWorkingDays: z.number().int() }),
    status: 202,
    rateLimitPerMinute: 5,
  }),
  commitments: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/commitments',
    summary: 'Engagements de service : délais annoncés et résultats mesurés sur 12 mois (Services Publics+)',
    access: { kind: 'public' },
    params: organisationParam,
    response: z.object({
      organisation: publicIdentityView,
      from: civilDate,
      to: civilDate,
      channels: z.array(
        announcedDelayView.extend({
          received: z.number().int(),
          /** Requests whose due day has passed or which were answered: the base of the share. */
          due: z.number().int(),
          answeredWithinDelay: z.number().int(),
          /** Between 0 and 1; null when nothing was due yet. */
          shareWithinDelay: z.number().nullable(),
          /** Median working days between reception and first answer; null without answers. */
          medianWorkingDays: z.number().nullable(),
        }),
      ),
    }),
    rateLimitPerMinute: 60,
  }),
}
