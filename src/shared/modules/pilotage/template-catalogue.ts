/** The plan templates offered when creating a plan. */
export const planTemplateKeys = ['vierge', 'projet-social-ccas', 'plan-metiers-ain'] as const
export type PlanTemplateKey = (typeof planTemplateKeys)[number]
