import {
  changeEntityLabels,
  changeStatusLabels,
  entryStatusLabels,
  geocodeStatusLabels,
  languageLabels,
  publicLabels,
  referralModeLabels,
  structureKindLabels,
  structureSourceLabels,
  subThemeLabels,
  weekDayLabels,
} from '../../../shared/modules/partenaires/directory.constants'
import { directoryFr } from './directory/locales/fr'
import { directoryEn } from './directory/locales/en'
import { directoryAr } from './directory/locales/ar'

/** Texts of the partenaires module's directory part, merged into the translations under the key "directory". */
export const directoryLocales = {
  fr: {
    directory: {
      ...directoryFr,
      kinds: { ...structureKindLabels },
      statuses: { ...entryStatusLabels },
      sources: { ...structureSourceLabels },
      geocode: { ...geocodeStatusLabels },
      subThemes: { ...subThemeLabels },
      publics: { ...publicLabels },
      languages: { ...languageLabels },
      referralModes: { ...referralModeLabels },
      days: { ...weekDayLabels },
      changeStatuses: { ...changeStatusLabels },
      entities: { ...changeEntityLabels },
    },
  },
  en: { directory: directoryEn },
  ar: { directory: directoryAr },
}
