import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../usePageTitle'

/** `/metiers/accessibilite`: the portal's accessibility statement, honest about its state. */
export function AccessibilityPage() {
  const { t } = useTranslation()
  usePageTitle(t('accessibilite.titre'))
  return (
    <div className="pf-page pf-page--text">
      <h1>{t('accessibilite.titre')}</h1>
      <h2>{t('accessibilite.etat')}</h2>
      <p>{t('accessibilite.etatTexte')}</p>
      <h2>{t('accessibilite.contact')}</h2>
      <p>{t('accessibilite.contactTexte')}</p>
      <h2>{t('accessibilite.recours')}</h2>
      <p>{t('accessibilite.recoursTexte')}</p>
    </div>
  )
}
