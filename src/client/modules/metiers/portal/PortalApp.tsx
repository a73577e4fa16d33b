// Placeholder from the portal entry (part 6): the portal pages (part 7) replace this component.
import { useTranslation } from 'react-i18next'
import type { PortalInitialData } from '../../../../shared/modules/metiers/pages.contract'

export function PortalApp({ initial }: { initial: PortalInitialData | null }) {
  const { t } = useTranslation()
  return (
    <main id="contenu">
      <h1>{t('portail.titre')}</h1>
      {initial?.status === 404 ? <p>Page introuvable.</p> : null}
    </main>
  )
}
