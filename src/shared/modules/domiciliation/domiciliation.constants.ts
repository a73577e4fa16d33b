import { addDays, addMonths, type CivilDate } from '../../dates'
import type { Role } from '../organisations/roles'

// Codes follow DomiFa's (SocialGouv/domifa, packages/common) wherever it has one, so that its
// exports and import template map one to one.

/** Who reads the files (social workers read), who files requests and holds interviews, who decides. */
export const domiciliationReaders: readonly Role[] = [
  'administrateur',
  'direction',
  'agent_domiciliation',
  'agent_accueil',
  'travailleur_social',
]
export const domiciliationAgents: readonly Role[] = [
  'administrateur',
  'direction',
  'agent_domiciliation',
  'agent_accueil',
]
export const domiciliationDeciders: readonly Role[] = ['administrateur', 'direction']

/** A first request or a renewal (Cerfa 16029*01: « première demande » / « renouvellement »). */
export const requestKinds = ['PREMIERE', 'RENOUVELLEMENT'] as const
export type RequestKind = (typeof requestKinds)[number]
export const requestKindLabels: Record<RequestKind, string> = {
  PREMIERE: 'Première demande',
  RENOUVELLEMENT: 'Renouvellement',
}

/** Where a request stands: filed, interview held (waiting for the decision), decided. */
export const requestStatuses = ['instruction', 'attente_decision', 'decidee'] as const
export type RequestStatus = (typeof requestStatuses)[number]
export const requestStatusLabels: Record<RequestStatus, string> = {
  instruction: 'En instruction',
  attente_decision: 'En attente de décision',
  decidee: 'Décidée',
}
/** Requests that still wait for a decision: they fill the waiting list and carry the 2-month deadline. */
export const pendingRequestStatuses: readonly RequestStatus[] = ['instruction', 'attente_decision']

/** Kinds of decision in the chain. An acceptance follows a first request, a renewal a renewal request. */
export const decisionKinds = ['ACCEPTATION', 'RENOUVELLEMENT', 'REFUS', 'RADIATION'] as const
export type DecisionKind = (typeof decisionKinds)[number]
export const decisionKindLabels: Record<DecisionKind, string> = {
  ACCEPTATION: 'Domiciliation accordée',
  RENOUVELLEMENT: 'Domiciliation renouvelée',
  REFUS: 'Domiciliation refusée',
  RADIATION: 'Radiation',
}
export const grantingKinds: readonly DecisionKind[] = ['ACCEPTATION', 'RENOUVELLEMENT']

/**
 * The file's status as stored: the outcome of its chain of decisions. « Expirée » is not stored:
 * it is a valid domiciliation whose end date has passed, computed at read time (see `effectiveStatus`).
 */
export const fileStatuses = ['instruction', 'valide', 'refus', 'radie'] as const
export type FileStatus = (typeof fileStatuses)[number]
export const shownStatuses = [...fileStatuses, 'expiree'] as const
export type ShownStatus = (typeof shownStatuses)[number]
export const statusLabels: Record<ShownStatus, string> = {
  instruction: 'En instruction',
  valide: 'Domiciliation valide',
  refus: 'Refusée',
  radie: 'Radiée',
  expiree: 'Expirée',
}

/** Lien avec la commune (CASF R264-4). */
export const communeLinks = [
  'RESIDENTIEL',
  'PARENTAL',
  'FAMILIAL',
  'PROFESSIONNEL',
  'SOCIAL',
  'AUTRE',
] as const
export type CommuneLink = (typeof communeLinks)[number]
export const communeLinkLabels: Record<CommuneLink, string> = {
  RESIDENTIEL: 'Résidentiel : la personne séjourne sur la commune',
  PARENTAL: 'Parental : autorité parentale sur un mineur scolarisé dans la commune',
  FAMILIAL: 'Familial : liens de famille avec une personne habitant la commune',
  PROFESSIONNEL: 'Professionnel : la personne travaille sur la commune',
  SOCIAL: 'Social : action d’insertion ou suivi social, médico-social ou professionnel sur la commune',
  AUTRE: 'Autre lien',
}

