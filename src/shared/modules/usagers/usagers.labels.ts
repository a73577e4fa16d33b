import type { documentKinds, genders, housings, incomeSources, relations } from './usagers.contract'

/** French labels of the file's coded values, for pages and printed exports. */
export const genderLabels: Record<(typeof genders)[number], string> = {
  femme: 'Femme',
  homme: 'Homme',
  autre: 'Autre',
  non_precise: 'Non précisé',
}

export const incomeSourceLabels: Record<(typeof incomeSources)[number], string> = {
  salaire: 'Salaire',
  rsa: 'RSA',
  prime_activite: "Prime d'activité",
  aah: 'AAH',
  retraite: 'Retraite',
  allocation_chomage: 'Allocation chômage',
  allocations_familiales: 'Allocations familiales',
  pension_invalidite: "Pension d'invalidité",
  bourse: 'Bourse',
  aucune: 'Aucune ressource',
  autre: 'Autre',
}

export const housingLabels: Record<(typeof housings)[number], string> = {
  locataire_parc_social: 'Locataire (parc social)',
  locataire_parc_prive: 'Locataire (parc privé)',
  proprietaire: 'Propriétaire',
  heberge_tiers: 'Hébergé par un tiers',
  hebergement_urgence: "Hébergement d'urgence",
  hotel: 'Hôtel',
  squat: 'Squat',
  rue: 'Rue',
  habitat_mobile: 'Habitat mobile',
  autre: 'Autre',
}

export const relationLabels: Record<(typeof relations)[number], string> = {
  conjoint: 'Conjoint ou conjointe',
  enfant: 'Enfant',
  parent: 'Parent',
  frere_soeur: 'Frère ou sœur',
  autre: 'Autre',
}

export const documentKindLabels: Record<(typeof documentKinds)[number], string> = {
  piece_identite: "Pièce d'identité",
  justificatif_domicile: 'Justificatif de domicile',
  justificatif_ressources: 'Justificatif de ressources',
  attestation: 'Attestation',
  courrier: 'Courrier',
  autre: 'Autre',
}
