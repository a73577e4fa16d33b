/**
 * The named columns of a domiciled person, shared by the export (its first sheet) and the import
 * of a spreadsheet of our own: an exported file imports as it is. Headers are matched without
 * case, accents or punctuation; the code columns accept the code or its French label.
 */
export const personColumns = [
  { key: 'fileNumber', header: 'Numéro de dossier' },
  { key: 'gender', header: 'Sexe' },
  { key: 'lastName', header: 'Nom' },
  { key: 'firstName', header: 'Prénom' },
  { key: 'pseudonym', header: 'Nom d’usage ou surnom' },
  { key: 'birthDate', header: 'Date de naissance' },
  { key: 'birthPlace', header: 'Lieu de naissance' },
  { key: 'phone', header: 'Téléphone' },
  { key: 'email', header: 'E-mail' },
  { key: 'status', header: 'Statut' },
  { key: 'requestKind', header: 'Type de domiciliation' },
  { key: 'validFrom', header: 'Début de validité' },
  { key: 'validUntil', header: 'Fin de validité' },
  { key: 'decidedOn', header: 'Date de la décision' },
  { key: 'motive', header: 'Motif de refus ou de radiation' },
  { key: 'motiveDetail', header: 'Précision du motif' },
  { key: 'orientation', header: 'Orientation après refus' },
  { key: 'orientationDetail', header: 'Organisme d’orientation' },
  { key: 'firstDomiciliationOn', header: 'Date de première domiciliation' },
  { key: 'lastContactOn', header: 'Date du dernier contact' },
  { key: 'pendingFiledOn', header: 'Demande en cours déposée le' },
  { key: 'linkWithCommune', header: 'Lien avec la commune' },
  { key: 'linkDetail', header: 'Précision du lien avec la commune' },
  { key: 'householdType', header: 'Composition du ménage' },
  { key: 'instabilityCause', header: 'Cause de l’instabilité du logement' },
  { key: 'residenceSituation', header: 'Situation résidentielle' },
  { key: 'requestReason', header: 'Motif principal de la demande' },
  { key: 'professionalSituation', header: 'Situation professionnelle' },
  { key: 'sociallyAccompanied', header: 'Accompagnement social' },
  { key: 'accompaniedBy', header: 'Structure d’accompagnement' },
  { key: 'domiciledElsewhere', header: 'Déjà domicilié ailleurs' },
  { key: 'hasIncome', header: 'Revenus' },
  { key: 'comments', header: 'Commentaires de l’entretien' },
] as const
export type PersonColumn = (typeof personColumns)[number]['key']

export const ayantDroitParts = [
  { key: 'lastName', header: 'nom' },
  { key: 'firstName', header: 'prénom' },
  { key: 'birthDate', header: 'date de naissance' },
  { key: 'relation', header: 'lien de parenté' },
] as const
export type AyantDroitPart = (typeof ayantDroitParts)[number]['key']

/** « Ayant droit 2 : date de naissance ». */
export const ayantDroitHeader = (index: number, part: AyantDroitPart) =>
  `Ayant droit ${index} : ${ayantDroitParts.find((p) => p.key === part)!.header}`

/** A header or a coded value as compared: lower case, no accents, words separated by one space. */
export function normaliseHeader(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
