/** Organisation kinds of a territory. */
export const organisationKinds = [
  'ccas',
  'cias',
  'departement',
  'association',
  'employeur',
  'centre_formation',
] as const
export type OrganisationKind = (typeof organisationKinds)[number]

/** Roles held through a membership. The first eight are the back office's; the last three, the portals'. */
export const roles = [
  'administrateur',
  'direction',
  'travailleur_social',
  'agent_accueil',
  'agent_domiciliation',
  'instructeur_aides',
  'planificateur',
  'lecture_statistiques',
  'partenaire',
  'recruteur',
  'editeur',
] as const
export type Role = (typeof roles)[number]

/** Roles that see no one's personal data: statistics and the portals. */
const rolesWithoutPersonalData: readonly Role[] = ['lecture_statistiques', 'partenaire', 'recruteur', 'editeur']

/** Roles that open personal data: a second factor is mandatory for them. */
export const rolesSeeingPersonalData: readonly Role[] = roles.filter((r) => !rolesWithoutPersonalData.includes(r))

export const requiresSecondFactor = (held: readonly Role[]) => held.some((r) => rolesSeeingPersonalData.includes(r))
