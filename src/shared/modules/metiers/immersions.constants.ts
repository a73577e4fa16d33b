/** Métiers — immersions: the words of the domain, shared by the server, the back office and the portal (no zod). */

/** Why the person does the immersion (the PMSMP's three objectives). */
export const immersionObjectives = ['decouvrir_metier', 'confirmer_projet', 'initier_recrutement'] as const
export type ImmersionObjective = (typeof immersionObjectives)[number]
export const immersionObjectiveLabels: Record<ImmersionObjective, string> = {
  decouvrir_metier: 'Découvrir un métier',
  confirmer_projet: 'Confirmer un projet professionnel',
  initier_recrutement: 'Initier une démarche de recrutement',
}

/** A request's life: asked, then accepted or refused; an accepted one is done or cancelled. */
export const immersionStates = ['demandee', 'acceptee', 'refusee', 'realisee', 'annulee'] as const
export type ImmersionState = (typeof immersionStates)[number]
export const immersionStateLabels: Record<ImmersionState, string> = {
  demandee: 'Demandée',
  acceptee: 'Acceptée',
  refusee: 'Refusée',
  realisee: 'Réalisée',
  annulee: 'Annulée',
}

/** What came of an immersion that took place. */
export const immersionOutcomes = [
  'embauche',
  'formation',
  'projet_confirme',
  'projet_abandonne',
  'autre',
] as const
export type ImmersionOutcome = (typeof immersionOutcomes)[number]
export const immersionOutcomeLabels: Record<ImmersionOutcome, string> = {
  embauche: 'Embauche',
  formation: 'Entrée en formation',
  projet_confirme: 'Projet confirmé',
  projet_abandonne: 'Projet abandonné',
  autre: 'Autre suite',
}

/** The structure that prescribes the immersion and follows the person. */
export const prescriberTypes = [
  'france_travail',
  'mission_locale',
  'cap_emploi',
  'siae',
  'conseil_departemental',
  'autre',
] as const
export type PrescriberType = (typeof prescriberTypes)[number]
export const prescriberTypeLabels: Record<PrescriberType, string> = {
  france_travail: 'France Travail',
  mission_locale: 'Mission locale',
  cap_emploi: 'Cap emploi',
  siae: 'Structure d’insertion (SIAE)',
  conseil_departemental: 'Conseil départemental',
  autre: 'Autre structure',
}

/** Longest immersion an offer may allow, in calendar days (a PMSMP lasts one month at most). */
export const IMMERSION_MAX_DAYS = 31
/** Most people an offer may host at the same time. */
export const IMMERSION_MAX_CAPACITY = 20
/** Distances the portal's list may filter on, in kilometres. */
export const immersionRadii = [10, 20, 30, 50, 100] as const

/** Pages the e-mails and answers link to. */
export const immersionPages = {
  offer: (id: string) => `/metiers/immersions/${id}`,
  myRequests: () => '/metiers/compte/immersions',
  backOffice: () => '/recrutement/immersions',
  request: (id: string) => `/recrutement/immersions/demandes/${id}`,
}
