import { useTranslation } from 'react-i18next'
import { isolate } from '../../../../app/bidi'
import { sheetLanguageLabels } from '../../../../../shared/modules/partenaires/sheet.contract'
import { sheetLanguages, type SheetLanguage } from '../orientations.labels'
import { referralSheetUrl } from '../orientations.queries'

/** The language each sheet is written in, for the link text's `lang`. */
const htmlLang: Record<SheetLanguage, string> = { fr: 'fr', falc: 'fr', en: 'en', ar: 'ar' }

/**
 * The person's sheet of an orientation in its four languages: plain links the browser follows with
 * the session cookie, each giving the PDF to print or hand over.
 */
export function SheetLinks({ referralId, partner }: { referralId: string; partner: string }) {
  const { t } = useTranslation()
  return (
    <ul className="sheet-links" aria-label={t('orientations.sheet.linksOf', { partner: isolate(partner) })}>
      {sheetLanguages.map((language) => (
        <li key={language}>
          <a
            className="button button--secondary sheet-link"
            href={referralSheetUrl(referralId, language)}
            download
          >
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
