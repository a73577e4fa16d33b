import { useTranslation } from 'react-i18next'
import {
  documentKinds,
  genders,
  housings,
  incomeSources,
  relations,
} from '../../../shared/modules/usagers/usagers.contract'

export type Gender = (typeof genders)[number]
export type IncomeSource = (typeof incomeSources)[number]
export type Housing = (typeof housings)[number]
export type Relation = (typeof relations)[number]
export type DocumentKind = (typeof documentKinds)[number]

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    list.some((x) => x === v)

export const isGender = isOneOf(genders)
export const isIncomeSource = isOneOf(incomeSources)
export const isHousing = isOneOf(housings)
export const isRelation = isOneOf(relations)
export const isDocumentKind = isOneOf(documentKinds)

/** Languages most often met at a CCAS desk, offered as boxes to tick (ISO 639 codes). */
export const commonLanguages = [
  'fr',
  'ar',
  'en',
  'es',
  'pt',
  'it',
  'de',
  'ro',
  'ru',
  'uk',
  'tr',
  'sq',
  'ka',
  'hy',
  'prs',
  'ps',
  'ti',
  'so',
  'wo',
  'bm',
  'zh',
  'fsl',
] as const

/** The name of a language code in the interface language ("ti" → "tigrigna"), or the code itself. */
export function languageName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code)
    return name ?? code
  } catch {
    return code
  }
}

/** Labels of the file's coded values in the interface language. */
export function usePersonLabels() {
  const { t, i18n } = useTranslation()
  const gender = (g: Gender) => t(`usagers.genders.${g}`)
  const income = (s: IncomeSource) => t(`usagers.incomes.${s}`)
  const housing = (h: Housing) => t(`usagers.housings.${h}`)
  const relation = (r: Relation) => t(`usagers.relations.${r}`)
  const documentKind = (k: DocumentKind) => t(`usagers.documentKinds.${k}`)
  const language = (code: string) =>
    code === 'fsl' ? t('usagers.languages.signLanguage') : languageName(code, i18n.language)
  return {
    gender,
    income,
    housing,
    relation,
    documentKind,
    language,
    genderOptions: genders.map((g) => ({ id: g, label: gender(g) })),
    incomeOptions: incomeSources.map((s) => ({ id: s, label: income(s) })),
    housingOptions: housings.map((h) => ({ id: h, label: housing(h) })),
    relationOptions: relations.map((r) => ({ id: r, label: relation(r) })),
    documentKindOptions: documentKinds.map((k) => ({ id: k, label: documentKind(k) })),
    languageOptions: commonLanguages.map((c) => ({ id: c, label: language(c) })),
  }
}

/** A civil date (1971-06-02) as people read it, in the interface language: "2 juin 1971". */
export function formatCivil(date: string, language: string): string {
  const d = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return date
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d)
}

/** Bytes as people read them: "1,2 Mo" in French. */
export function formatSize(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: ['byte', 'kilobyte', 'megabyte'][unit]!,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

/** A French number as people write it: "+33381000042" → "03 81 00 00 42"; others as stored. */
export function formatPhone(phone: string): string {
  const national = /^\+33(\d{9})$/.exec(phone)
  if (!national) return phone
  return `0${national[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ')
}
