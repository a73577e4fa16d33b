import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { ApiError, portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'

type Outcome = { kind: 'done'; label: string; searchPath: string } | { kind: 'error'; message: string } | null

/** `/metiers/alertes/confirmer/:token`: the link of the confirmation e-mail confirms the alert at once. */
export function AlertConfirmPage({ token }: { token: string }) {
  const { t } = useTranslation()
  usePageTitle(t('alertes.confirmerTitre'))
  const [outcome, setOutcome] = useState<Outcome>(null)
  const asked = useRef<string | null>(null)

  useEffect(() => {
    // Once per link, even when React runs effects twice.
    if (asked.current === token) return
    asked.current = token
    portalSend(portalRoutes.metiersSearch.confirmAlert, { body: { token } })
      .then((answer) => setOutcome({ kind: 'done', label: answer.label, searchPath: answer.searchPath }))
      .catch((e: unknown) =>
        setOutcome({ kind: 'error', message: e instanceof ApiError ? e.message : t('portail.erreur.texte') }),
      )
  }, [token, t])

  return (
    <div className="pf-page">
      <h1>{t('alertes.confirmerTitre')}</h1>
      {outcome === null ? (
        <p role="status">{t('alertes.confirmation')}</p>
      ) : outcome.kind === 'error' ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {outcome.message}
        </p>
      ) : (
        <>
          <p className="pf-alert pf-alert--success" role="status">
            {t('alertes.confirmee', { label: outcome.label })}
          </p>
          <p>
            <Link href={outcome.searchPath}>{t('alertes.voirOffres')}</Link>
          </p>
        </>
      )}
    </div>
  )
}
