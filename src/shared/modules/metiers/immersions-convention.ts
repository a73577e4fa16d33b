/** What a convention must say before it can be printed for signature (pure: the server checks, the back office shows). */
import { isValidSiret } from '../../zod/fr'

export interface ConventionFields {
  beneficiaryBirthDate: string | null
  beneficiaryAddress: string
  hostName: string
  hostSiret: string
  hostAddress: string
  hostSignatory: string
  tutorName: string
  tutorJob: string
  prescriberType: string | null
  prescriberName: string
  dailyHours: string
  activities: string
  skillsObserved: string
  riskPrevention: string
  insurance: string
  signaturePlace: string
}

/** Each required field's name in plain words. */
export const conventionFieldLabels: Record<keyof ConventionFields, string> = {
  beneficiaryBirthDate: 'Date de naissance de la personne',
  beneficiaryAddress: 'Adresse de la personne',
  hostName: 'Nom de la structure d’accueil',
  hostSiret: 'SIRET de la structure d’accueil',
  hostAddress: 'Adresse du lieu d’immersion',
  hostSignatory: 'Signataire pour la structure d’accueil',
  tutorName: 'Nom du tuteur',
  tutorJob: 'Fonction du tuteur',
  prescriberType: 'Type de structure prescriptrice',
  prescriberName: 'Nom de la structure prescriptrice',
  dailyHours: 'Horaires journaliers',
  activities: 'Activités confiées',
  skillsObserved: 'Compétences observées',
  riskPrevention: 'Prévention des risques',
  insurance: 'Assurance responsabilité civile',
  signaturePlace: 'Lieu de signature',
}

export interface MissingField {
  field: keyof ConventionFields
  message: string
}

/** The fields still missing or wrong, in the order of the form; empty when the convention can be printed. */
export function missingConventionFields(c: ConventionFields): MissingField[] {
  const missing: MissingField[] = []
  for (const field of Object.keys(conventionFieldLabels) as (keyof ConventionFields)[]) {
    const value = c[field]
    if (value === null || value === undefined || value.trim() === '')
      missing.push({
        field,
        message: `${conventionFieldLabels[field]} : à remplir avant d’éditer la convention.`,
      })
  }
  const siret = (c.hostSiret ?? '').replace(/[\s.]/g, '')
  if (siret && !isValidSiret(siret))
    missing.push({
      field: 'hostSiret',
      message: 'SIRET de la structure d’accueil : 14 chiffres avec une clé de contrôle valide.',
    })
  return missing
}
