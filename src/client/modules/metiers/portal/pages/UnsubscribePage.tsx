import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { ApiError, portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'

/**
 * `/metiers/alertes/desabonner/:token`: one button. Not done on opening the page, so that a mail
 * scanner following the link does not unsubscribe the person.
 */
export function UnsubscribePage({ token }: { token: string }) {
  const { t } = useTranslation()
  usePageTitle(t('alertes.desabonnerTitre'))
  const [done, setDone] = useState<{ label: string; searchPath: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const unsubscribe = async () => {
    setSending(true)
    setError(null)
    try {
      setDone(await portalSend(portalRoutes.metiersSearch.unsubscribeAlert, { body: { token } }))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('portail.erreur.texte'))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="pf-page">
      <h1>{t('alertes.desabonnerTitre')}</h1>
      {done ? (
        <>
          <p className="pf-alert pf-alert--success" role="status">
            {t('alertes.desabonne', { label: done.label })}
          </p>
          <p>
            <Link href={done.searchPath}>{t('alertes.voirOffres')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('alertes.desabonnerTexte')}</p>
          {error ? (
            <p className="pf-alert pf-alert--error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="pf-button pf-button--primary"
            disabled={sending}
            onClick={() => void unsubscribe()}
          >
            {t('alertes.desabonner')}
          </button>
        </>
      )}
    </div>
  )
}
