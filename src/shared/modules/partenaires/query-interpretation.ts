/**
 * Reads filters in what a person types in the directory's search box: "aide alimentaire ouvert
 * samedi près de la gare" is the theme aide alimentaire, open next Saturday, near "la gare".
 * Accents, case and one typo in a word are forgiven. What it understood comes back as chips the
 * interface shows and lets the person remove; the words it did not understand are left for the
 * text search.
 */
import { addDays, weekday, type CivilDate } from '../../dates'
import {
  directoryThemeLabels,
  languageLabels,
  publicLabels,
  referralModeLabels,
  subThemeLabels,
  weekDays,
  type DirectoryTheme,
  type Language,
  type Public,
  type ReferralMode,
  type SubTheme,
  type WeekDay,
} from './directory.constants'
import type { ChipKind, UnderstoodChipView } from './search.contract'

export interface Interpretation {
  themes: DirectoryTheme[]
  subThemes: SubTheme[]
  publics: Public[]
  language: Language | null
  wheelchair: boolean
  hearingLoop: boolean
  referralModes: ReferralMode[]
  openNow: boolean
  openOn: CivilDate | null
  /** "ce soir": still open at or after this time. */
  openAfter: string | null
  /** The words after "près de": an address or a place name to locate. */
  near: string | null
  /** The words not understood, for the text search. */
  remaining: string
  chips: UnderstoodChipView[]
}

/** Lower case, no accents, apostrophes and punctuation as spaces. */
export function normaliseWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae')
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2]![j - 2]! + 1)
      row.push(v)
      best = Math.min(best, v)
    }
    if (best > max) return max + 1
    rows.push(row)
  }
  return rows[a.length]![b.length]!
}

/** Short words must be exact; longer ones forgive one typo, very long ones two. A plural is no typo. */
export function wordMatches(token: string, keyword: string): boolean {
  if (token === keyword) return true
  const singular = token.length > 3 && /[sx]$/.test(token) ? token.slice(0, -1) : token
  if (singular === keyword) return true
  if (keyword.length <= 4) return false
  const max = keyword.length >= 9 ? 2 : 1
  return editDistance(singular, keyword, max) <= max || editDistance(token, keyword, max) <= max
}

type Apply = (acc: Interpretation, today: CivilDate) => Omit<UnderstoodChipView, 'source'> | null

interface Pattern {
  words: string[]
  apply: Apply
}

