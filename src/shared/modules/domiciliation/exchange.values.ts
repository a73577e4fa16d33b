import { genderLabels, relationLabels } from '../usagers/usagers.labels'
import {
  communeLinkLabels,
  householdTypeLabels,
  instabilityCauseLabels,
  orientationLabels,
  professionalSituationLabels,
  radiationMotiveLabels,
  refusalMotiveLabels,
  requestKindLabels,
  requestReasonLabels,
  residenceSituationLabels,
} from './domiciliation.constants'
import { normaliseHeader } from './exchange.columns'

/** The decision a line of an import ends with, as DomiFa names it; « en instruction » when none yet. */
export const importStatuses = ['VALIDE', 'REFUS', 'RADIE', 'INSTRUCTION'] as const
export type ImportStatus = (typeof importStatuses)[number]
export const importStatusLabels: Record<ImportStatus, string> = {
  VALIDE: 'Domiciliation valide',
  REFUS: 'Refusée',
  RADIE: 'Radiée',
  INSTRUCTION: 'En instruction',
}

/**
 * The coded columns and their accepted values: each code, its French label (what the export
 * writes) and the other spellings met in files (DomiFa's codes, H/F…), all compared normalised.
 */
export const codedValues = {
  gender: { labels: genderLabels, aliases: { H: 'homme', M: 'homme', F: 'femme', MME: 'femme' } },
  status: {
    labels: importStatusLabels,
    // An expired domiciliation was valid: its end date says it is over.
    aliases: {
      EXPIREE: 'VALIDE',
      RADIEE: 'RADIE',
      REFUSEE: 'REFUS',
      'DOMICILIATION EXPIREE': 'VALIDE',
      ATTENTE_DECISION: 'INSTRUCTION',
    },
  },
  requestKind: {
    labels: requestKindLabels,
    aliases: { PREMIERE_DOM: 'PREMIERE', 'PREMIERE DOMICILIATION': 'PREMIERE' },
  },
  refusalMotive: { labels: refusalMotiveLabels, aliases: {} },
  radiationMotive: { labels: radiationMotiveLabels, aliases: {} },
  orientation: { labels: orientationLabels, aliases: { ASSO: 'ASSOCIATION', OTHER: 'AUTRE' } },
  linkWithCommune: { labels: communeLinkLabels, aliases: {} },
  householdType: { labels: householdTypeLabels, aliases: {} },
  instabilityCause: { labels: instabilityCauseLabels, aliases: {} },
  residenceSituation: { labels: residenceSituationLabels, aliases: { SITUATION_AUTRE: 'AUTRE' } },
  requestReason: { labels: requestReasonLabels, aliases: {} },
  professionalSituation: { labels: professionalSituationLabels, aliases: {} },
  relation: {
    labels: relationLabels,
    aliases: {
      ENFANT: 'enfant',
      CONJOINT: 'conjoint',
      PARENT: 'parent',
      AUTRE: 'autre',
      'CONJOINT E': 'conjoint',
    },
  },
  yesNo: { labels: { OUI: 'Oui', NON: 'Non' }, aliases: { O: 'OUI', N: 'NON', VRAI: 'OUI', FAUX: 'NON' } },
} as const
export type CodedColumn = keyof typeof codedValues

const lookups = new Map<CodedColumn, Map<string, string>>()

/** The code a written value stands for (code, label or known spelling), or undefined when unknown. */
export function codeOf(column: CodedColumn, written: string): string | undefined {
  let table = lookups.get(column)
  if (!table) {
    table = new Map()
    const { labels, aliases } = codedValues[column]
    for (const [code, label] of Object.entries(labels)) {
      table.set(normaliseHeader(code), code)
      table.set(normaliseHeader(label), code)
    }
    for (const [alias, code] of Object.entries(aliases)) table.set(normaliseHeader(alias), code)
    lookups.set(column, table)
  }
  return table.get(normaliseHeader(written))
}

/** The codes of a column, for the message of an unknown value. */
export const codesOf = (column: CodedColumn) => Object.keys(codedValues[column].labels)

/** The label the export writes for a code (the code itself when unknown). */
export function labelOf(column: CodedColumn, code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === '') return null
  return (codedValues[column].labels as Record<string, string>)[code] ?? code
}
