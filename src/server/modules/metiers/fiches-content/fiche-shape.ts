import type { PayScaleInput } from '../../../../shared/modules/metiers/fiches.contract'
import type { TrainingRoute } from '../../../../shared/modules/metiers/metiers.constants'

/** A demonstration fiche as written: the same fields an editor fills in. */
export interface DemoFiche {
  slug: string
  title: string
  summary: string
  codeRome: string
  /** A code of the demonstration ROME file (demo-data), not an official OGR code. */
  codeOgr: string | null
  legacyCodeRomeV3: string | null
  keywords: string[]
  whatHtml: string
  dayHtml: string
  routesHtml: string
  diplomas: { name: string; rncpLevel: number | null; routes: TrainingRoute[]; note: string }[]
  payScales: Required<PayScaleInput>[]
  portraits: { name: string; roleLabel: string; workplace: string; quote: string; storyHtml: string }[]
}

/** Names of the demonstration grids (demo-data), as the fiches' pay scales name them. */
export const demoGrids = {
  aidesSoignants: 'Aides-soignants territoriaux',
  agentsSociaux: 'Agents sociaux territoriaux',
  moniteursEducateurs: 'Moniteurs-éducateurs et intervenants familiaux territoriaux',
  assistantsSocioEducatifs: 'Assistants territoriaux socio-éducatifs',
  educateursJeunesEnfants: 'Éducateurs territoriaux de jeunes enfants',
  medecins: 'Médecins territoriaux',
  aideADomicile: 'Branche de l’aide à domicile (BAD)',
} as const

export const fpt = 'Fonction publique territoriale (CCAS, département, commune)'
export const bad = 'Associations et services d’aide à domicile (branche de l’aide à domicile)'
