/**
 * The rules of an assistant familial's agrément (CASF L421-3, R421-3 s., D421-43): the steps of a
 * file, the legal delay of the decision and the tacit agrément, the documents of the file and the
 * mandatory training. Pure: no zod, no I/O, so the portal may read them too.
 */
import { addDays, addMonths, type CivilDate } from '../../dates'

/** The columns of the pipeline, in order: a file moves forward, never back. */
export const agrementStages = [
  'demande_information',
  'reunion_information',
  'dossier_depose',
  'dossier_complet',
  'evaluation',
  'commission',
  'decision',
  'formation',
] as const
export type AgrementStage = (typeof agrementStages)[number]

/** What an agent records on a file (the decision and the extension have their own forms). */
export const agrementStepKinds = [
  'demande_information',
  'reunion_information',
  'dossier_depose',
  'dossier_complet',
  'visite_domicile',
  'entretien',
  'psychologue',
  'commission',
  'premier_accueil',
] as const
export type AgrementStepKind = (typeof agrementStepKinds)[number]

/** Everything the history may hold: the steps, plus decisions, extension and tacit agrément. */
export type AgrementHistoryKind =
  AgrementStepKind | 'prolongation' | 'decision' | 'agrement_tacite' | 'refus_tacite'

export const agrementDecisions = ['agrement', 'refus', 'retrait'] as const
export type AgrementDecisionKind = (typeof agrementDecisions)[number]
/** What a file may end with: a decision, or the silence of the administration. */
export type AgrementOutcome = AgrementDecisionKind | 'agrement_tacite' | 'refus_tacite'

/** The stage a step brings a file to (a file never goes back). */
export const stageOfStep: Record<AgrementHistoryKind, AgrementStage> = {
  demande_information: 'demande_information',
  reunion_information: 'reunion_information',
  dossier_depose: 'dossier_depose',
  dossier_complet: 'dossier_complet',
  visite_domicile: 'evaluation',
  entretien: 'evaluation',
  psychologue: 'evaluation',
  commission: 'commission',
  prolongation: 'dossier_complet',
  decision: 'decision',
  agrement_tacite: 'decision',
  refus_tacite: 'decision',
  premier_accueil: 'formation',
}

export const stageIndex = (stage: AgrementStage) => agrementStages.indexOf(stage)

/** The later of two stages. */
export const furthestStage = (a: AgrementStage, b: AgrementStage): AgrementStage =>
  stageIndex(a) >= stageIndex(b) ? a : b

// ---------------------------------------------------------------- legal delay

/** The decision is notified within 4 months of the complete file… */
export const DECISION_MONTHS = 4
/** …extended once by 2 months by a reasoned decision. */
export const EXTENSION_MONTHS = 2
/** The agrément is valid 5 years. */
export const VALIDITY_YEARS = 5
/** More than 3 children at once is a derogation: its silence means refusal. */
export const CHILDREN_WITHOUT_DEROGATION = 3
export const CHILDREN_MAX = 6
/** Agents are reminded this many days before the decision is due. */
export const REMINDER_DAYS = [30, 7] as const

/**
 * The last day the decision may be notified: the same day of the month 4 months after the
 * accusé de réception (6 once extended), the last day of the month when that month is shorter.
 */
export function decisionDueOn(completeOn: CivilDate, extended: boolean): CivilDate {
  return addMonths(completeOn, DECISION_MONTHS + (extended ? EXTENSION_MONTHS : 0))
}

/** Silence means agrément, except for a request above 3 children (a derogation): then refusal. */
export function silenceMeans(childrenWished: number | null): 'agrement_tacite' | 'refus_tacite' {
  return (childrenWished ?? 1) > CHILDREN_WITHOUT_DEROGATION ? 'refus_tacite' : 'agrement_tacite'
}

/** The day the silence takes effect: the day after the due date. */
export const tacitOn = (dueOn: CivilDate): CivilDate => addDays(dueOn, 1)

/** Whole days from `today` to `dueOn` (negative once passed). */
export function daysUntil(today: CivilDate, dueOn: CivilDate): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

export interface DelayFacts {
  completeOn: CivilDate | null
  extendedOn: CivilDate | null
  decision: AgrementOutcome | null
  childrenWished: number | null
}

