import { z } from 'zod'
import { requestThemes, themeLabels, type RequestTheme } from '../accueil/accueil.constants'

/** What kind of structure a directory entry is. */
export const structureKinds = ['association', 'service_public', 'service_ccas', 'autre'] as const
export type StructureKind = (typeof structureKinds)[number]
export const structureKindLabels: Record<StructureKind, string> = {
  association: 'Association',
  service_public: 'Service public',
  service_ccas: 'Service du CCAS',
  autre: 'Autre',
}

/** Published entries are searchable; drafts are seen by the keeper only; closed ones are kept for history. */
export const entryStatuses = ['publiee', 'brouillon', 'fermee'] as const
export type EntryStatus = (typeof entryStatuses)[number]
export const entryStatusLabels: Record<EntryStatus, string> = {
  publiee: 'Publiée',
  brouillon: 'Brouillon',
  fermee: 'Fermée',
}

/** Where a structure came from. */
export const structureSources = ['saisie', 'rna', 'import'] as const
export type StructureSource = (typeof structureSources)[number]
export const structureSourceLabels: Record<StructureSource, string> = {
  saisie: 'Saisie',
  rna: 'Répertoire national des associations',
  import: 'Import de fichier',
}

/** What the geocoder made of a place's address. */
export const geocodeStatuses = ['adresse', 'rue', 'commune', 'inconnue', 'a_geocoder'] as const
export type GeocodeStatus = (typeof geocodeStatuses)[number]
export const geocodeStatusLabels: Record<GeocodeStatus, string> = {
  adresse: 'Adresse trouvée',
  rue: 'Rue trouvée (numéro inconnu)',
  commune: 'Placée au centre de la commune',
  inconnue: 'Adresse inconnue du service d’adresses',
  a_geocoder: 'Position à calculer',
}

/** The directory's themes are the themes of requests at the reception desk. */
export const directoryThemes = requestThemes
export type DirectoryTheme = RequestTheme
export const directoryThemeLabels = themeLabels

/** Finer sub-themes, each under one theme. Codes are unique across themes. */
export const subThemesByTheme = {
  aide_alimentaire: [
    'colis_alimentaire',
    'epicerie_sociale',
    'repas',
    'distribution_alimentaire',
    'cheques_alimentaires',
  ],
  energie: ['impayes_energie', 'economies_energie', 'cheque_energie'],
  logement: [
    'hebergement_urgence',
    'acces_logement',
    'maintien_logement',
    'accueil_de_jour',
    'aide_installation',
  ],
  sante: ['acces_soins', 'sante_mentale', 'hygiene', 'addictions', 'couverture_maladie'],
  droits_rsa: ['acces_droits', 'aide_juridique', 'aide_administrative', 'surendettement', 'budget'],
  domiciliation: ['domiciliation_administrative', 'bagagerie'],
  numerique: ['acces_internet', 'accompagnement_numerique', 'materiel_informatique'],
  emploi: ['accompagnement_emploi', 'insertion_activite', 'formation'],
  handicap: ['accompagnement_handicap', 'aides_techniques'],
  isolement: ['lien_social', 'visites_domicile', 'activites_collectives'],
  autre: [
    'cours_francais',
    'vetements',
    'mobilite',
    'famille_parentalite',
    'violences',
    'laverie',
    'animaux',
  ],
} as const satisfies Record<DirectoryTheme, readonly string[]>

export type SubTheme = (typeof subThemesByTheme)[DirectoryTheme][number]
export const subThemes = Object.values(subThemesByTheme).flat() as readonly SubTheme[]