const phrase = (text: string) =>
  normaliseWord(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

const chip = (
  kind: ChipKind,
  label: string,
  field: UnderstoodChipView['field'],
  value: string | null = null,
) => ({
  kind,
  label,
  field,
  value,
})

const addTo = <T>(list: T[], value: T) => {
  if (!list.includes(value)) list.push(value)
}

const themePattern =
  (theme: DirectoryTheme): Apply =>
  (acc) => {
    addTo(acc.themes, theme)
    return chip('theme', directoryThemeLabels[theme], 'themes', theme)
  }
const subThemePattern =
  (sub: SubTheme): Apply =>
  (acc) => {
    addTo(acc.subThemes, sub)
    return chip('theme', subThemeLabels[sub], 'subThemes', sub)
  }
const publicPattern =
  (who: Public): Apply =>
  (acc) => {
    addTo(acc.publics, who)
    return chip('public', publicLabels[who], 'publics', who)
  }
const languagePattern =
  (language: Language): Apply =>
  (acc) => {
    acc.language = language
    return chip('langue', `parle ${languageLabels[language].toLowerCase()}`, 'language', language)
  }
const referralPattern =
  (mode: ReferralMode): Apply =>
  (acc) => {
    addTo(acc.referralModes, mode)
    return chip('orientation', referralModeLabels[mode].toLowerCase(), 'referralModes', mode)
  }
const dayPattern =
  (day: WeekDay): Apply =>
  (acc, today) => {
    const target = weekDays.indexOf(day)
    const current = (weekday(today) + 6) % 7
    acc.openOn = addDays(today, (target - current + 7) % 7)
    acc.openNow = false
    acc.openAfter = null
    return chip('horaires', `ouvert ${day}`, 'openOn', acc.openOn)
  }

/** Keyword lists, in French as people type them. Each entry: words → filter. */
const themeWords: [string, DirectoryTheme][] = [
  ['aide alimentaire', 'aide_alimentaire'],
  ['alimentaire', 'aide_alimentaire'],
  ['alimentation', 'aide_alimentaire'],
  ['nourriture', 'aide_alimentaire'],
  ['manger', 'aide_alimentaire'],
  ['banque alimentaire', 'aide_alimentaire'],
  ['energie', 'energie'],
  ['electricite', 'energie'],
  ['chauffage', 'energie'],
  ['gaz', 'energie'],
  ['logement', 'logement'],
  ['hebergement', 'logement'],
  ['se loger', 'logement'],
  ['dormir', 'logement'],
  ['sante', 'sante'],
  ['soins', 'sante'],
  ['se soigner', 'sante'],
  ['medecin', 'sante'],
  ['acces aux droits', 'droits_rsa'],
  ['rsa', 'droits_rsa'],
  ['domiciliation', 'domiciliation'],
  ['adresse postale', 'domiciliation'],
  ['numerique', 'numerique'],
  ['internet', 'numerique'],
  ['ordinateur', 'numerique'],
  ['informatique', 'numerique'],
  ['emploi', 'emploi'],
  ['travail', 'emploi'],
  ['handicap', 'handicap'],
  ['isolement', 'isolement'],
  ['solitude', 'isolement'],
]

const subThemeWords: [string, SubTheme][] = [
  ['colis alimentaire', 'colis_alimentaire'],
  ['colis', 'colis_alimentaire'],
  ['epicerie sociale', 'epicerie_sociale'],
  ['epicerie solidaire', 'epicerie_sociale'],
  ['epicerie', 'epicerie_sociale'],
  ['repas', 'repas'],
  ['distribution alimentaire', 'distribution_alimentaire'],
  ['cheques alimentaires', 'cheques_alimentaires'],
  ['bons alimentaires', 'cheques_alimentaires'],
  ['cheque energie', 'cheque_energie'],
  ['impayes', 'impayes_energie'],
  ['hebergement d urgence', 'hebergement_urgence'],
  ['115', 'hebergement_urgence'],
  ['accueil de jour', 'accueil_de_jour'],
  ['sante mentale', 'sante_mentale'],
  ['douche', 'hygiene'],
  ['hygiene', 'hygiene'],
  ['addiction', 'addictions'],
  ['aide juridique', 'aide_juridique'],
  ['avocat', 'aide_juridique'],
  ['papiers', 'aide_administrative'],
  ['aide administrative', 'aide_administrative'],
  ['surendettement', 'surendettement'],
  ['dettes', 'surendettement'],
  ['budget', 'budget'],
  ['bagagerie', 'bagagerie'],
  ['formation', 'formation'],
  ['cours de francais', 'cours_francais'],
  ['apprendre le francais', 'cours_francais'],
  ['vetements', 'vetements'],
  ['laverie', 'laverie'],
  ['mobilite', 'mobilite'],
  ['parentalite', 'famille_parentalite'],
  ['violences', 'violences'],
]

const publicWords: [string, Public][] = [
  ['familles', 'familles'],
  ['enfants', 'enfants'],
  ['jeunes', 'jeunes_16_25'],
  ['etudiants', 'etudiants'],
  ['seniors', 'seniors'],
  ['personnes agees', 'seniors'],
  ['retraites', 'seniors'],
  ['sans domicile', 'personnes_sans_domicile'],
  ['sans abri', 'personnes_sans_domicile'],
  ['sdf', 'personnes_sans_domicile'],
  ['a la rue', 'personnes_sans_domicile'],
  ['femmes', 'femmes'],
  ['femmes victimes de violences', 'femmes_victimes_violences'],
  ['demandeurs d asile', 'demandeurs_asile'],
  ['refugies', 'demandeurs_asile'],
  ['etrangers', 'personnes_etrangeres'],
  ['migrants', 'personnes_etrangeres'],
  ['demandeurs d emploi', 'demandeurs_emploi'],
  ['chomeurs', 'demandeurs_emploi'],
  ['beneficiaires du rsa', 'beneficiaires_minima_sociaux'],
  ['sortant de prison', 'personnes_sortant_prison'],
]

/** How people name a language; French only after "en" or "parle", since nearly everyone speaks it. */
const languageWords: [string, Language][] = [
  ['anglais', 'en'],
  ['english', 'en'],
  ['arabe', 'ar'],
  ['espagnol', 'es'],
  ['portugais', 'pt'],
  ['italien', 'it'],
  ['allemand', 'de'],
  ['roumain', 'ro'],
  ['russe', 'ru'],
  ['ukrainien', 'uk'],
  ['polonais', 'pl'],
  ['turc', 'tr'],
  ['persan', 'fa'],
  ['farsi', 'fa'],
  ['dari', 'fa'],
  ['pachto', 'ps'],
  ['pashto', 'ps'],
  ['tigrigna', 'ti'],
  ['somali', 'so'],
  ['wolof', 'wo'],
  ['bambara', 'bm'],
  ['lingala', 'ln'],
  ['albanais', 'sq'],
  ['armenien', 'hy'],
  ['georgien', 'ka'],
  ['chinois', 'zh'],
  ['mandarin', 'zh'],
  ['vietnamien', 'vi'],
  ['langue des signes', 'lsf'],
  ['lsf', 'lsf'],
]
const languageTriggers = ['en', 'parle', 'parlant', 'on parle', 'qui parle', 'en langue']

function buildPatterns(): Pattern[] {
  const patterns: Pattern[] = []
  const add = (text: string, apply: Apply) => patterns.push({ words: phrase(text), apply })
  for (const [text, theme] of themeWords) add(text, themePattern(theme))
  for (const [text, sub] of subThemeWords) add(text, subThemePattern(sub))
  for (const [text, who] of publicWords) {
    add(text, publicPattern(who))
    add(`pour les ${text}`, publicPattern(who))
  }
  for (const [text, language] of languageWords) {
    add(text, languagePattern(language))
    for (const trigger of languageTriggers) add(`${trigger} ${text}`, languagePattern(language))
  }
  for (const trigger of languageTriggers) add(`${trigger} francais`, languagePattern('fr'))

  const wheelchair: Apply = (acc) => {
    acc.wheelchair = true
    return chip('accessibilite', 'accessible en fauteuil roulant', 'wheelchair')
  }
  for (const text of [
    'accessible',
    'accessibilite',
    'fauteuil',
    'fauteuil roulant',
    'pmr',
    'accessible en fauteuil',
  ])
    add(text, wheelchair)
  const loop: Apply = (acc) => {
    acc.hearingLoop = true
    return chip('accessibilite', 'boucle magnétique', 'hearingLoop')
  }
  for (const text of ['boucle magnetique', 'boucle auditive', 'malentendant']) add(text, loop)

  for (const text of ['sans rendez vous', 'sans rdv']) add(text, referralPattern('sans_rdv'))
  for (const text of ['sur rendez vous', 'sur rdv', 'avec rendez vous']) add(text, referralPattern('sur_rdv'))

  const now: Apply = (acc) => {
    acc.openNow = true
    acc.openOn = null
    acc.openAfter = null
    return chip('horaires', 'ouvert maintenant', 'openNow')
  }
  for (const text of ['maintenant', 'en ce moment', 'actuellement', 'tout de suite']) {
    add(text, now)
    add(`ouvert ${text}`, now)
  }
  const onDay =
    (offset: number, label: string, after: string | null = null): Apply =>
    (acc, today) => {
      acc.openOn = addDays(today, offset)
      acc.openNow = false
      acc.openAfter = after
      return chip('horaires', label, 'openOn', acc.openOn)
    }
  for (const text of ['aujourd hui', 'aujourdhui']) {
    add(text, onDay(0, 'ouvert aujourd’hui'))
    add(`ouvert ${text}`, onDay(0, 'ouvert aujourd’hui'))
  }
  add('demain', onDay(1, 'ouvert demain'))
  add('ouvert demain', onDay(1, 'ouvert demain'))
  for (const text of ['ce soir', 'ouvert ce soir', 'le soir', 'ouvert le soir'])
    add(text, onDay(0, 'ouvert ce soir', '18:00'))
  for (const day of weekDays) {
    for (const form of [day, `le ${day}`, `ouvert ${day}`, `ouvert le ${day}`]) add(form, dayPattern(day))
  }
  return patterns.sort((a, b) => b.words.length - a.words.length)
}

const patterns = buildPatterns()

/** Words that introduce a place: what follows, up to the next understood words, is where. */
const nearTriggers = [
  'pres de',
  'pres du',
  'pres des',
  'pres',
  'a cote de',
  'a cote du',
  'autour de',
  'autour du',
  'proche de',
  'proche du',
  'proche',
  'vers',
].map(phrase)

/** Words that carry no meaning for the text search. */
const stopWords = new Set(
  phrase(
    'a au aux avec ce ces chez d de des du en et je j la le les l me mon ma mes ou par pour qui que sur un une y ' +
      'ouvert ouverte ouverts ouvertes cherche chercher besoin trouver aide',
  ),
)

interface Token {
  original: string
  normal: string
  start: number
  end: number
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    original: m[0],
    normal: normaliseWord(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** The typed text from the first to the last token, hyphens and apostrophes kept. */
const spanOf = (text: string, list: Token[]) =>
  list.length === 0 ? '' : text.slice(list[0]!.start, list.at(-1)!.end)

function matchAt(list: Token[], i: number, words: string[]): boolean {
  if (i + words.length > list.length) return false
  return words.every((w, k) => wordMatches(list[i + k]!.normal, w))
}

/** What the search box says. `today` is the Paris date, to place "samedi" and "demain". */
export function interpretQuery(text: string, today: CivilDate): Interpretation {
  const acc: Interpretation = {
    themes: [],
    subThemes: [],
    publics: [],
    language: null,
    wheelchair: false,
    hearingLoop: false,
    referralModes: [],
    openNow: false,
    openOn: null,
    openAfter: null,
    near: null,
    remaining: '',
    chips: [],
  }
  const typed = text.slice(0, 300)
  const list = tokens(typed)
  const left: Token[] = []
  let near: Token[] | null = null
  let nearSource: Token[] = []
  const closeNear = () => {
    if (near && near.length > 0) {
      acc.near = spanOf(typed, near)
      const source = spanOf(typed, [...nearSource, ...near])
      acc.chips = acc.chips.filter((c) => c.field !== 'near')
      acc.chips.push({ kind: 'lieu', label: normaliseNear(source), field: 'near', value: acc.near, source })
    }
    near = null
  }

  for (let i = 0; i < list.length;) {
    const pattern = patterns.find((p) => matchAt(list, i, p.words))
    if (pattern) {
      closeNear()
      const source = spanOf(typed, list.slice(i, i + pattern.words.length))
      const understood = pattern.apply(acc, today)
      if (understood) {
        acc.chips = acc.chips.filter((c) => !supersedes(understood, c))
        acc.chips.push({ ...understood, source })
      }
      i += pattern.words.length
      continue
    }
    const trigger = near === null ? nearTriggers.find((words) => matchAt(list, i, words)) : undefined
    if (trigger) {
      nearSource = list.slice(i, i + trigger.length)
      near = []
      i += trigger.length
      continue
    }
    if (near) near.push(list[i]!)
    else left.push(list[i]!)
    i++
  }
  closeNear()
  acc.remaining = left
    .filter((t) => !stopWords.has(t.normal))
    .map((t) => t.original)
    .join(' ')
  return acc
}

/** "Près du centre-ville" as typed, in lower case at its start: it reads inside "Compris : …". */
const normaliseNear = (source: string) => source.charAt(0).toLowerCase() + source.slice(1)

const openingFields = ['openNow', 'openOn']
const singleFields = ['language', 'wheelchair', 'hearingLoop', 'openNow', 'openOn', 'near']

/**
 * A later mention replaces an earlier one of a single-valued filter ("samedi … dimanche"), and
 * "ouvert maintenant" and "ouvert samedi" are one question: the last one asked stands.
 */
function supersedes(added: Omit<UnderstoodChipView, 'source'>, existing: UnderstoodChipView): boolean {
  if (openingFields.includes(added.field) && openingFields.includes(existing.field)) return true
  if (existing.field !== added.field) return false
  return singleFields.includes(added.field) || existing.value === added.value
}
