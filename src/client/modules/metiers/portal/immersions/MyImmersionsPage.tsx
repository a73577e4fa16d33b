import './immersions.css'
import '../account/account.css'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { MyImmersionView } from '../../../../../shared/modules/metiers/immersions.contract'
import { AccountPage } from '../account/AccountFrame'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { myConventionHref } from './immersions-api-routes'
import { formatDay } from './immersion-format'

function MyImmersion({
  item,
  onChanged,
}: {
  item: MyImmersionView
  onChanged: (next: MyImmersionView) => void
}) {
  const { t, i18n } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const language = i18n.language
  const cancel = async () => {
    try {
      onChanged(await portalSend(portalRoutes.metiersImmersions.cancelMine, { params: { id: item.id } }))
      setConfirming(false)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('portail.erreur.texte'))
    }
  }
  const accepted = item.state === 'acceptee' || item.state === 'realisee'
  return (
    <li className="pi-card">
      <h2>
        <Link href={`/metiers/immersions/${item.offerId}`}>{item.title}</Link>
      </h2>
      <p className="pi-meta">
        {item.job.title} ·{' '}
        {t('immersions.compte.chez', { employeur: item.employerName, commune: item.commune })}
      </p>
      <p className="pi-meta">
        {t('immersions.compte.dates', {
          from: formatDay(item.startDate, language),
          to: formatDay(item.endDate, language),
        })}
      </p>
      <p>
        {t('immersions.compte.etat')} :{' '}
        <span className={`pi-state pc-status pc-status--${item.state}`}>
          {t(`immersions.etats.${item.state}`)}
        </span>
      </p>
      {item.refusalReason ? (
        <p className="pi-text">{t('immersions.compte.raison', { raison: item.refusalReason })}</p>
      ) : null}
      {item.outcome ? (
        <p>{t('immersions.compte.suite', { suite: t(`immersions.suites.${item.outcome}`) })}</p>
      ) : null}
      {accepted ? (
        item.conventionReady ? (
          <p>
            <a className="pf-button" href={myConventionHref(item.id)} download>
              {t('immersions.compte.convention')}
            </a>
          </p>
        ) : (
          <p className="pi-meta">{t('immersions.compte.conventionAttente')}</p>
        )
      ) : null}
      {error ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {item.canCancel ? (
        confirming ? (
          <div className="pi-actions" role="group" aria-label={t('immersions.compte.confirmerAnnulation')}>
            <p>{t('immersions.compte.confirmerAnnulation')}</p>
            <button type="button" className="pf-button pf-button--danger" onClick={() => void cancel()}>
              {t('immersions.compte.oui')}
            </button>
            <button type="button" className="pf-button" onClick={() => setConfirming(false)}>
              {t('immersions.compte.non')}
            </button>
          </div>
        ) : (
          <p>
            <button type="button" className="pf-button pf-button--quiet" onClick={() => setConfirming(true)}>
              {t('immersions.compte.annuler')}
            </button>
          </p>
        )
      ) : null}
    </li>
  )
}

function MyImmersionsContent() {
  const { t } = useTranslation()
  const [items, setItems] = useState<MyImmersionView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    setError(null)
    portalGet(portalRoutes.metiersImmersions.myRequests, {})
      .then(setItems)
      .catch((e: unknown) =>
        setError(e instanceof ApiError && e.message ? e.message : t('portail.erreur.texte')),
      )
  }, [t])
  useEffect(load, [load])
  if (error)
    return (
      <p className="pf-alert pf-alert--error" role="alert">
        {error}
      </p>
    )
  if (!items)
    return (
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    )
  if (items.length === 0)
    return (
      <>
        <p>{t('immersions.compte.aucune')}</p>
        <p>
          <Link href="/metiers/immersions" className="pf-button pf-button--primary">
            {t('immersions.compte.chercher')}
          </Link>
        </p>
      </>
    )
  return (
    <ul className="pi-list">
      {items.map((item) => (
        <MyImmersion
          key={item.id}
          item={item}
          onChanged={(next) => setItems((all) => all?.map((i) => (i.id === next.id ? next : i)) ?? null)}
        />
      ))}
    </ul>
  )
}

/** `/metiers/compte/immersions`: the candidate's requests, their state, the convention, cancelling. */
export function MyImmersionsPage() {
  const { t } = useTranslation()
  return <AccountPage title={t('immersions.compte.titre')}>{() => <MyImmersionsContent />}</AccountPage>
}
