import './account.css'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { CandidateApplicationView } from '../../../../../shared/modules/metiers/candidates.contract'
import { ApiError, portalGet } from '../portal-api'
import { accountRoutes } from './account-api'
import { formatDay } from './account-format'
import { AccountPage } from './AccountFrame'

function ApplicationItem({ item }: { item: CandidateApplicationView }) {
  const { t, i18n } = useTranslation()
  const open = item.offer.state === 'publiee'
  return (
    <li className="pc-card">
      <h2 className="pc-card__title">
        {item.offer.slug ? (
          <Link href={`/metiers/offres/${item.offer.slug}`}>{item.offer.title}</Link>
        ) : (
          t('compte.candidatures.offreRetiree')
        )}
      </h2>
      <dl className="pc-facts">
        <div>
          <dt>{t('compte.candidatures.employeur')}</dt>
          <dd>{item.employerName}</dd>
        </div>
        <div>
          <dt>{t('compte.candidatures.etat')}</dt>
          <dd>
            <span className={`pc-status pc-status--${item.status}`}>
              {t(`libelles.statut.${item.status}`)}
            </span>
          </dd>
        </div>
      </dl>
      <p className="pc-card__meta">
        {t('compte.candidatures.envoyeeLe', { date: formatDay(item.sentAt, i18n.language) })}
        {item.lastChangeAt !== item.sentAt
          ? ` · ${t('compte.candidatures.changeLe', { date: formatDay(item.lastChangeAt, i18n.language) })}`
          : null}
      </p>
      {item.withdrawn ? <p className="pc-card__meta">{t('compte.candidatures.retiree')}</p> : null}
      {!open && item.offer.slug ? (
        <p className="pc-card__meta">{t('compte.candidatures.offreFermee')}</p>
      ) : null}
    </li>
  )
}

function ApplicationsContent() {
  const { t } = useTranslation()
  const [items, setItems] = useState<CandidateApplicationView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    setError(null)
    portalGet(accountRoutes.metiersCandidates.myApplications, {})
      .then(setItems)
      .catch((e: unknown) =>
        setError(e instanceof ApiError && e.message ? e.message : t('compte.erreurs.general')),
      )
  }, [t])
  useEffect(load, [load])

  if (error) {
    return (
      <>
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
        <button type="button" className="pf-button" onClick={load}>
          {t('portail.reessayer')}
        </button>
      </>
    )
  }
  if (!items) {
    return (
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    )
  }
  if (items.length === 0) {
    return (
      <>
        <p>{t('compte.candidatures.aucune')}</p>
        <p>
          <Link href="/metiers/offres" className="pf-button pf-button--primary">
            {t('compte.candidatures.chercher')}
          </Link>
        </p>
      </>
    )
  }
  return (
    <ul className="pc-list">
      {items.map((item) => (
        <ApplicationItem key={item.id} item={item} />
      ))}
    </ul>
  )
}

/** `/metiers/compte/candidatures`: every application sent with this account, with its status. */
export function ApplicationsPage() {
  const { t } = useTranslation()
  return <AccountPage title={t('compte.candidatures.titre')}>{() => <ApplicationsContent />}</AccountPage>
}