export const householdTypes = [
  'COUPLE_AVEC_ENFANT',
  'COUPLE_SANS_ENFANT',
  'FEMME_ISOLE_AVEC_ENFANT',
  'FEMME_ISOLE_SANS_ENFANT',
  'HOMME_ISOLE_AVEC_ENFANT',
  'HOMME_ISOLE_SANS_ENFANT',
  'AUTRE',
] as const
export type HouseholdType = (typeof householdTypes)[number]
export const householdTypeLabels: Record<HouseholdType, string> = {
  COUPLE_AVEC_ENFANT: 'Couple avec enfant(s)',
  COUPLE_SANS_ENFANT: 'Couple sans enfant',
  FEMME_ISOLE_AVEC_ENFANT: 'Femme seule avec enfant(s)',
  FEMME_ISOLE_SANS_ENFANT: 'Femme seule sans enfant',
  HOMME_ISOLE_AVEC_ENFANT: 'Homme seul avec enfant(s)',
  HOMME_ISOLE_SANS_ENFANT: 'Homme seul sans enfant',
  AUTRE: 'Autre composition',
}

/** Cause of the housing instability. */
export const instabilityCauses = [
  'ERRANCE',
  'EXPULSION',
  'HEBERGE_SANS_ADRESSE',
  'ITINERANT',
  'RUPTURE',
  'SORTIE_STRUCTURE',
  'SORTIE_HOSPITALISATION',
  'SORTIE_INCARCERATION',
  'VIOLENCE',
  'AUTRE',
] as const
export type InstabilityCause = (typeof instabilityCauses)[number]
export const instabilityCauseLabels: Record<InstabilityCause, string> = {
  ERRANCE: 'Errance',
  EXPULSION: 'Expulsion',
  HEBERGE_SANS_ADRESSE: 'Hébergée sans pouvoir justifier d’une adresse',
  ITINERANT: 'Personne itinérante',
  RUPTURE: 'Rupture familiale ou conjugale',
  SORTIE_STRUCTURE: 'Sortie d’une structure d’hébergement',
  SORTIE_HOSPITALISATION: 'Sortie d’hospitalisation',
  SORTIE_INCARCERATION: 'Sortie d’incarcération',
  VIOLENCE: 'Violences familiales ou conjugales',
  AUTRE: 'Autre cause',
}

/** Where the person lives now. */
export const residenceSituations = [
  'DOMICILE_MOBILE',
  'HEBERGEMENT_SOCIAL',
  'HEBERGEMENT_TIERS',
  'HOTEL',
  'SANS_ABRI',
  'LOGEMENT_SANS_ADRESSE',
  'AUTRE',
] as const
export type ResidenceSituation = (typeof residenceSituations)[number]
export const residenceSituationLabels: Record<ResidenceSituation, string> = {
  DOMICILE_MOBILE: 'Domicile mobile (caravane, camion…)',
  HEBERGEMENT_SOCIAL: 'Hébergement social sans service de courrier',
  HEBERGEMENT_TIERS: 'Hébergée chez un tiers',
  HOTEL: 'Hôtel',
  SANS_ABRI: 'Sans abri, squat',
  LOGEMENT_SANS_ADRESSE: 'Logement sans adresse utilisable',
  AUTRE: 'Autre situation',
}

/** Why the person asks to be domiciled. */
export const requestReasons = [
  'EXERCICE_DROITS',
  'PRESTATIONS_SOCIALES',
  'ACTIVITE_PROFESSIONNELLE',
  'LUTTE_VIOLENCES',
  'AUTRE',
] as const
export type RequestReason = (typeof requestReasons)[number]
export const requestReasonLabels: Record<RequestReason, string> = {
  EXERCICE_DROITS: 'Exercice des droits civils ou civiques',
  PRESTATIONS_SOCIALES: 'Accès aux prestations sociales',
  ACTIVITE_PROFESSIONNELLE: 'Activité professionnelle',
  LUTTE_VIOLENCES: 'Protection contre des violences',
  AUTRE: 'Autre raison',
}

