import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearch } from 'wouter'
import { retentionPages } from '../../../../../shared/modules/metiers/retention.constants'
import { errorsOf } from '../form-errors'
import { portalSend } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { retentionApiRoutes } from './retention-api-routes'

/** `/metiers/ligne-ecoute/annulation?o=…&r=…&t=…`: the link sent at booking cancels the callback. */
export function CancelCallbackPage() {
  const { t } = useTranslation()
  usePageTitle(t('retention.ecoute.annulation'))
  const search = new URLSearchParams(useSearch())
  const organisationId = search.get('o') ?? ''
  const id = search.get('r') ?? ''
  const token = search.get('t') ?? ''
  const [done, setDone] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const cancel = async () => {
    setSending(true)
    try {
      await portalSend(retentionApiRoutes.cancelCallback, { params: { organisationId, id }, body: { token } })
      setDone(true)
      setError(null)
    } catch (failure) {
      setError(errorsOf(failure, t('retention.ecoute.erreur')).message)
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="pf-page pf-page--text">
      <h1>{t('retention.ecoute.annulation')}</h1>
      {!organisationId || !id || !token ? (
        <p className="pf-alert pf-alert--error">{t('retention.ecoute.lienInvalide')}</p>
      ) : done ? (
        <p className="pf-panel pf-panel--success" role="status">
          {t('retention.ecoute.annule')}
        </p>
      ) : (
        <>
          <p>{t('retention.ecoute.annulationTexte')}</p>
          {error ? (
            <p className="pf-alert pf-alert--error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="pf-button pf-button--danger"
            onClick={() => void cancel()}
            disabled={sending}
          >
            {t('retention.ecoute.annuler')}
          </button>
        </>
      )}
      <p>
        <Link href={retentionPages.listening}>{t('retention.ecoute.titre')}</Link>
      </p>
    </div>
  )
}
