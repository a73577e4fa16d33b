/**
 * The vocabularies of training centres, trainings and the mallette, with their French labels. No zod
 * here: the public portal imports these values.
 */

export const centreKinds = [
  'cfa',
  'ifsi',
  'irts',
  'greta',
  'lycee',
  'universite',
  'organisme',
  'autre',
] as const
export type CentreKind = (typeof centreKinds)[number]
export const centreKindLabels: Record<CentreKind, string> = {
  cfa: 'CFA (centre de formation d’apprentis)',
  ifsi: 'IFSI / IFAS (institut de formation en soins)',
  irts: 'Institut régional du travail social',
  greta: 'GRETA',
  lycee: 'Lycée professionnel',
  universite: 'Université',
  organisme: 'Organisme de formation',
  autre: 'Autre',
}

export const fundingTags = [
  'gratuit_apprentissage',
  'cpf',
  'region',
  'france_travail',
  'opco',
  'employeur',
] as const
export type FundingTag = (typeof fundingTags)[number]
export const fundingTagLabels: Record<FundingTag, string> = {
  gratuit_apprentissage: 'Gratuit en apprentissage',
  cpf: 'CPF',
  region: 'Région',
  france_travail: 'France Travail',
  opco: 'OPCO',
  employeur: 'Employeur',
}

export const admissionModes = ['parcoursup', 'dossier', 'entretien', 'concours'] as const
export type AdmissionMode = (typeof admissionModes)[number]
export const admissionModeLabels: Record<AdmissionMode, string> = {
  parcoursup: 'Parcoursup',
  dossier: 'Dossier',
  entretien: 'Entretien',
  concours: 'Épreuves de sélection',
}

/** Niveaux du cadre national des certifications professionnelles, with a known diploma of each. */
export const rncpLevels = [3, 4, 5, 6, 7] as const
export const rncpLevelLabels: Record<number, string> = {
  3: 'Niveau 3 (CAP, BEP)',
  4: 'Niveau 4 (bac)',
  5: 'Niveau 5 (bac + 2)',
  6: 'Niveau 6 (licence, bac + 3)',
  7: 'Niveau 7 (master, bac + 5)',
}

export const malletteCategories = [
  'guide',
  'formulaire',
  'veille_juridique',
  'financement',
  'fiche_pratique',
] as const
export type MalletteCategory = (typeof malletteCategories)[number]
export const malletteCategoryLabels: Record<MalletteCategory, string> = {
  guide: 'Guides',
  formulaire: 'Formulaires',
  veille_juridique: 'Veille juridique',
  financement: 'Financement',
  fiche_pratique: 'Fiches pratiques',
}

/** Uploaded documents (mallette, welcome kits): PDF only, 10 MB at most. */
export const TRAINING_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024

/** Public addresses of the portal's pages. */
export const trainingsCataloguePath = '/metiers/formations'
export const trainingPagePath = (slug: string) => `/metiers/formations/${slug}`
export const malletteFileUrl = (id: string) => `/api/metiers/mallette/${id}/fichier`
export const welcomeKitPath = (organisationId: string, token: string) =>
  `/metiers/employeurs/${organisationId}/accueil-apprentis?cle=${encodeURIComponent(token)}`
export const welcomeKitFileUrl = (organisationId: string, fileId: string, token: string) =>
  `/api/metiers/employeurs/${organisationId}/accueil-apprentis/fichiers/${fileId}?cle=${encodeURIComponent(token)}`