export const subThemeLabels: Record<SubTheme, string> = {
  colis_alimentaire: 'Colis alimentaires',
  epicerie_sociale: 'Épicerie sociale et solidaire',
  repas: 'Repas',
  distribution_alimentaire: 'Distribution alimentaire',
  cheques_alimentaires: 'Chèques et bons alimentaires',
  impayes_energie: 'Impayés d’énergie',
  economies_energie: 'Économies d’énergie',
  cheque_energie: 'Chèque énergie',
  hebergement_urgence: 'Hébergement d’urgence',
  acces_logement: 'Accès au logement',
  maintien_logement: 'Maintien dans le logement',
  accueil_de_jour: 'Accueil de jour',
  aide_installation: 'Aide à l’installation',
  acces_soins: 'Accès aux soins',
  sante_mentale: 'Santé mentale',
  hygiene: 'Hygiène, douches',
  addictions: 'Addictions',
  couverture_maladie: 'Couverture maladie',
  acces_droits: 'Accès aux droits',
  aide_juridique: 'Aide juridique',
  aide_administrative: 'Aide administrative',
  surendettement: 'Surendettement',
  budget: 'Gestion du budget',
  domiciliation_administrative: 'Domiciliation administrative',
  bagagerie: 'Bagagerie',
  acces_internet: 'Accès à internet',
  accompagnement_numerique: 'Accompagnement au numérique',
  materiel_informatique: 'Matériel informatique',
  accompagnement_emploi: 'Accompagnement vers l’emploi',
  insertion_activite: 'Insertion par l’activité économique',
  formation: 'Formation',
  accompagnement_handicap: 'Accompagnement du handicap',
  aides_techniques: 'Aides techniques',
  lien_social: 'Lien social',
  visites_domicile: 'Visites à domicile',
  activites_collectives: 'Activités collectives',
  cours_francais: 'Cours de français',
  vetements: 'Vêtements',
  mobilite: 'Mobilité',
  famille_parentalite: 'Famille, parentalité',
  violences: 'Violences, aide aux victimes',
  laverie: 'Laverie',
  animaux: 'Animaux de compagnie',
}

/** The theme a sub-theme belongs to. */
export const themeOfSubTheme = Object.fromEntries(
  Object.entries(subThemesByTheme).flatMap(([theme, subs]) => subs.map((s) => [s, theme])),
) as Record<SubTheme, DirectoryTheme>

/** Who a service is for. */
export const publics = [
  'tout_public',
  'familles',
  'enfants',
  'jeunes_16_25',
  'etudiants',
  'seniors',
  'personnes_sans_domicile',
  'femmes',
  'femmes_victimes_violences',
  'demandeurs_asile',
  'personnes_etrangeres',
  'personnes_handicap',
  'demandeurs_emploi',
  'beneficiaires_minima_sociaux',
  'personnes_sortant_prison',
] as const
export type Public = (typeof publics)[number]
export const publicLabels: Record<Public, string> = {
  tout_public: 'Tout public',
  familles: 'Familles',
  enfants: 'Enfants',
  jeunes_16_25: 'Jeunes de 16 à 25 ans',
  etudiants: 'Étudiants',
  seniors: 'Seniors',
  personnes_sans_domicile: 'Personnes sans domicile',
  femmes: 'Femmes',
  femmes_victimes_violences: 'Femmes victimes de violences',
  demandeurs_asile: 'Demandeurs d’asile',
  personnes_etrangeres: 'Personnes étrangères',
  personnes_handicap: 'Personnes en situation de handicap',
  demandeurs_emploi: 'Demandeurs d’emploi',
  beneficiaires_minima_sociaux: 'Bénéficiaires de minima sociaux',
  personnes_sortant_prison: 'Personnes sortant de détention',
}

/** Languages spoken at a service: ISO 639-1 codes, and `lsf` for French sign language. */
export const languages = [
  'fr',
  'en',
  'ar',
  'es',
  'pt',
  'it',
  'de',
  'ro',
  'ru',
  'uk',
  'pl',
  'tr',
  'fa',
  'ps',
  'ti',
  'so',
  'wo',
  'bm',
  'ln',
  'sq',
  'hy',
  'ka',
  'zh',
  'vi',
  'lsf',
] as const
export type Language = (typeof languages)[number]
export const languageLabels: Record<Language, string> = {
  fr: 'Français',
  en: 'Anglais',
  ar: 'Arabe',
  es: 'Espagnol',
  pt: 'Portugais',
  it: 'Italien',
  de: 'Allemand',
  ro: 'Roumain',
  ru: 'Russe',
  uk: 'Ukrainien',
  pl: 'Polonais',
  tr: 'Turc',
  fa: 'Persan (dari, farsi)',
  ps: 'Pachto',
  ti: 'Tigrigna',
  so: 'Somali',
  wo: 'Wolof',
  bm: 'Bambara',
  ln: 'Lingala',
  sq: 'Albanais',
  hy: 'Arménien',
  ka: 'Géorgien',
  zh: 'Chinois',
  vi: 'Vietnamien',
  lsf: 'Langue des signes française',
}

