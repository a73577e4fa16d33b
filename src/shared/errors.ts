/** Stable domain error codes. The HTTP status of each lives in one place: server/http/errors.ts. */
export const errorCodes = [
  'validation',
  'unauthenticated',
  'mfa_required',
  'forbidden',
  'not_found',
  'conflict',
  /** Well-formed input the domain cannot take as a whole (an import with bad lines). */
  'unprocessable',
  'rate_limited',
  'account_locked',
  'csrf',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export interface FieldIssue {
  /** Dotted path of the field, e.g. `email` or `members.0.role`. */
  field: string
  message: string
}

/** The body of every error answer. */
export interface ErrorBody {
  error: ErrorCode
  message: string
  fields?: FieldIssue[]
  /** What the client needs to go on, e.g. the possible duplicates of a refused creation. */
  details?: unknown
  requestId?: string
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const notFound = (what = 'Cette ressource') => new DomainError('not_found', `${what} est introuvable.`)
export const forbidden = () => new DomainError('forbidden', "Vous n'avez pas le droit de faire cette action.")
export const conflict = (message: string, field?: string) =>
  new DomainError('conflict', message, field ? [{ field, message }] : [])
export const invalid = (field: string, message: string) =>
  new DomainError('validation', `${fieldLabel(field)} : ${message}`, [{ field, message }])

const labels: Record<string, string> = {
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  newPassword: 'Nouveau mot de passe',
  code: 'Code',
  name: 'Nom',
  siret: 'SIRET',
  communeInsee: 'Code INSEE de la commune',
  role: 'Rôle',
  roles: 'Rôles',
  kind: 'Type',
  displayName: 'Nom affiché',
  token: 'Lien',
  channel: 'Canal',
  themes: 'Thèmes',
  message: 'Message',
  subject: 'Objet',
  contactName: 'Nom ou description de la personne',
  replyTo: 'Moyen de réponse',
  usagerId: 'Usager',
  serviceId: 'Service',
  assigneeId: 'Agent',
  body: 'Réponse',
  state: 'État',
  partnerName: 'Partenaire',
  reason: 'Motif',
  outcome: 'Suite donnée',
  phone: 'Téléphone',
  answer: 'Réponse à la question',
  questionId: 'Question',
  queue: 'File',
  page: 'Page',
  accueil_physique: 'Accueil physique',
  telephone: 'Téléphone',
  courriel: 'Courriel',
  courrier: 'Courrier',
  formulaire: 'Formulaire en ligne',
  orientation_partenaire: 'Orientation par un partenaire',
  firstName: 'Prénom',
  lastName: 'Nom',
  birthName: 'Nom de naissance',
  pseudonym: 'Pseudonyme',
  birthDate: 'Date de naissance',
  gender: 'Genre',
  languages: 'Langues parlées',
  addressLine: 'Adresse',
  postalCode: 'Code postal',
  city: 'Commune',
  incomeSources: 'Sources de revenus',
  housing: 'Logement',
  rsaReferent: 'Référent RSA',
  relation: 'Lien avec la personne',
  text: 'Texte de la note',
  fileName: 'Nom du fichier',
  absorbedId: 'Dossier à fusionner',
  takeFromAbsorbed: 'Champs repris du doublon',
  retentionMonths: 'Durée de conservation',
  usagerIds: 'Dossiers',
  q: 'Recherche',
  limit: 'Nombre de résultats',
  items: 'Plis',
  itemIds: 'Plis',
  fileNumber: 'Numéro de dossier',
  domiciliationId: 'Dossier de domiciliation',
  sender: 'Expéditeur',
  returnReason: 'Motif du retour',
  proxyId: 'Procuration',
  validFrom: 'Début de validité',
  validUntil: 'Fin de validité',
  forwardAddress: 'Adresse de réexpédition',
  forwardFrom: 'Début de la réexpédition',
  forwardUntil: 'Fin de la réexpédition',
  occurredAt: 'Date du contact',
  note: 'Note',
  noticeTime: 'Heure de l’avis de courrier',
  portalEnabled: 'Espace personnel',
  domiciliationIds: 'Dossiers de domiciliation',
  filedOn: 'Date de dépôt',
  acknowledgedOn: 'Date de l’accusé de réception',
  interview: 'Entretien',
  interviewAt: 'Date de l’entretien',
  interviewPlace: 'Lieu de l’entretien',
  linkWithCommune: 'Lien avec la commune',
  linkDetail: 'Précision sur le lien avec la commune',
  householdType: 'Composition du ménage',
  instabilityCause: 'Cause de l’instabilité du logement',
  residenceSituation: 'Situation de résidence',
  requestReason: 'Raison de la demande',
  professionalSituation: 'Situation professionnelle',
  sociallyAccompanied: 'Accompagnement social',
  accompaniedBy: 'Accompagnée par',
  domiciledElsewhere: 'Domiciliation ailleurs',
  hasIncome: 'Ressources',
  comments: 'Commentaires',
  decision: 'Décision',
  decidedOn: 'Date de la décision',
  motive: 'Motif',
  motiveDetail: 'Précision sur le motif',
  orientation: 'Orientation',
  orientationDetail: 'Organisme d’orientation',
  cancelReason: 'Raison de l’annulation',
  agrementNumber: 'Numéro d’agrément',
  prefecture: 'Préfecture',
  responsibleName: 'Responsable',
  responsibleFunction: 'Fonction du responsable',
  openingHours: 'Horaires d’ouverture',
  addressInput: 'Adresse',
  hoursExceptions: 'Fermetures et horaires exceptionnels',
  lundi: 'Lundi',
  mardi: 'Mardi',
  mercredi: 'Mercredi',
  jeudi: 'Jeudi',
  vendredi: 'Vendredi',
  samedi: 'Samedi',
  dimanche: 'Dimanche',
  wheelchairAccessible: 'Accessible en fauteuil roulant',
  hearingLoop: 'Boucle magnétique',
  subThemes: 'Sous-thèmes',
  publics: 'Publics',
  ageMin: 'Âge minimum',
  ageMax: 'Âge maximum',
  accessConditions: 'Conditions d’accès',
  referralMode: 'Modalité d’accueil',
  whatToBring: 'Ce qu’il faut apporter',
  placeId: 'Lieu',
  rnaId: 'Numéro RNA',
  website: 'Site web',
  updateEveryMonths: 'Fréquence de mise à jour',
  partnerOrganisationId: 'Organisation partenaire',
  presentation: 'Présentation',
  employerType: 'Type d’employeur',
  sector: 'Secteur',
  description: 'Description',
  address: 'Adresse',
  postcode: 'Code postal',
  commune: 'Commune',
  title: 'Intitulé',
  jobId: 'Fiche métier',
  codeRome: 'Code ROME',
  codeOgr: 'Code d’appellation ROME',
  descriptionHtml: 'Description du poste',
  profileHtml: 'Profil recherché',
  contract: 'Contrat',
  contractMonths: 'Durée du contrat',
  publicGrade: 'Grade',
  dveReference: 'Référence de la vacance d’emploi',
  dveUrl: 'Lien vers la vacance d’emploi',
  workTime: 'Temps de travail',
  weeklyHours: 'Heures par semaine',
  patterns: 'Rythmes de travail',
  scheduleNote: 'Précisions sur les horaires',
  salaryMin: 'Salaire minimum',
  salaryMax: 'Salaire maximum',
  salaryPeriod: 'Période du salaire',
  startDate: 'Date de prise de poste',
  expiresOn: 'Fin de publication',
  slug: 'Adresse de la page',
  introHtml: 'Présentation',
  featuredFicheIds: 'Métiers mis en avant',
  featuredPortraitIds: 'Portraits mis en avant',
  areaCommune: 'Commune du territoire',
  areaRadiusKm: 'Rayon des offres',
}

/** French label of a field path, for messages ("Adresse e-mail : …"). */
export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? path
  return labels[last] ?? `Champ « ${path} »`
}