export interface LegalDelay {
  startedOn: CivilDate
  dueOn: CivilDate
  extended: boolean
  /** Days left until the due date, null once decided. */
  daysLeft: number | null
  /** Still waiting for a decision after the due date: the silence has taken effect. */
  lapsed: boolean
  silenceMeans: 'agrement_tacite' | 'refus_tacite'
  tacitOn: CivilDate
}

/** The legal delay of a file whose complete file was acknowledged, or null before. */
export function legalDelay(facts: DelayFacts, today: CivilDate): LegalDelay | null {
  if (!facts.completeOn) return null
  const extended = facts.extendedOn !== null
  const dueOn = decisionDueOn(facts.completeOn, extended)
  const pending = facts.decision === null
  return {
    startedOn: facts.completeOn,
    dueOn,
    extended,
    daysLeft: pending ? daysUntil(today, dueOn) : null,
    lapsed: pending && today > dueOn,
    silenceMeans: silenceMeans(facts.childrenWished),
    tacitOn: tacitOn(dueOn),
  }
}

/** Which reminder is due today for a pending file (the closest first), given those already sent. */
export function reminderDue(
  dueOn: CivilDate,
  today: CivilDate,
  sent: { d30: boolean; d7: boolean },
): 30 | 7 | null {
  const left = daysUntil(today, dueOn)
  if (left < 0) return null
  if (left <= 7 && !sent.d7) return 7
  if (left <= 30 && left > 7 && !sent.d30) return 30
  return null
}

export const validUntil = (decidedOn: CivilDate): CivilDate => addMonths(decidedOn, VALIDITY_YEARS * 12)

// ---------------------------------------------------------------- what may be recorded

export interface FileState {
  stage: AgrementStage
  completeOn: CivilDate | null
  extendedOn: CivilDate | null
  decision: AgrementOutcome | null
  decisionOn: CivilDate | null
  missingDocuments: readonly string[]
}

/** Why a step cannot be recorded on a file (French, for the agent), or null when it can. */
export function stepRefusal(
  file: FileState,
  kind: AgrementStepKind,
  on: CivilDate,
  today: CivilDate,
): string | null {
  if (on > today) return 'La date ne peut pas être dans le futur.'
  if (kind === 'dossier_complet') {
    if (file.completeOn) return 'Le dossier a déjà été déclaré complet : le délai court depuis cette date.'
    if (stageIndex(file.stage) < stageIndex('dossier_depose'))
      return 'Enregistrez d’abord le dépôt du dossier.'
    if (file.missingDocuments.length > 0)
      return `Pièces manquantes : ${file.missingDocuments.map((d) => agrementDocumentLabels[d as AgrementDocumentKey] ?? d).join(', ')}. Le dossier ne peut pas être déclaré complet.`
  }
  if (['visite_domicile', 'entretien', 'psychologue', 'commission'].includes(kind) && !file.completeOn)
    return 'L’évaluation commence une fois le dossier complet.'
  if (
    file.completeOn &&
    ['visite_domicile', 'entretien', 'psychologue', 'commission'].includes(kind) &&
    on < file.completeOn
  )
    return 'Cette étape ne peut pas précéder la date du dossier complet.'
  if (kind === 'premier_accueil' && !isGranted(file.decision))
    return 'Un premier accueil suppose un agrément accordé.'
  return null
}

export const isGranted = (decision: AgrementOutcome | null) =>
  decision === 'agrement' || decision === 'agrement_tacite'

/** Why the 2-month extension cannot be recorded, or null. */
export function extensionRefusal(file: FileState, on: CivilDate, today: CivilDate): string | null {
  if (on > today) return 'La date ne peut pas être dans le futur.'
  if (!file.completeOn) return 'Le délai ne court pas encore : le dossier n’est pas complet.'
  if (file.decision) return 'Une décision a déjà été prise.'
  if (file.extendedOn) return 'Le délai ne peut être prolongé qu’une fois.'
  if (on > decisionDueOn(file.completeOn, false))
    return 'Le délai de 4 mois est dépassé : il ne peut plus être prolongé.'
  if (on < file.completeOn) return 'La prolongation ne peut pas précéder la date du dossier complet.'
  return null
}