/** How a person gets to be received by a service. */
export const referralModes = ['sans_rdv', 'sur_rdv', 'orientation_requise'] as const
export type ReferralMode = (typeof referralModes)[number]
export const referralModeLabels: Record<ReferralMode, string> = {
  sans_rdv: 'Sans rendez-vous',
  sur_rdv: 'Sur rendez-vous',
  orientation_requise: 'Sur orientation d’un professionnel',
}

/** Entities a partner may propose changes to. */
export const changeEntities = ['structure', 'place', 'service'] as const
export type ChangeEntity = (typeof changeEntities)[number]
export const changeEntityLabels: Record<ChangeEntity, string> = {
  structure: 'Structure',
  place: 'Lieu',
  service: 'Service',
}

export const changeStatuses = ['a_valider', 'validee', 'refusee'] as const
export type ChangeStatus = (typeof changeStatuses)[number]
export const changeStatusLabels: Record<ChangeStatus, string> = {
  a_valider: 'À valider',
  validee: 'Validée',
  refusee: 'Refusée',
}

// ---------------------------------------------------------------------------
// Opening hours

export const weekDays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const
export type WeekDay = (typeof weekDays)[number]
export const weekDayLabels: Record<WeekDay, string> = {
  lundi: 'Lundi',
  mardi: 'Mardi',
  mercredi: 'Mercredi',
  jeudi: 'Jeudi',
  vendredi: 'Vendredi',
  samedi: 'Samedi',
  dimanche: 'Dimanche',
}

/** The weekday of a JavaScript `Date.getDay()` (0 is Sunday). */
export const weekDayOfJsDay = (jsDay: number): WeekDay => weekDays[(jsDay + 6) % 7]!

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/

/** "HH:MM" to minutes since midnight. */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

export const clockTime = z.string().regex(HH_MM, { message: 'Heure au format HH:MM (ex. 09:30).' })

/** One opening span of a day: ["09:00", "12:00"], start before end. */
export const timeRange = z
  .tuple([clockTime, clockTime])
  .refine(([start, end]) => minutesOf(start) < minutesOf(end), {
    message: 'L’heure de début doit précéder l’heure de fin.',
  })
export type TimeRange = z.output<typeof timeRange>

/** The spans of one day, sorted and not overlapping (touching spans are refused too: write one span). */
export const daySpans = z
  .array(timeRange)
  .max(6, { message: '6 plages au plus par jour.' })
  .refine(
    (spans) => {
      const sorted = [...spans].sort((a, b) => minutesOf(a[0]) - minutesOf(b[0]))
      return sorted.every((span, i) => i === 0 || minutesOf(sorted[i - 1]![1]) < minutesOf(span[0]))
    },
    { message: 'Des plages horaires se chevauchent.' },
  )
  .transform((spans) => [...spans].sort((a, b) => minutesOf(a[0]) - minutesOf(b[0])))

/** Weekly hours: `{ lundi: [["09:00","12:00"],["14:00","17:00"]], … }`. A missing day is closed. */
export const weeklyHours = z.strictObject({
  lundi: daySpans.optional(),
  mardi: daySpans.optional(),
  mercredi: daySpans.optional(),
  jeudi: daySpans.optional(),
  vendredi: daySpans.optional(),
  samedi: daySpans.optional(),
  dimanche: daySpans.optional(),
})
export type WeeklyHours = z.output<typeof weeklyHours>

const civilDay = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })

/** A closure or exceptional hours over a run of days. `hours` is used when `closed` is false. */
export const hoursException = z
  .strictObject({
    from: civilDay,
    to: civilDay,
    closed: z.boolean(),
    hours: daySpans.optional(),
    message: z.string().trim().max(300, { message: '300 caractères au plus.' }).optional(),
  })
  .refine((e) => e.from <= e.to, { message: 'La date de début doit précéder la date de fin.', path: ['to'] })
  .refine((e) => e.closed || (e.hours !== undefined && e.hours.length > 0), {
    message: 'Indiquez les horaires exceptionnels ou cochez « fermé ».',
    path: ['hours'],
  })
export type HoursException = z.output<typeof hoursException>

export const hoursExceptions = z.array(hoursException).max(100, { message: '100 exceptions au plus.' })

/** The age range of a service. */
export const MAX_AGE = 120
/** Months between two confirmations of a structure's entries, by default. */
export const DEFAULT_UPDATE_EVERY_MONTHS = 6