export const professionalSituations = [
  'ETUDIANT',
  'SALARIE',
  'INDEPENDANT',
  'FRANCE_TRAVAIL',
  'RSA',
  'AAH',
  'RETRAITE',
  'AUTRE',
] as const
export type ProfessionalSituation = (typeof professionalSituations)[number]
export const professionalSituationLabels: Record<ProfessionalSituation, string> = {
  ETUDIANT: 'Étudiant ou étudiante',
  SALARIE: 'Salarié ou salariée',
  INDEPENDANT: 'Indépendant ou indépendante',
  FRANCE_TRAVAIL: 'Inscrite à France Travail',
  RSA: 'Allocataire du RSA',
  AAH: 'Allocation aux adultes handicapés (AAH)',
  RETRAITE: 'Retraité ou retraitée',
  AUTRE: 'Autre situation',
}

/** Refusal motives. A CCAS may lawfully refuse only for want of a link with the commune (L264-4). */
export const refusalMotives = ['LIEN_COMMUNE', 'HORS_AGREMENT', 'SATURATION', 'AUTRE'] as const
export type RefusalMotive = (typeof refusalMotives)[number]
export const refusalMotiveLabels: Record<RefusalMotive, string> = {
  LIEN_COMMUNE: 'Absence de lien avec la commune',
  HORS_AGREMENT: 'Demande hors du public de l’agrément',
  SATURATION: 'Nombre maximal de domiciliations atteint',
  AUTRE: 'Autre motif',
}

/** Where a refused person is oriented (mandatory after any refusal: L264-4). */
export const orientations = ['CCAS', 'CIAS', 'ASSOCIATION', 'AUTRE'] as const
export type Orientation = (typeof orientations)[number]
export const orientationLabels: Record<Orientation, string> = {
  CCAS: 'Un autre CCAS',
  CIAS: 'Un CIAS',
  ASSOCIATION: 'Une association agréée pour la domiciliation',
  AUTRE: 'Un autre organisme',
}

/** The seven radiation motives. */
export const radiationMotives = [
  'A_SA_DEMANDE',
  'ENTREE_LOGEMENT',
  'NON_MANIFESTATION_3_MOIS',
  'FIN_DE_DOMICILIATION',
  'PLUS_DE_LIEN_COMMUNE',
  'NON_RESPECT_REGLEMENT',
  'AUTRE',
] as const
export type RadiationMotive = (typeof radiationMotives)[number]
export const radiationMotiveLabels: Record<RadiationMotive, string> = {
  A_SA_DEMANDE: 'À la demande de la personne',
  ENTREE_LOGEMENT: 'Accès à un logement ou à un hébergement stable',
  NON_MANIFESTATION_3_MOIS: 'Absence de contact depuis plus de trois mois consécutifs',
  FIN_DE_DOMICILIATION: 'Fin de la période de domiciliation sans demande de renouvellement',
  PLUS_DE_LIEN_COMMUNE: 'Perte du lien avec la commune',
  NON_RESPECT_REGLEMENT: 'Non-respect du règlement intérieur',
  AUTRE: 'Autre motif',
}

/** Follow-up lists: what an agent must look at, and why. */
export const followUpClasses = [
  'attente_decision',
  'expire_sous_16_jours',
  'expire_sous_61_jours',
  'expiree',
  'sans_contact_3_mois',
] as const
export type FollowUpClass = (typeof followUpClasses)[number]
export const followUpLabels: Record<FollowUpClass, string> = {
  attente_decision: 'En attente de décision',
  expire_sous_16_jours: 'Expire dans 16 jours ou moins',
  expire_sous_61_jours: 'Expire dans 61 jours ou moins',
  expiree: 'Expirée',
  sans_contact_3_mois: 'Sans contact depuis plus de 3 mois',
}