/** Why a decision cannot be recorded, or null. */
export function decisionRefusal(
  file: FileState,
  kind: AgrementDecisionKind,
  on: CivilDate,
  today: CivilDate,
): string | null {
  if (on > today) return 'La date ne peut pas être dans le futur.'
  if (kind === 'retrait') {
    if (!isGranted(file.decision)) return 'Seul un agrément accordé peut être retiré.'
    if (file.decisionOn && on < file.decisionOn) return 'Le retrait ne peut pas précéder l’agrément.'
    return null
  }
  if (!file.completeOn) return 'Une décision suppose un dossier complet.'
  if (file.decision) return 'Une décision a déjà été prise sur ce dossier.'
  if (on < file.completeOn) return 'La décision ne peut pas précéder la date du dossier complet.'
  return null
}

// ---------------------------------------------------------------- documents

/** The file's documents (arrêté du 3 février 2017), then those the département may ask about housing. */
export const agrementDocuments = [
  { key: 'cerfa_13395', required: true },
  { key: 'piece_identite', required: true },
  { key: 'certificat_medical', required: true },
  { key: 'titre_sejour', required: false },
  { key: 'attestation_chauffage', required: false },
  { key: 'constat_plomb', required: false },
  { key: 'note_piscine', required: false },
] as const
export type AgrementDocumentKey = (typeof agrementDocuments)[number]['key']
/** The documents' names, in the refusals' French. */
export const agrementDocumentLabels: Record<AgrementDocumentKey, string> = {
  cerfa_13395: 'formulaire Cerfa 13395',
  piece_identite: 'pièce d’identité',
  certificat_medical: 'certificat médical',
  titre_sejour: 'titre de séjour',
  attestation_chauffage: 'attestations chauffage et eau chaude',
  constat_plomb: 'constat plomb',
  note_piscine: 'note sur la piscine',
}
export const agrementDocumentKeys = agrementDocuments.map((d) => d.key) as [
  AgrementDocumentKey,
  ...AgrementDocumentKey[],
]

export function missingDocuments(received: Partial<Record<string, string | null>>): AgrementDocumentKey[] {
  return agrementDocuments.filter((d) => d.required && !received[d.key]).map((d) => d.key)
}

// ---------------------------------------------------------------- training

/** Preparatory course before the first child is welcomed… */
export const PREPARATORY_HOURS = 60
/** …then the DEAF course within the 3 years after the first placement. */
export const DEAF_HOURS = 240
export const DEAF_YEARS = 3

export interface TrainingProgress {
  preparatoryDone: number
  preparatoryRequired: number
  deafDone: number
  deafRequired: number
  /** The date by which the 240 hours are due (3 years after the first placement), null before. */
  deafDueOn: CivilDate | null
  /** A child was welcomed before the 60 hours were done. */
  placedTooEarly: boolean
}

export function trainingProgress(
  sessions: readonly { phase: 'preparatoire' | 'deaf'; hours: number; doneOn: CivilDate }[],
  firstPlacementOn: CivilDate | null,
): TrainingProgress {
  const sum = (phase: 'preparatoire' | 'deaf', until?: CivilDate) =>
    sessions
      .filter((s) => s.phase === phase && (!until || s.doneOn <= until))
      .reduce((t, s) => t + s.hours, 0)
  return {
    preparatoryDone: sum('preparatoire'),
    preparatoryRequired: PREPARATORY_HOURS,
    deafDone: sum('deaf'),
    deafRequired: DEAF_HOURS,
    deafDueOn: firstPlacementOn ? addMonths(firstPlacementOn, DEAF_YEARS * 12) : null,
    placedTooEarly: firstPlacementOn !== null && sum('preparatoire', firstPlacementOn) < PREPARATORY_HOURS,
  }
}

/** The step a candidate should expect next, from the stage and the outcome. */
export function nextStage(stage: AgrementStage, decision: AgrementOutcome | null): AgrementStage | null {
  if (decision && !isGranted(decision)) return null
  if (stage === 'decision') return isGranted(decision) ? 'formation' : 'decision'
  if (stage === 'formation') return null
  // The evaluation follows the complete file; the commission may be skipped, the decision not.
  return agrementStages[stageIndex(stage) + 1] ?? null
}
