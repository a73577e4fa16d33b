import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** « Aide-soignant · Métiers du lien »: the tab's title says where the visitor is. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation()
  const site = t('portail.titre')
  useEffect(() => {
    if (typeof document !== 'undefined') document.title = title ? `${title} · ${site}` : site
  }, [title, site])
}
