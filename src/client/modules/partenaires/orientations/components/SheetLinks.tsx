import { useTranslation } from 'react-i18next'
import { isolate } from '../../../../app/bidi'
import { sheetLanguageLabels } from '../../../../../shared/modules/partenaires/sheet.contract'
import { sheetLanguages, type SheetLanguage } from '../orientations.labels'

/** The language each sheet is written in, for the link text's `lang`. */
const htmlLang: Record<SheetLanguage, string> = { fr: 'fr', falc: 'fr', en: 'en', ar: 'ar' }

/**
 * The person's sheet in its four languages (of an orientation, or of a service of the directory):
 * plain links the browser follows with the session cookie, each giving the PDF to print or hand over.
 */
export function SheetLinks({
  sheetUrl,
  partner,
}: {
  sheetUrl: (language: SheetLanguage) => string
  partner: string
}) {
  const { t } = useTranslation()
  return (
    <ul className="sheet-links" aria-label={t('orientations.sheet.linksOf', { partner: isolate(partner) })}>
      {sheetLanguages.map((language) => (
        <li key={language}>
          <a className="button button--secondary sheet-link" href={sheetUrl(language)} download>
            <svg className="sheet-link__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M3 1.5h6.5L13 5v9.5H3z M9.5 1.5V5H13" />
            </svg>
            <span>
              {t('orientations.sheet.print')} —{' '}
              <span lang={htmlLang[language]} dir={language === 'ar' ? 'rtl' : 'ltr'}>
                {sheetLanguageLabels[language]}
              </span>{' '}
              <span className="small">(PDF)</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  )
}
