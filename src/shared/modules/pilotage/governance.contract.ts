/**
 * Pilotage — governance: steering committee, board and city council reviews (sessions whose
 * decisions are recorded and whose plan state is frozen), the yearly recap of flagship projects
 * and actions with their calendar (JSON, PDF, XLSX), and the plan's recurring milestones (the
 * three yearly presentations to the city council) with reminders to their owners.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { libelle } from '../../zod/fr'
import {
  actionKinds,
  actionStatuses,
  planManagerRoles,
  planReaderRoles,
  reviewKinds,
  trafficLights,
} from './pilotage.constants'

const readers = { kind: 'member', roles: planReaderRoles } as const
const managers = { kind: 'member', roles: planManagerRoles } as const

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const civilDate = (what: string) => z.iso.date({ message: `${what} : date au format AAAA-MM-JJ.` })

const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

// ---------------------------------------------------------------- reviews

export const reviewBody = z.strictObject({
  kind: z.enum(reviewKinds, { message: 'Type de séance inconnu.' }),
  heldOn: civilDate('Date de la séance'),
  title: libelle(200),
  notes: freeText(5000).default(''),
})
export type ReviewBody = z.input<typeof reviewBody>

export const decisionBody = z.strictObject({
  text: freeText(2000).min(1, { message: 'Écrivez la décision.' }),
  /** The action the decision is about; the plan as a whole without it. */
  actionId: z.uuid({ message: 'Action inconnue.' }).nullable().default(null),
})
export type DecisionBody = z.input<typeof decisionBody>

export const freezeBody = z.strictObject({
  /** The person confirmed: once frozen, nothing of the review changes. */
  confirm: z.literal(true, { message: 'Confirmez que l’état du plan sera figé.' }),
})

export const decisionView = z.object({
  id: z.uuid(),
  text: z.string(),
  actionId: z.uuid().nullable(),
  /** « 2.3 — Title » of the action, as it stood when the decision was recorded. */
  actionLabel: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
})
export type DecisionView = z.output<typeof decisionView>

/**
 * The plan's state as frozen: what the steering committee saw. Built from the dashboard at the
 * moment of freezing; stored whole, never recomputed.
 */
export const snapshotAction = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(actionKinds),
  status: z.enum(actionStatuses),
  statusReason: z.string(),
  light: z.enum(trafficLights),
})
export const snapshotAxis = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  light: z.enum(trafficLights),
  actions: z.array(snapshotAction),
})
export const reviewSnapshot = z.object({
  /** Paris day the state was taken. */
  takenOn: z.string(),
  plan: z.object({ id: z.uuid(), title: z.string(), periodStart: z.string(), periodEnd: z.string() }),
  light: z.enum(trafficLights),
  counts: z.record(z.string(), z.number()),
  axes: z.array(snapshotAxis),
  /** The dashboard as its part returned it, kept as it stood. */
  dashboard: z.unknown().optional(),
})
export type ReviewSnapshot = z.output<typeof reviewSnapshot>

export const reviewSummaryView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  kind: z.enum(reviewKinds),
  heldOn: z.string(),
  title: z.string(),
  frozenAt: z.string().nullable(),
  decisionCount: z.number().int(),
})
export type ReviewSummaryView = z.output<typeof reviewSummaryView>

export const reviewView = reviewSummaryView.extend({
  planTitle: z.string(),
  notes: z.string(),
  frozenByName: z.string().nullable(),
  decisions: z.array(decisionView),
  snapshot: reviewSnapshot.nullable(),
  /** The plan's actions, to tie a decision to one (empty once frozen). */
  actions: z.array(z.object({ id: z.uuid(), label: z.string() })),
  /** What the person may do on it (the client hides the rest). */
  canWrite: z.boolean(),
})
export type ReviewView = z.output<typeof reviewView>

export const reviewListView = z.object({
  planId: z.uuid(),
  planTitle: z.string(),
  canWrite: z.boolean(),
  reviews: z.array(reviewSummaryView),
})
export type ReviewListView = z.output<typeof reviewListView>

// ---------------------------------------------------------------- yearly recap

