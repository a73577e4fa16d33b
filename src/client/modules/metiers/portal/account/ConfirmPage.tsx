import './account.css'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { ApiError, portalSend, portalSession } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { accountRoutes } from './account-api'

type Outcome = { kind: 'done' } | { kind: 'error'; message: string } | null

/** `/metiers/compte/confirmer/:token`: the e-mailed link creates the account and signs the candidate in. */
export function ConfirmPage({ token }: { token: string }) {
  const { t } = useTranslation()
  usePageTitle(t('compte.confirmation.titre'))
  const [outcome, setOutcome] = useState<Outcome>(null)
  const asked = useRef<string | null>(null)

  useEffect(() => {
    // Once per link, even when React runs effects twice: a link serves once.
    if (asked.current === token) return
    asked.current = token
    portalSend(accountRoutes.metiersCandidates.confirm, { body: { token } })
      .then(async () => {
        await portalSession(true).catch(() => null)
        setOutcome({ kind: 'done' })
      })
      .catch((e: unknown) =>
        setOutcome({
          kind: 'error',
          message: e instanceof ApiError ? e.message : t('compte.erreurs.general'),
        }),
      )
  }, [token, t])

  return (
    <div className="pf-page pc-page pc-narrow">
      <h1>{t('compte.confirmation.titre')}</h1>
      {outcome === null ? (
        <p role="status">{t('compte.confirmation.enCours')}</p>
      ) : outcome.kind === 'error' ? (
        <>
          <p className="pf-alert pf-alert--error" role="alert">
            {outcome.message}
          </p>
          <p>
            <Link href="/metiers/compte/inscription">{t('compte.confirmation.recommencer')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="pf-alert pf-alert--success" role="status">
            {t('compte.confirmation.faite')}
          </p>
          <p>
            <Link href="/metiers/compte/profil" className="pf-button pf-button--primary">
              {t('compte.confirmation.suite')}
            </Link>
          </p>
        </>
      )}
    </div>
  )
}
