import './account.css'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { AccountAlertView } from '../../../../../shared/modules/metiers/search.contract'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { accountRoutes } from './account-api'
import { formatDay } from './account-format'
import { AccountPage } from './AccountFrame'

function AlertsContent() {
  const { t, i18n } = useTranslation()
  const [items, setItems] = useState<AccountAlertView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const failed = useCallback(
    (e: unknown) => setError(e instanceof ApiError && e.message ? e.message : t('compte.erreurs.general')),
    [t],
  )
  const load = useCallback(() => {
    setError(null)
    portalGet(accountRoutes.metiersSearch.accountAlerts, {})
      .then((answer) => setItems(answer.items))
      .catch(failed)
  }, [failed])
  useEffect(load, [load])

  async function remove(alert: AccountAlertView) {
    setDeleting(alert.id)
    setError(null)
    try {
      await portalSend(accountRoutes.metiersSearch.deleteAccountAlert, { params: { id: alert.id } })
      setItems((list) => list?.filter((a) => a.id !== alert.id) ?? null)
      setNotice(t('compte.alertes.supprimee', { label: alert.label }))
    } catch (e) {
      failed(e)
    } finally {
      setDeleting(null)
    }
  }

  return (
    <>
      <p className={notice ? 'pf-alert pf-alert--success' : 'visually-hidden'} role="status">
        {notice}
      </p>
      {error ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {items === null ? (
        error ? (
          <button type="button" className="pf-button" onClick={load}>
            {t('portail.reessayer')}
          </button>
        ) : (
          <p className="pf-loading" role="status">
            {t('portail.chargement')}
          </p>
        )
      ) : items.length === 0 ? (
        <p>{t('compte.alertes.aucune')}</p>
      ) : (
        <>
          <p>{t('compte.alertes.intro')}</p>
          <ul className="pc-list">
            {items.map((alert) => (
              <li key={alert.id} className="pc-card">
                <h2 className="pc-card__title">{alert.label}</h2>
                <p>{alert.description}</p>
                <p className="pc-card__meta">
                  {t('compte.alertes.depuis', { date: formatDay(alert.createdAt, i18n.language) })}
                </p>
                <div className="pc-card__actions">
                  <Link href={alert.searchPath}>{t('compte.alertes.voir')}</Link>
                  <button
                    type="button"
                    className="pf-button"
                    disabled={deleting === alert.id}
                    onClick={() => void remove(alert)}
                  >
                    {t('compte.alertes.supprimer', { label: alert.label })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

/** `/metiers/compte/alertes`: the saved searches whose new offers come by e-mail. */
export function AlertsPage() {
  const { t } = useTranslation()
  return <AccountPage title={t('compte.alertes.titre')}>{() => <AlertsContent />}</AccountPage>
}
