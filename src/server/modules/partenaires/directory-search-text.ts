import {
  directoryThemeLabels,
  publicLabels,
  subThemeLabels,
  type DirectoryTheme,
  type Public,
  type SubTheme,
} from '../../../shared/modules/partenaires/directory.constants'

export interface SearchTextSource {
  service: { name: string; description: string; themes: string[]; subThemes: string[]; publics: string[] }
  structureName: string
  placeCity: string | null
}

/**
 * The words a search should find a service by: its name and description, the French labels of its
 * themes, sub-themes and publics, its structure's name and its place's city. The database lowers
 * it and strips accents (`f_unaccent(lower(…))`), the same way the search treats what is typed.
 */
export function serviceSearchText({ service, structureName, placeCity }: SearchTextSource): string {
  const label = <K extends string>(labels: Record<K, string>, code: string) => labels[code as K] ?? code
  return [
    service.name,
    structureName,
    ...service.themes.map((t) => label<DirectoryTheme>(directoryThemeLabels, t)),
    ...service.subThemes.map((s) => label<SubTheme>(subThemeLabels, s)),
    ...service.publics.map((p) => label<Public>(publicLabels, p)),
    placeCity ?? '',
    service.description,
  ]
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
}
