import { useTranslation } from 'react-i18next'
import {
  directoryThemes,
  entryStatuses,
  languages,
  publics,
  referralModes,
  structureKinds,
  structureSources,
  subThemesByTheme,
  type DirectoryTheme,
} from '../../../../shared/modules/partenaires/directory.constants'

/** Labels of the directory's codes in the interface language; an unknown code is shown as it is. */
export function useDirectoryLabels() {
  const { t, i18n } = useTranslation()
  const of = (prefix: string) => (code: string) => t(`${prefix}.${code}`, { defaultValue: code })
  const theme = of('accueil.themes')
  const subTheme = of('directory.subThemes')
  const publicLabel = of('directory.publics')
  const language = of('directory.languages')
  const kind = of('directory.kinds')
  const status = of('directory.statuses')
  const source = of('directory.sources')
  const referralMode = of('directory.referralModes')
  const options = (codes: readonly string[], label: (c: string) => string) =>
    codes.map((id) => ({ id, label: label(id) }))
  return {
    theme,
    subTheme,
    public: publicLabel,
    language,
    kind,
    status,
    source,
    referralMode,
    geocode: of('directory.geocode'),
    day: of('directory.days'),
    changeStatus: of('directory.changeStatuses'),
    entity: of('directory.entities'),
    list: (codes: readonly string[], label: (c: string) => string) =>
      codes.map(label).join(i18n.language === 'ar' ? '، ' : ', '),
    themeOptions: options(directoryThemes, theme),
    subThemeOptions: (themes: readonly string[]) =>
      directoryThemes
        .filter((th) => themes.includes(th))
        .flatMap((th: DirectoryTheme) => options(subThemesByTheme[th], subTheme)),
    publicOptions: options(publics, publicLabel),
    languageOptions: options(languages, language).sort((a, b) =>
      a.label.localeCompare(b.label, i18n.language),
    ),
    kindOptions: options(structureKinds, kind),
    statusOptions: options(entryStatuses, status),
    sourceOptions: options(structureSources, source),
    referralModeOptions: options(referralModes, referralMode),
  }
}

export type DirectoryLabels = ReturnType<typeof useDirectoryLabels>

/** 450 → "450 m", 2300 → "2,3 km", in the interface language. */
export function formatDistance(meters: number, language: string): string {
  if (meters < 1000)
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(
      Math.round(meters / 10) * 10,
    )
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: meters < 10_000 ? 1 : 0,
  }).format(meters / 1000)
}

/** "09:00"–"12:00" → "9 h – 12 h" in French, "09:00–12:00" elsewhere. */
export function formatRange([from, to]: readonly [string, string], language: string): string {
  if (language === 'fr') {
    const fr = (t: string) =>
      t.endsWith(':00') ? `${Number(t.slice(0, 2))} h` : `${Number(t.slice(0, 2))} h ${t.slice(3)}`
    return `${fr(from)} – ${fr(to)}`
  }
  // Left-to-right isolate: in an Arabic sentence the range still reads from the opening time.
  return `\u2066${from}–${to}\u2069`
}

/** A civil day (AAAA-MM-JJ) as "samedi 28 novembre", read at noon so no time zone moves it. */
export function formatDay(day: string, language: string, withWeekday = true): string {
  const date = new Date(`${day}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(language, {
    weekday: withWeekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date)
}

/** An instant as "samedi 9:00" in Paris time. */
export function formatOpening(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(date)
}

/** The values of a checkbox group that belong to a list of codes, typed as such. */
export const keepKnown = <T extends string>(list: readonly T[], values: readonly string[]): T[] =>
  list.filter((code) => values.includes(code))