/** DomiFa's warning thresholds before the end of validity. */
export const EXPIRY_WARNING_DAYS = 61
export const EXPIRY_DANGER_DAYS = 16
/** CASF D264-3: the domiciliation ends after more than 3 consecutive months without contact. */
export const NO_CONTACT_MONTHS = 3
/** CASF D264-1: the answer is due within 2 months of the filing. */
export const DECISION_DELAY_MONTHS = 2
/** Agents are reminded of a pending request this many days before its deadline, then every day once late. */
export const DEADLINE_REMINDER_DAYS = 15
/**
 * A renewal may be filed while the domiciliation is valid, or within this many months after it
 * expired (the person who comes back a little late is renewed rather than asked to start over).
 */
export const RENEWAL_GRACE_MONTHS = 3

/**
 * The day by which the request must be answered: two calendar months after the filing; when that
 * day does not exist (31 December + 2 months), the last day of the month (28 or 29 February).
 */
export const decisionDeadline = (filedOn: CivilDate): CivilDate => addMonths(filedOn, DECISION_DELAY_MONTHS)

/**
 * Last day of validity of a domiciliation granted from `start`. Our reading of « un an » (D264-1):
 * a year of consecutive days starting on the decision day, so the last day is the day before the
 * anniversary (15 March 2026 → 14 March 2027; 1 March 2027 → 29 February 2028). From 29 February,
 * the anniversary does not exist and the year ends on 28 February.
 */
export const validityEnd = (start: CivilDate): CivilDate =>
  start.endsWith('-02-29') ? addMonths(start, 12) : addDays(addMonths(start, 12), -1)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  const utc = (d: CivilDate) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/** What the follow-up needs to know of a file. */
export interface FollowUpFacts {
  status: FileStatus
  validUntil: CivilDate | null
  validFrom: CivilDate | null
  /** The Paris day of the last contact event, if any. */
  lastContactOn: CivilDate | null
  hasPendingRequest: boolean
}

/** The shown status: a valid domiciliation past its end date is « expirée ». */
export function effectiveStatus(
  f: Pick<FollowUpFacts, 'status' | 'validUntil'>,
  today: CivilDate,
): ShownStatus {
  if (f.status === 'valide' && f.validUntil !== null && f.validUntil < today) return 'expiree'
  return f.status
}

/**
 * The last day the person showed up: the last contact event, or the start of the current
 * validity (the interview and the decision are held with the person).
 */
export function lastSignOfLife(f: Pick<FollowUpFacts, 'lastContactOn' | 'validFrom'>): CivilDate | null {
  const days = [f.lastContactOn, f.validFrom].filter((d): d is CivilDate => d !== null)
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : null
}

/** Days left until the end of validity (0 on the last valid day), or null when not valid. */
export function daysUntilExpiry(
  f: Pick<FollowUpFacts, 'status' | 'validUntil'>,
  today: CivilDate,
): number | null {
  if (f.status !== 'valide' || f.validUntil === null) return null
  return daysBetween(today, f.validUntil)
}

/**
 * The follow-up lists a file belongs to on `today`. A radiation is never automatic: being
 * « sans contact » only puts the file before an agent.
 */
export function followUpOf(f: FollowUpFacts, today: CivilDate): FollowUpClass[] {
  const out: FollowUpClass[] = []
  if (f.hasPendingRequest) out.push('attente_decision')
  const left = daysUntilExpiry(f, today)
  if (left !== null && left >= 0 && left <= EXPIRY_DANGER_DAYS) out.push('expire_sous_16_jours')
  if (left !== null && left >= 0 && left <= EXPIRY_WARNING_DAYS) out.push('expire_sous_61_jours')
  if (left !== null && left < 0) out.push('expiree')
  const seen = lastSignOfLife(f)
  if (f.status === 'valide' && seen !== null && seen < addMonths(today, -NO_CONTACT_MONTHS)) {
    out.push('sans_contact_3_mois')
  }
  return out
}

/** Whether a pending request's deadline is near (reminder) or passed. */
export function deadlineState(deadlineOn: CivilDate, today: CivilDate): 'depassee' | 'proche' | 'normale' {
  if (deadlineOn < today) return 'depassee'
  if (daysBetween(today, deadlineOn) <= DEADLINE_REMINDER_DAYS) return 'proche'
  return 'normale'
}
