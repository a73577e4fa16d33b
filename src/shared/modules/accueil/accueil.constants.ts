/** How a request reached the organisation. */
export const requestChannels = [
  'accueil_physique',
  'telephone',
  'courriel',
  'courrier',
  'formulaire',
  'orientation_partenaire',
] as const
export type RequestChannel = (typeof requestChannels)[number]

export const channelLabels: Record<RequestChannel, string> = {
  accueil_physique: 'Accueil physique',
  telephone: 'Téléphone',
  courriel: 'Courriel',
  courrier: 'Courrier',
  formulaire: 'Formulaire en ligne',
  orientation_partenaire: 'Orientation par un partenaire',
}

/** How an answer was given to the person. */
export const answerChannels = ['accueil_physique', 'telephone', 'courriel', 'courrier', 'sms'] as const
export type AnswerChannel = (typeof answerChannels)[number]

export const answerChannelLabels: Record<AnswerChannel, string> = {
  accueil_physique: 'En personne',
  telephone: 'Par téléphone',
  courriel: 'Par courriel',
  courrier: 'Par courrier',
  sms: 'Par SMS',
}

export const requestThemes = [
  'aide_alimentaire',
  'energie',
  'logement',
  'sante',
  'droits_rsa',
  'domiciliation',
  'numerique',
  'emploi',
  'handicap',
  'isolement',
  'autre',
] as const
export type RequestTheme = (typeof requestThemes)[number]

export const themeLabels: Record<RequestTheme, string> = {
  aide_alimentaire: 'Aide alimentaire',
  energie: 'Énergie',
  logement: 'Logement',
  sante: 'Santé',
  droits_rsa: 'Accès aux droits, RSA',
  domiciliation: 'Domiciliation',
  numerique: 'Numérique',
  emploi: 'Emploi',
  handicap: 'Handicap',
  isolement: 'Isolement',
  autre: 'Autre',
}

export const requestStates = [
  'nouvelle',
  'en_cours',
  'en_attente_usager',
  'repondue',
  'orientee',
  'close',
] as const
export type RequestState = (typeof requestStates)[number]

export const stateLabels: Record<RequestState, string> = {
  nouvelle: 'Nouvelle',
  en_cours: 'En cours',
  en_attente_usager: "En attente de l'usager",
  repondue: 'Répondue',
  orientee: 'Orientée',
  close: 'Close',
}

/** States in which the request still waits for the organisation: they fill the queues and can be late. */
export const openStates: readonly RequestState[] = ['nouvelle', 'en_cours', 'en_attente_usager']
export const isOpen = (state: RequestState) => openStates.includes(state)

export const orientationOutcomes = ['en_attente', 'prise_en_charge', 'refusee', 'sans_suite'] as const
export type OrientationOutcome = (typeof orientationOutcomes)[number]

export const outcomeLabels: Record<OrientationOutcome, string> = {
  en_attente: 'En attente de réponse du partenaire',
  prise_en_charge: 'Prise en charge par le partenaire',
  refusee: 'Refusée par le partenaire',
  sans_suite: 'Sans suite (la personne ne s’est pas présentée)',
}

/** Working days announced for an answer, per channel. */
export type AnnouncedDelays = Record<RequestChannel, number>

/**
 * What the organisation announces until it sets its own delays (Services Publics+ asks each
 * service to announce and publish them; no national figure is binding).
 */
export const defaultAnnouncedDelays: AnnouncedDelays = {
  accueil_physique: 0,
  telephone: 2,
  courriel: 5,
  courrier: 15,
  formulaire: 5,
  orientation_partenaire: 5,
}

export const MAX_ANNOUNCED_DELAY = 60
