/** What arrives for a domiciled person: a letter, a registered-mail notice (avis de passage), a parcel. */
export const mailKinds = ['courrier', 'recommande', 'colis'] as const
export type MailKind = (typeof mailKinds)[number]

export const mailKindLabels: Record<MailKind, string> = {
  courrier: 'Courrier',
  recommande: 'Avis de passage (recommandé)',
  colis: 'Colis',
}

/** Where an item stands: waiting at the desk, handed over, forwarded, or returned to its sender. */
export const mailStates = ['en_attente', 'remis', 'reexpedie', 'retourne'] as const
export type MailState = (typeof mailStates)[number]

export const mailStateLabels: Record<MailState, string> = {
  en_attente: 'En attente',
  remis: 'Remis',
  reexpedie: 'Réexpédié',
  retourne: 'Retourné à l’expéditeur',
}

/**
 * Contact events (CASF D264-3). Only these move the last-contact date used for the 3-month rule;
 * the arrival of mail is not a contact.
 */
export const contactKinds = ['visite', 'appel', 'remise_courrier', 'connexion_portail'] as const
export type ContactKind = (typeof contactKinds)[number]

/** The contacts an agent records by hand; the others are recorded by the hand-over and the portal. */
export const recordedContactKinds = ['visite', 'appel'] as const satisfies readonly ContactKind[]

export const contactKindLabels: Record<ContactKind, string> = {
  visite: 'Passage',
  appel: 'Appel',
  remise_courrier: 'Remise de courrier',
  connexion_portail: 'Connexion à l’espace personnel',
}

/** Why mail goes back to its sender (practice of the UNCCAS guide: "NPAI", "retour à l'expéditeur", "décédé"). */
export const returnReasons = ['radiation', 'fin_de_domiciliation', 'inconnu', 'deces'] as const
export type ReturnReason = (typeof returnReasons)[number]

export const returnReasonLabels: Record<ReturnReason, string> = {
  radiation: 'Personne radiée',
  fin_de_domiciliation: 'Domiciliation expirée',
  inconnu: 'N’habite pas à l’adresse indiquée (NPAI)',
  deces: 'Personne décédée',
}

export const noticeChannels = ['sms', 'email'] as const
export type NoticeChannel = (typeof noticeChannels)[number]

/** The daily notice of waiting mail, and the invitation to renew a month before the end of validity. */
export const noticeKinds = ['courrier_en_attente', 'invitation_renouvellement'] as const
export type NoticeKind = (typeof noticeKinds)[number]

/** Items one batch may register: a large morning's post, well under the request size limit. */
export const MAX_MAIL_BATCH = 300

/** Wrong portal codes in a row before the portal closes for this file. */
export const MAX_PORTAL_ATTEMPTS = 5
export const PORTAL_LOCK_MINUTES = 60
/** How long a portal sign-in lasts. */
export const PORTAL_SESSION_MINUTES = 15