export const recapQuery = z.strictObject({
  annee: z.coerce
    .number({ message: 'Année : un nombre.' })
    .int({ message: 'Année : un nombre entier.' })
    .min(2000, { message: 'Année : 2000 au plus tôt.' })
    .max(2100, { message: 'Année : 2100 au plus tard.' }),
})

export const recapMilestone = z.object({
  id: z.uuid(),
  title: z.string(),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
})
export type RecapMilestone = z.output<typeof recapMilestone>

export const recapAction = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(actionKinds),
  title: z.string(),
  pilots: z.array(z.string()),
  status: z.enum(actionStatuses),
  statusReason: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  milestones: z.array(recapMilestone),
  plannedCents: z.number().int(),
  consumedCents: z.number().int(),
})
export type RecapAction = z.output<typeof recapAction>

export const recapAxis = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  actions: z.array(recapAction),
})
export type RecapAxis = z.output<typeof recapAxis>

export const recapView = z.object({
  plan: z.object({
    id: z.uuid(),
    title: z.string(),
    organisationName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
  }),
  year: z.number().int(),
  /** Paris day of edition. */
  editedOn: z.string(),
  axes: z.array(recapAxis),
  /** The plan's own milestones of the year (the presentations to the city council). */
  planMilestones: z.array(recapMilestone),
  totals: z.object({ plannedCents: z.number().int(), consumedCents: z.number().int() }),
})
export type RecapView = z.output<typeof recapView>

/** Pages the e-mails and the other parts link to. */
export const governancePages = {
  reviews: (planId: string) => `/pilotage/plans/${planId}/instances`,
  review: (reviewId: string) => `/pilotage/instances/${reviewId}`,
  recap: (planId: string, year: number) => `/pilotage/plans/${planId}/bilan?annee=${year}`,
  /** The plan's page, where its own milestones are listed (plans part). */
  plan: (planId: string) => `/pilotage/plans/${planId}`,
}

export const pilotageGovernanceContract = {
  reviews: defineRoute({
    method: 'GET',
    path: '/api/pilotage/plans/:id/instances',
    summary: 'Les séances (comités de pilotage, conseils) d’un plan',
    access: readers,
    params: id,
    response: reviewListView,
  }),
  createReview: defineRoute({
    method: 'POST',
    path: '/api/pilotage/plans/:id/instances',
    summary: 'Créer une séance (type, date, intitulé, notes)',
    access: managers,
    params: id,
    body: reviewBody,
    response: reviewView,
    status: 201,
  }),
  review: defineRoute({
    method: 'GET',
    path: '/api/pilotage/instances/:id',
    summary: 'Une séance : ses décisions et, une fois figée, l’état du plan tel qu’il était',
    access: readers,
    params: id,
    response: reviewView,
  }),
  addDecision: defineRoute({
    method: 'POST',
    path: '/api/pilotage/instances/:id/decisions',
    summary: 'Noter une décision (tant que la séance n’est pas figée)',
    access: managers,
    params: id,
    body: decisionBody,
    response: reviewView,
    status: 201,
  }),
  freeze: defineRoute({
    method: 'POST',
    path: '/api/pilotage/instances/:id/figer',
    summary: 'Figer l’état du plan dans la séance : ni l’état ni les décisions ne changent ensuite',
    access: managers,
    params: id,
    body: freezeBody,
    response: reviewView,
  }),
  recap: defineRoute({
    method: 'GET',
    path: '/api/pilotage/plans/:id/bilan',
    summary: 'La liste récapitulative annuelle des projets phares et actions, avec leur calendrier',
    access: readers,
    params: id,
    query: recapQuery,
    response: recapView,
  }),
  recapPdf: defineRoute({
    method: 'GET',
    path: '/api/pilotage/plans/:id/bilan.pdf',
    summary: 'La liste récapitulative annuelle en PDF (tableaux par axe, diagramme de Gantt)',
    access: readers,
    params: id,
    query: recapQuery,
    response: z.unknown(),
    raw: true,
  }),
  recapXlsx: defineRoute({
    method: 'GET',
    path: '/api/pilotage/plans/:id/bilan.xlsx',
    summary: 'La liste récapitulative annuelle en tableur (récapitulatif et calendrier)',
    access: readers,
    params: id,
    query: recapQuery,
    response: z.unknown(),
    raw: true,
  }),
}
