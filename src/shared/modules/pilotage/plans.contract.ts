/**
 * Pilotage — plans: multi-year plans, their axes and actions (numbered « axe.position »,
 * reorderable), each action's fiche opérationnelle (pilots, services, partners, publics, means,
 * calendar, participation, quality, agents, status with a reason), milestones, funders and budget
 * lines. Managers build the plan; an action's pilots keep its fiche current; readers read.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { libelle } from '../../zod/fr'
import {
  actionKinds,
  actionStatuses,
  milestoneRecurrences,
  planManagerRoles,
  planReaderRoles,
  statusesNeedingReason,
} from './pilotage.constants'

const readers = { kind: 'member', roles: planReaderRoles } as const
const managers = { kind: 'member', roles: planManagerRoles } as const

const uuid = z.uuid({ message: 'Identifiant invalide.' })
const id = z.object({ id: uuid })

const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

const day = z.iso.date({ message: 'une date au format AAAA-MM-JJ.' })
const cents = z
  .number({ message: 'un montant en centimes.' })
  .int({ message: 'un montant en centimes entiers.' })
  .min(0, { message: 'un montant positif ou nul.' })
  .max(1_000_000_000_000, { message: 'montant trop élevé.' })
const year = z
  .number({ message: 'une année.' })
  .int({ message: 'une année.' })
  .min(2000, { message: 'une année à partir de 2000.' })
  .max(2100, { message: 'une année avant 2100.' })
const position = z
  .number({ message: 'un rang.' })
  .int({ message: 'un rang entier.' })
  .min(1, { message: 'un rang à partir de 1.' })
  .max(10_000, { message: 'rang trop grand.' })

// ---------------------------------------------------------------- views

export const personView = z.object({ accountId: z.uuid(), displayName: z.string() })
export const namedView = z.object({ id: z.uuid(), name: z.string() })
export const partnerView = z.object({
  name: z.string(),
  directoryOrganisationId: z.uuid().nullable(),
})

export const statusCountsView = z.record(z.enum(actionStatuses), z.number().int())

export const planSummaryView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  source: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  published: z.boolean(),
  archived: z.boolean(),
  /** The signed-in organisation owns it (else it is shared with it, read only). */
  owned: z.boolean(),
  ownerName: z.string(),
  counts: z.object({ axes: z.number().int(), actions: z.number().int(), byStatus: statusCountsView }),
})
export type PlanSummaryView = z.output<typeof planSummaryView>

export const planListView = z.object({ plans: z.array(planSummaryView) })

export const actionLineView = z.object({
  id: z.uuid(),
  axisId: z.uuid(),
  position: z.number().int(),
  /** « 2.3 » */
  number: z.string(),
  kind: z.enum(actionKinds),
  title: z.string(),
  status: z.enum(actionStatuses),
  statusReason: z.string(),
  pilots: z.array(personView),
  pilotNames: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
})
export type ActionLineView = z.output<typeof actionLineView>

export const axisView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  number: z.string(),
  title: z.string(),
  objective: z.string(),
  actions: z.array(actionLineView),
})
export type AxisView = z.output<typeof axisView>

export const planView = planSummaryView.extend({
  /** The organisations it is shared with (shown to the owner only). */
  sharedWith: z.array(namedView),
  axes: z.array(axisView),
  abilities: z.object({
    /** Change the structure, milestones and fiches: the owner's managers, while not archived. */
    manage: z.boolean(),
    /** Publish, archive or reopen, and share the plan: the owner's managers. */
    settings: z.boolean(),
  }),
})
export type PlanView = z.output<typeof planView>

export const milestoneView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  actionId: z.uuid().nullable(),
  title: z.string(),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
  owner: personView.nullable(),
  recurrence: z.enum(milestoneRecurrences),
  remindDaysBefore: z.number().int(),
})
export type MilestoneView = z.output<typeof milestoneView>

