/**
 * Pilotage — transparency: the public page of a published plan (the « faire savoir » of the social
 * project): its axes, its actions with their number, status and dates, counts by status and its
 * source. Never a person: no pilot, no account, no indicator or budget. Publishing is the plan's
 * setting (`published`, changed by its managers through the plans part).
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { actionKinds, actionStatuses } from './pilotage.constants'

const slugParams = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/, { message: 'Adresse de plan invalide.' }),
})

export const publicPlanSummary = z.object({
  slug: z.string(),
  title: z.string(),
  organisationName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  axes: z.number().int(),
  actions: z.number().int(),
})
export type PublicPlanSummary = z.output<typeof publicPlanSummary>

export const statusCounts = z.record(z.enum(actionStatuses), z.number().int())

export const publicPlanView = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  source: z.string(),
  organisationName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  counts: statusCounts,
  axes: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      objective: z.string(),
      counts: statusCounts,
      actions: z.array(
        z.object({
          /** « 2.3 »: axis then rank. */
          number: z.string(),
          kind: z.enum(actionKinds),
          title: z.string(),
          status: z.enum(actionStatuses),
          startDate: z.string().nullable(),
          endDate: z.string().nullable(),
        }),
      ),
    }),
  ),
})
export type PublicPlanView = z.output<typeof publicPlanView>

export const pilotageTransparencyContract = {
  publicPlans: defineRoute({
    method: 'GET',
    path: '/api/pilotage/public/plans',
    summary: 'Les plans publiés de la plateforme (page publique, sans connexion)',
    access: { kind: 'public' },
    response: z.array(publicPlanSummary),
    rateLimitPerMinute: 120,
  }),
  publicPlan: defineRoute({
    method: 'GET',
    path: '/api/pilotage/public/plans/:slug',
    summary:
      'La page publique d’un plan publié : axes, actions, statuts et dates, sans aucun nom de personne',
    access: { kind: 'public' },
    params: slugParams,
    response: publicPlanView,
    rateLimitPerMinute: 120,
  }),
}
