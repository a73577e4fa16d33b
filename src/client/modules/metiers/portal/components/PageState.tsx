import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { ApiError } from '../portal-api'
import { usePageTitle } from '../usePageTitle'

/** What a page shows while its data loads, when it is unknown, or when the service failed. */
export function PageState({
  loading,
  notFound,
  error,
  onRetry,
  withHeading = true,
}: {
  loading: boolean
  notFound: boolean
  error: ApiError | null
  onRetry: () => void
  /** False inside a page that already has its title. */
  withHeading?: boolean
}) {
  const { t } = useTranslation()
  if (notFound) return <NotFound />
  if (error) {
    return (
      <div className="pf-page">
        {withHeading ? <h1>{t('portail.erreur.titre')}</h1> : null}
        <p className="pf-alert pf-alert--error" role="alert">
          {error.message || t('portail.erreur.texte')}
        </p>
        <button type="button" className="pf-button" onClick={onRetry}>
          {t('portail.reessayer')}
        </button>
      </div>
    )
  }
  return (
    <div className="pf-page">
      <p className="pf-loading" role="status">
        {loading ? t('portail.chargement') : null}
      </p>
    </div>
  )
}

export function NotFound() {
  const { t } = useTranslation()
  usePageTitle(t('portail.introuvable.titre'))
  return (
    <div className="pf-page">
      <h1>{t('portail.introuvable.titre')}</h1>
      <p>{t('portail.introuvable.texte')}</p>
      <p>
        <Link href="/metiers/offres">{t('portail.introuvable.retour')}</Link>
      </p>
    </div>
  )
}