export const budgetLineView = z.object({
  id: z.uuid(),
  funderId: z.uuid(),
  funderName: z.string(),
  year: z.number().int(),
  label: z.string(),
  plannedCents: z.number().int(),
  consumedCents: z.number().int(),
})
export type BudgetLineView = z.output<typeof budgetLineView>

const totalView = z.object({ plannedCents: z.number().int(), consumedCents: z.number().int() })
export const budgetView = z.object({
  lines: z.array(budgetLineView),
  byFunder: z.array(totalView.extend({ funderId: z.uuid(), funderName: z.string() })),
  byYear: z.array(totalView.extend({ year: z.number().int() })),
  total: totalView,
})
export type BudgetView = z.output<typeof budgetView>

export const ficheView = z.object({
  id: z.uuid(),
  number: z.string(),
  position: z.number().int(),
  kind: z.enum(actionKinds),
  title: z.string(),
  objective: z.string(),
  description: z.string(),
  plan: z.object({
    id: z.uuid(),
    title: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    owned: z.boolean(),
  }),
  axis: z.object({ id: z.uuid(), number: z.string(), title: z.string(), objective: z.string() }),
  pilots: z.array(personView),
  pilotNames: z.string(),
  services: z.array(namedView),
  partners: z.array(partnerView),
  targetPublics: z.string(),
  staffTime: z.string(),
  userParticipation: z.string(),
  qualityCommitments: z.string(),
  agentInvolvement: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  statusReason: z.string(),
  statusChangedAt: z.string(),
  updatedAt: z.string(),
  milestones: z.array(milestoneView),
  funders: z.array(namedView),
  budget: budgetView,
  abilities: z.object({
    /** Update the fiche, its status, milestones and consumption: a manager or a pilot. */
    edit: z.boolean(),
    /** Change its pilots, plan the budget, delete it: a manager. */
    manage: z.boolean(),
  }),
})
export type FicheView = z.output<typeof ficheView>

export const myFichesView = z.object({
  fiches: z.array(
    actionLineView.extend({
      planId: z.uuid(),
      planTitle: z.string(),
      axisTitle: z.string(),
      nextMilestone: z.object({ title: z.string(), dueDate: z.string() }).nullable(),
    }),
  ),
})
export type MyFichesView = z.output<typeof myFichesView>

export const choicesView = z.object({ members: z.array(personView), services: z.array(namedView) })
export const sharingView = z.object({ sharedWith: z.array(namedView), choices: z.array(namedView) })
export const fundersView = z.object({ funders: z.array(namedView) })
export const milestonesView = z.object({ milestones: z.array(milestoneView) })
const done = z.object({ ok: z.literal(true) })

// ---------------------------------------------------------------- bodies

export const planBody = z
  .strictObject({
    title: libelle(200),
    periodStart: day,
    periodEnd: day,
    summary: freeText(4000).default(''),
    source: freeText(1000).default(''),
  })
  .refine((b) => b.periodEnd > b.periodStart, {
    message: 'la fin de la période vient après son début.',
    path: ['periodEnd'],
  })
export type PlanBody = z.input<typeof planBody>

