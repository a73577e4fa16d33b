import type { PlanTemplateKey } from '../../../../shared/modules/pilotage/template-catalogue'
import type { NewAxis } from './plan-writer'
import { ainMetiersDuLien, besanconProjetSocial, type SeedPlan } from './seed-plans'

export interface PlanTemplate {
  key: PlanTemplateKey
  title: string
  description: string
  source: string
  periodStart: string
  periodEnd: string
  /** The new plan's default title for its years. */
  defaultTitle: (firstYear: string, lastYear: string) => string
  axes: NewAxis[]
  funders: string[]
}

/** Structure only: titles and objectives, no pilot, date, figure or person. */
const structureOf = (plan: SeedPlan): NewAxis[] =>
  plan.axes.map((axis) => ({
    title: axis.title,
    objective: axis.objective,
    actions: axis.actions.map((a) => ({ kind: a.kind, title: a.title })),
  }))

export const planTemplates: PlanTemplate[] = [
  {
    key: 'vierge',
    title: 'Plan vierge',
    description: 'Un plan sans axe ni action : vous construisez sa structure vous-même ou l’importez.',
    source: '',
    periodStart: '',
    periodEnd: '',
    defaultTitle: (a, b) => `Nouveau plan ${a}-${b}`,
    axes: [],
    funders: [],
  },
  {
    key: 'projet-social-ccas',
    title: 'Projet social de CCAS (modèle Besançon 2022-2026)',
    description:
      'Les 6 axes stratégiques et les 18 projets phares du projet social du CCAS de Besançon, à adapter.',
    source: besanconProjetSocial.source,
    periodStart: besanconProjetSocial.periodStart,
    periodEnd: besanconProjetSocial.periodEnd,
    defaultTitle: (a, b) => `Projet social ${a}-${b}`,
    axes: structureOf(besanconProjetSocial),
    funders: [],
  },
  {
    key: 'plan-metiers-ain',
    title: 'Plan départemental métiers du lien (modèle Ain)',
    description:
      'Les 4 axes du plan de l’Ain pour l’attractivité des métiers de l’accompagnement social et médico-social, avec les actions qu’il cite en exemple et ses financeurs.',
    source: ainMetiersDuLien.source,
    periodStart: ainMetiersDuLien.periodStart,
    periodEnd: ainMetiersDuLien.periodEnd,
    defaultTitle: (a, b) => `Plan pour les métiers de l’accompagnement ${a}-${b}`,
    axes: structureOf(ainMetiersDuLien),
    funders: ainMetiersDuLien.funders.filter((f) => f !== 'Département de l’Ain'),
  },
]
