/** Métiers — the closed lists every part shares (values stored as is; labels for French pages and e-mails). */

export const employerTypes = [
  'ccas',
  'cias',
  'departement',
  'commune',
  'ehpad',
  'saad',
  'ssiad',
  'ime',
  'mecs',
  'foyer',
  'creche',
  'hopital',
  'association',
  'autre',
] as const
export type EmployerType = (typeof employerTypes)[number]
export const employerTypeLabels: Record<EmployerType, string> = {
  ccas: 'CCAS',
  cias: 'CIAS',
  departement: 'Département',
  commune: 'Commune',
  ehpad: 'EHPAD',
  saad: 'Service d’aide à domicile (SAAD)',
  ssiad: 'Service de soins infirmiers à domicile (SSIAD)',
  ime: 'Institut médico-éducatif (IME)',
  mecs: 'Maison d’enfants à caractère social (MECS)',
  foyer: 'Foyer d’hébergement ou d’accueil',
  creche: 'Crèche',
  hopital: 'Hôpital',
  association: 'Association',
  autre: 'Autre',
}

export const employerSectors = ['public', 'prive'] as const
export type EmployerSector = (typeof employerSectors)[number]
export const employerSectorLabels: Record<EmployerSector, string> = { public: 'Public', prive: 'Privé' }

export const contracts = ['titulaire', 'contractuel', 'cdi', 'cdd', 'apprentissage', 'vacation'] as const
export type ContractKind = (typeof contracts)[number]
export const contractLabels: Record<ContractKind, string> = {
  titulaire: 'Fonctionnaire (titulaire)',
  contractuel: 'Contractuel de la fonction publique',
  cdi: 'CDI',
  cdd: 'CDD',
  apprentissage: 'Apprentissage',
  vacation: 'Vacations',
}
/** Contracts that exist only with a public employer: they carry a grade and a DVE reference. */
export const publicContracts: readonly ContractKind[] = ['titulaire', 'contractuel']

export const workTimes = ['temps_plein', 'temps_partiel'] as const
export type WorkTime = (typeof workTimes)[number]
export const workTimeLabels: Record<WorkTime, string> = {
  temps_plein: 'Temps plein',
  temps_partiel: 'Temps partiel',
}

export const workPatterns = ['nuit', 'week_end', 'coupure', 'horaires_decales'] as const
export type WorkPattern = (typeof workPatterns)[number]
export const workPatternLabels: Record<WorkPattern, string> = {
  nuit: 'Travail de nuit',
  week_end: 'Week-ends',
  coupure: 'Journées en coupure',
  horaires_decales: 'Horaires décalés',
}

export const salaryPeriods = ['mois', 'heure', 'an'] as const
export type SalaryPeriod = (typeof salaryPeriods)[number]
export const salaryPeriodLabels: Record<SalaryPeriod, string> = {
  mois: 'par mois',
  heure: 'de l’heure',
  an: 'par an',
}

export const offerStates = ['brouillon', 'publiee', 'pourvue', 'expiree', 'retiree'] as const
export type OfferState = (typeof offerStates)[number]
export const offerStateLabels: Record<OfferState, string> = {
  brouillon: 'Brouillon',
  publiee: 'Publiée',
  pourvue: 'Pourvue',
  expiree: 'Expirée',
  retiree: 'Retirée',
}
/** States the public sees; only `publiee` is open to applications and listed in search and the sitemap. */
export const publicOfferStates: readonly OfferState[] = ['publiee', 'pourvue', 'expiree']

export const applicationStatuses = ['recue', 'contactee', 'entretien', 'retenue', 'non_retenue'] as const
export type ApplicationStatus = (typeof applicationStatuses)[number]
export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  recue: 'Reçue',
  contactee: 'Contactée',
  entretien: 'Entretien',
  retenue: 'Retenue',
  non_retenue: 'Non retenue',
}

export const trainingRoutes = ['apprentissage', 'initiale', 'vae', 'continue'] as const
export type TrainingRoute = (typeof trainingRoutes)[number]
export const trainingRouteLabels: Record<TrainingRoute, string> = {
  apprentissage: 'Apprentissage',
  initiale: 'Formation initiale',
  vae: 'Validation des acquis de l’expérience (VAE)',
  continue: 'Formation continue',
}

/** CV files accepted with an application: PDF, Word (DOCX) or OpenDocument text, 10 MB at most. */
export const cvMaxBytes = 10 * 1024 * 1024
export const cvTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const
