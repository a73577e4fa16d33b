import './account.css'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { usePageTitle } from '../usePageTitle'
import { useCandidateSession } from './useCandidateSession'

/** `/metiers/compte`: my applications when signed in, the sign-in page otherwise. */
export function AccountHome() {
  const { t } = useTranslation()
  usePageTitle(t('compte.espace'))
  const session = useCandidateSession()
  const [, navigate] = useLocation()
  useEffect(() => {
    if (session.state === 'signedIn') navigate('/metiers/compte/candidatures', { replace: true })
    if (session.state === 'anonymous') navigate('/metiers/compte/connexion', { replace: true })
  }, [session.state, navigate])
  return (
    <div className="pf-page pc-page">
      <h1>{t('compte.espace')}</h1>
      <p
        className={session.state === 'error' ? 'pf-alert pf-alert--error' : 'pf-loading'}
        role={session.state === 'error' ? 'alert' : 'status'}
      >
        {session.state === 'error' ? t('compte.erreurs.general') : t('portail.chargement')}
      </p>
    </div>
  )
}