export const planUpdateBody = z
  .strictObject({
    title: libelle(200).optional(),
    periodStart: day.optional(),
    periodEnd: day.optional(),
    summary: freeText(4000).optional(),
    source: freeText(1000).optional(),
    published: z.boolean().optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => !b.periodStart || !b.periodEnd || b.periodEnd > b.periodStart, {
    message: 'la fin de la période vient après son début.',
    path: ['periodEnd'],
  })

export const shareBody = z.strictObject({ organisationId: uuid })

export const axisBody = z.strictObject({
  title: libelle(300),
  objective: freeText(4000).default(''),
})
export const axisUpdateBody = z.strictObject({
  title: libelle(300).optional(),
  objective: freeText(4000).optional(),
})
export const moveAxisBody = z.strictObject({ position })
export const moveActionBody = z.strictObject({
  position,
  /** Another axis of the same plan; the action's own by default. */
  axisId: uuid.optional(),
})

export const actionBody = z.strictObject({
  title: libelle(300),
  kind: z.enum(actionKinds, { message: 'projet phare ou action.' }).default('action'),
  objective: freeText(4000).default(''),
})

const partnerBody = z.strictObject({
  name: libelle(200),
  directoryOrganisationId: uuid.nullable().optional(),
})

/** The fiche opérationnelle: every field may be sent alone. */
export const ficheBody = z
  .strictObject({
    title: libelle(300).optional(),
    kind: z.enum(actionKinds, { message: 'projet phare ou action.' }).optional(),
    objective: freeText(4000).optional(),
    description: freeText(8000).optional(),
    pilotAccountIds: z.array(uuid).max(20, { message: '20 pilotes au plus.' }).optional(),
    pilotNames: freeText(500).optional(),
    serviceIds: z.array(uuid).max(30, { message: '30 services au plus.' }).optional(),
    partners: z.array(partnerBody).max(50, { message: '50 partenaires au plus.' }).optional(),
    targetPublics: freeText(4000).optional(),
    staffTime: freeText(2000).optional(),
    userParticipation: freeText(4000).optional(),
    qualityCommitments: freeText(4000).optional(),
    agentInvolvement: freeText(4000).optional(),
    startsOn: day.nullable().optional(),
    endsOn: day.nullable().optional(),
  })
  .refine((b) => !b.startsOn || !b.endsOn || b.endsOn >= b.startsOn, {
    message: 'la fin vient après le début.',
    path: ['endsOn'],
  })
export type FicheBody = z.input<typeof ficheBody>

export const statusBody = z
  .strictObject({
    status: z.enum(actionStatuses, { message: 'statut inconnu.' }),
    reason: freeText(2000).default(''),
  })
  .refine((b) => !statusesNeedingReason.includes(b.status) || b.reason.length > 0, {
    message: 'obligatoire pour « En retard » et « Abandonné » : dites pourquoi.',
    path: ['reason'],
  })

export const milestoneBody = z.strictObject({
  title: libelle(300),
  dueDate: day,
  ownerAccountId: uuid.nullable().default(null),
  recurrence: z.enum(milestoneRecurrences, { message: 'aucune ou annuelle.' }).default('aucune'),
  remindDaysBefore: z
    .number({ message: 'un nombre de jours.' })
    .int({ message: 'un nombre de jours.' })
    .min(0, { message: '0 jour au moins.' })
    .max(365, { message: '365 jours au plus.' })
    .default(15),
})
export const milestoneUpdateBody = z.strictObject({
  title: libelle(300).optional(),
  dueDate: day.optional(),
  ownerAccountId: uuid.nullable().optional(),
  recurrence: z.enum(milestoneRecurrences, { message: 'aucune ou annuelle.' }).optional(),
  remindDaysBefore: z
    .number({ message: 'un nombre de jours.' })
    .int({ message: 'un nombre de jours.' })
    .min(0, { message: '0 jour au moins.' })
    .max(365, { message: '365 jours au plus.' })
    .optional(),
})
export const milestoneDoneBody = z.strictObject({
  /** The day it was done; null to reopen it. */
  doneOn: day.nullable(),
})

export const funderBody = z.strictObject({ name: libelle(200) })

export const budgetLineBody = z.strictObject({
  funderId: uuid,
  year,
  label: freeText(300).default(''),
  plannedCents: cents.default(0),
  consumedCents: cents.default(0),
})
export const budgetLineUpdateBody = z.strictObject({
  funderId: uuid.optional(),
  year: year.optional(),
  label: freeText(300).optional(),
  plannedCents: cents.optional(),
  consumedCents: cents.optional(),
})

// ---------------------------------------------------------------- routes

const base = '/api/pilotage'

export const pilotagePlansContract = {
  list: defineRoute({
    method: 'GET',
    path: `${base}/plans`,
    summary: 'Plans of the organisation and plans shared with it, with counts',
    access: readers,
    response: planListView,
  }),
  create: defineRoute({
    method: 'POST',
    path: `${base}/plans`,
    summary: 'Create a blank plan',
    access: managers,
    body: planBody,
    response: planView,
    status: 201,
  }),
  plan: defineRoute({
    method: 'GET',
    path: `${base}/plans/:id`,
    summary: 'A plan with its axes and actions in order',
    access: readers,
    params: id,
    response: planView,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: `${base}/plans/:id`,
    summary: 'Change a plan (title, period, summary, source, published, archived)',
    access: managers,
    params: id,
    body: planUpdateBody,
    response: planView,
  }),
  sharing: defineRoute({
    method: 'GET',
    path: `${base}/plans/:id/partages`,
    summary: 'Organisations a plan is shared with, and those it could be',
    access: managers,
    params: id,
    response: sharingView,
  }),
  share: defineRoute({
    method: 'POST',
    path: `${base}/plans/:id/partages`,
    summary: 'Share a plan with another organisation (it reads it)',
    access: managers,
    params: id,
    body: shareBody,
    response: sharingView,
  }),
  unshare: defineRoute({
    method: 'POST',
    path: `${base}/plans/:id/partages/retrait`,
    summary: 'Stop sharing a plan with an organisation',
    access: managers,
    params: id,
    body: shareBody,
    response: sharingView,
  }),
  choices: defineRoute({
    method: 'GET',
    path: `${base}/choix`,
    summary: 'Members and services that can pilot or carry an action',
    access: readers,
    response: choicesView,
  }),
  createAxis: defineRoute({
    method: 'POST',
    path: `${base}/plans/:id/axes`,
    summary: 'Add an axis at the end of a plan',
    access: managers,
    params: id,
    body: axisBody,
    response: planView,
    status: 201,
  }),
  updateAxis: defineRoute({
    method: 'PATCH',
    path: `${base}/axes/:id`,
    summary: 'Change an axis',
    access: managers,
    params: id,
    body: axisUpdateBody,
    response: planView,
  }),
  deleteAxis: defineRoute({
    method: 'DELETE',
    path: `${base}/axes/:id`,
    summary: 'Delete an axis without actions',
    access: managers,
    params: id,
    response: planView,
  }),
  moveAxis: defineRoute({
    method: 'POST',
    path: `${base}/axes/:id/position`,
    summary: 'Move an axis to another rank; the others follow',
    access: managers,
    params: id,
    body: moveAxisBody,
    response: planView,
  }),
  createAction: defineRoute({
    method: 'POST',
    path: `${base}/axes/:id/actions`,
    summary: 'Add an action at the end of an axis',
    access: managers,
    params: id,
    body: actionBody,
    response: planView,
    status: 201,
  }),
  moveAction: defineRoute({
    method: 'POST',
    path: `${base}/actions/:id/position`,
    summary: 'Move an action within its axis or to another axis',
    access: managers,
    params: id,
    body: moveActionBody,
    response: planView,
  }),
  deleteAction: defineRoute({
    method: 'DELETE',
    path: `${base}/actions/:id`,
    summary: 'Delete an action with its fiche',
    access: managers,
    params: id,
    response: planView,
  }),
  fiche: defineRoute({
    method: 'GET',
    path: `${base}/actions/:id`,
    summary: 'An action’s fiche opérationnelle with its milestones and budget',
    access: readers,
    params: id,
    response: ficheView,
  }),
  updateFiche: defineRoute({
    method: 'PATCH',
    path: `${base}/actions/:id`,
    summary: 'Update a fiche (its pilots or a manager)',
    access: readers,
    params: id,
    body: ficheBody,
    response: ficheView,
  }),
  changeStatus: defineRoute({
    method: 'POST',
    path: `${base}/actions/:id/statut`,
    summary: 'Change an action’s status, with a reason when late or abandoned',
    access: readers,
    params: id,
    body: statusBody,
    response: ficheView,
  }),
  createActionMilestone: defineRoute({
    method: 'POST',
    path: `${base}/actions/:id/jalons`,
    summary: 'Add a milestone to an action (its pilots or a manager)',
    access: readers,
    params: id,
    body: milestoneBody,
    response: ficheView,
    status: 201,
  }),
  planMilestones: defineRoute({
    method: 'GET',
    path: `${base}/plans/:id/jalons`,
    summary: 'The plan’s own milestones (council presentations…)',
    access: readers,
    params: id,
    response: milestonesView,
  }),
  createPlanMilestone: defineRoute({
    method: 'POST',
    path: `${base}/plans/:id/jalons`,
    summary: 'Add a milestone to the plan itself, with its owner and recurrence',
    access: managers,
    params: id,
    body: milestoneBody,
    response: milestoneView,
    status: 201,
  }),
  updateMilestone: defineRoute({
    method: 'PATCH',
    path: `${base}/jalons/:id`,
    summary: 'Change a milestone',
    access: readers,
    params: id,
    body: milestoneUpdateBody,
    response: milestoneView,
  }),
  milestoneDone: defineRoute({
    method: 'POST',
    path: `${base}/jalons/:id/fait`,
    summary: 'Mark a milestone done (a yearly one comes back next year) or reopen it',
    access: readers,
    params: id,
    body: milestoneDoneBody,
    response: milestoneView,
  }),
  deleteMilestone: defineRoute({
    method: 'DELETE',
    path: `${base}/jalons/:id`,
    summary: 'Delete a milestone',
    access: readers,
    params: id,
    response: done,
  }),
  funders: defineRoute({
    method: 'GET',
    path: `${base}/plans/:id/financeurs`,
    summary: 'The funders of a plan',
    access: readers,
    params: id,
    response: fundersView,
  }),
  createFunder: defineRoute({
    method: 'POST',
    path: `${base}/plans/:id/financeurs`,
    summary: 'Add a funder to a plan',
    access: managers,
    params: id,
    body: funderBody,
    response: fundersView,
    status: 201,
  }),
  updateFunder: defineRoute({
    method: 'PATCH',
    path: `${base}/financeurs/:id`,
    summary: 'Rename a funder',
    access: managers,
    params: id,
    body: funderBody,
    response: fundersView,
  }),
  deleteFunder: defineRoute({
    method: 'DELETE',
    path: `${base}/financeurs/:id`,
    summary: 'Delete a funder that finances no budget line',
    access: managers,
    params: id,
    response: fundersView,
  }),
  createBudgetLine: defineRoute({
    method: 'POST',
    path: `${base}/actions/:id/budget`,
    summary: 'Add a budget line to an action (funder, year, planned and consumed)',
    access: managers,
    params: id,
    body: budgetLineBody,
    response: ficheView,
    status: 201,
  }),
  updateBudgetLine: defineRoute({
    method: 'PATCH',
    path: `${base}/lignes-budget/:id`,
    summary: 'Change a budget line (its pilots: the amount consumed only)',
    access: readers,
    params: id,
    body: budgetLineUpdateBody,
    response: ficheView,
  }),
  deleteBudgetLine: defineRoute({
    method: 'DELETE',
    path: `${base}/lignes-budget/:id`,
    summary: 'Delete a budget line',
    access: managers,
    params: id,
    response: ficheView,
  }),
  myFiches: defineRoute({
    method: 'GET',
    path: `${base}/mes-fiches`,
    summary: 'The actions the signed-in member pilots, across plans',
    access: readers,
    response: myFichesView,
  }),
}

/** Pages of the plans part. */
export const planPages = {
  list: () => '/pilotage',
  plan: (id: string) => `/pilotage/plans/${id}`,
  fiche: (id: string) => `/pilotage/fiches/${id}`,
  mine: () => '/pilotage/mes-fiches',
}
