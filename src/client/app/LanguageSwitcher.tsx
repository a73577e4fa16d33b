import { useTranslation } from 'react-i18next'
import { changeLanguage, languages } from './i18n'

/** One button per language, each written in its own language (and marked with its lang). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  return (
    <nav className="languages" aria-label={t('shell.languages')}>
      <ul className="languages__list">
        {languages.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="languages__button"
              lang={language.code}
              dir={language.dir}
              aria-pressed={i18n.language === language.code}
              onClick={() => void changeLanguage(language.code)}
            >
              {language.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
