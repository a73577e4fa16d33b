/** Ambassadors' fixed lists and rules, without zod (the portal reads them too). */

/** Ways an ambassador meets people. */
export const ambassadorFormats = ['classe', 'forum', 'distance', 'lieu_de_travail'] as const
export type AmbassadorFormat = (typeof ambassadorFormats)[number]

/** Who asks to meet an ambassador. */
export const requesterKinds = ['etablissement', 'forum', 'candidat', 'autre'] as const
export type RequesterKind = (typeof requesterKinds)[number]

export const bookingStates = ['demandee', 'acceptee', 'refusee', 'realisee', 'annulee'] as const
export type BookingState = (typeof bookingStates)[number]

/** brouillon → a_valider → publie | refuse (back to brouillon on the next save). */
export const reviewStates = ['brouillon', 'a_valider', 'publie', 'refuse'] as const
export type ReviewState = (typeof reviewStates)[number]

/** Languages an ambassador may speak, ISO 639-1. */
export const ambassadorLanguages = ['fr', 'en', 'ar', 'es', 'pt', 'it', 'de', 'tr', 'ro', 'lsf'] as const
export type AmbassadorLanguage = (typeof ambassadorLanguages)[number]

export const defaultAmbassadorRadiusKm = 20
export const defaultDirectoryDistanceKm = 30

/** Portal pages the e-mails and answers link to. */
export const ambassadorPages = {
  directory: () => '/metiers/ambassadeurs',
  ambassador: (id: string) => `/metiers/ambassadeurs/${id}`,
  space: () => '/metiers/compte/ambassadeur',
  path: () => '/metiers/compte/parcours',
  review: () => '/metiers/ambassadeurs',
}

/** Whether a booking in this state may move to the next one (the ambassador's answers). */
export const bookingMoves: Record<BookingState, readonly BookingState[]> = {
  demandee: ['acceptee', 'refusee', 'annulee'],
  acceptee: ['realisee', 'annulee'],
  refusee: [],
  realisee: [],
  annulee: [],
}

export const canMoveBooking = (from: BookingState, to: BookingState) => bookingMoves[from].includes(to)

/** « Nadia Benali » → « Nadia B. »: the name shown by default. */
export function defaultDisplayName(firstName: string, lastName: string): string {
  const first = firstName.trim()
  const initial = [...lastName.trim()][0]
  return initial ? `${first} ${initial.toLocaleUpperCase('fr')}.` : first
}
