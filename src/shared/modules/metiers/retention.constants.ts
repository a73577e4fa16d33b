/**
 * Reasons to stay: the kinds, facilities and audiences of the Point de chute places, housing and
 * childcare, and the listening line's rules. No zod here: the public portal reads this file.
 */

export const pointDeChuteKinds = [
  'mairie',
  'ehpad',
  'ccas',
  'mediatheque',
  'centre_social',
  'maison_sante',
  'autre',
] as const
export type PointDeChuteKind = (typeof pointDeChuteKinds)[number]

export const pointDeChuteFacilities = [
  'toilettes',
  'salle_pause',
  'micro_ondes',
  'eau',
  'refrigerateur',
  'wifi',
  'recharge_telephone',
  'stationnement',
] as const
export type PointDeChuteFacility = (typeof pointDeChuteFacilities)[number]

export const livingCategories = ['logement', 'garde'] as const
export type LivingCategory = (typeof livingCategories)[number]

export const housingKinds = ['residence', 'logement_employeur', 'fjt', 'famille_accueil'] as const
export const childcareKinds = [
  'creche',
  'micro_creche',
  'relais_petite_enfance',
  'assistante_maternelle',
] as const
export type HousingKind = (typeof housingKinds)[number]
export type ChildcareKind = (typeof childcareKinds)[number]
export const livingKinds = [...housingKinds, ...childcareKinds] as const
export type LivingKind = (typeof livingKinds)[number]

export const housingAudiences = ['stagiaires', 'apprentis', 'nouveaux_recrutes', 'saisonniers'] as const
export type HousingAudience = (typeof housingAudiences)[number]

/** Staggered hours of a childcare place, read from its week. */
export const staggeredKinds = ['tot', 'tard', 'week_end', 'nuit'] as const
export type StaggeredKind = (typeof staggeredKinds)[number]

/** Who edits the Point de chute network, housing and childcare (CCAS, département). */
export const retentionEditorRoles = ['editeur', 'administrateur'] as const
/** Who sets the listening line's weekly slots and sees every callback. */
export const listeningManagerRoles = ['administrateur', 'direction'] as const

/** A callback can be booked this many days ahead at most… */
export const LISTENING_HORIZON_DAYS = 21
/** …and this many minutes before its time at least. */
export const LISTENING_MIN_NOTICE_MINUTES = 60
/** First name, phone, e-mail and topic of a callback are erased this many days after its time. */
export const LISTENING_RETENTION_DAYS = 30

export const callbackStates = ['reserve', 'rappele', 'annule'] as const
export type CallbackState = (typeof callbackStates)[number]

/** Portal pages. */
export const retentionPages = {
  pointDeChute: '/metiers/point-de-chute',
  housing: '/metiers/se-loger',
  childcare: '/metiers/faire-garder',
  listening: '/metiers/ligne-ecoute',
  cancelCallback: (organisationId: string, callbackId: string, token: string) =>
    `/metiers/ligne-ecoute/annulation?o=${organisationId}&r=${callbackId}&t=${token}`,
}

/** The offline worker of the Point de chute map, at a path whose scope covers the page. */
export const pointDeChuteWorkerPath = '/metiers/point-de-chute-sw.js'

/** French labels of the kinds, facilities and audiences, for the back office's forms and lists. */
export const pointDeChuteKindLabels: Record<PointDeChuteKind, string> = {
  mairie: 'Mairie',
  ehpad: 'EHPAD',
  ccas: 'CCAS',
  mediatheque: 'Médiathèque',
  centre_social: 'Centre social',
  maison_sante: 'Maison de santé',
  autre: 'Autre lieu',
}
export const facilityLabels: Record<PointDeChuteFacility, string> = {
  toilettes: 'Toilettes',
  salle_pause: 'Salle de pause',
  micro_ondes: 'Micro-ondes',
  eau: 'Eau',
  refrigerateur: 'Réfrigérateur',
  wifi: 'Wi-Fi',
  recharge_telephone: 'Recharge du téléphone',
  stationnement: 'Stationnement',
}
export const livingKindLabels: Record<LivingKind, string> = {
  residence: 'Résidence',
  logement_employeur: 'Logement d’employeur',
  fjt: 'Foyer de jeunes travailleurs',
  famille_accueil: 'Chambre chez l’habitant',
  creche: 'Crèche',
  micro_creche: 'Micro-crèche',
  relais_petite_enfance: 'Relais petite enfance',
  assistante_maternelle: 'Assistantes maternelles',
}
export const housingAudienceLabels: Record<HousingAudience, string> = {
  stagiaires: 'Stagiaires',
  apprentis: 'Apprentis',
  nouveaux_recrutes: 'Nouveaux professionnels',
  saisonniers: 'Saisonniers',
}
