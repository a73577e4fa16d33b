import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { FollowView } from '../../../../../shared/modules/metiers/applications.contract'
import { applicationStatuses } from '../../../../../shared/modules/metiers/metiers.constants'
import { isolate } from '../../../../app/bidi'
import { formatDate, formatDateTime } from '../../../../app/format'
import { PageState } from '../components/PageState'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'

/** `/metiers/candidatures/suivi/:token`: where the application is, the employer's messages, withdrawing. */
export function FollowUpPage({ token }: { token: string }) {
  const { t } = useTranslation()
  const page = usePageData<FollowView>('suivi', `/metiers/candidatures/suivi/${token}`, () =>
    portalGet(portalRoutes.metiersApplications.follow, { params: { token } }),
  )
  usePageTitle(t('suivi.titre'))
  const invalid = page.notFound || (page.error?.status === 400 && page.error.code === 'validation')
  if (invalid) {
    return (
      <div className="pf-page">
        <h1>{t('suivi.titre')}</h1>
        <p className="pf-alert pf-alert--error" role="alert">
          {t('suivi.lienInvalide')}
        </p>
      </div>
    )
  }
  if (!page.data)
    return <PageState loading={page.loading} notFound={false} error={page.error} onRetry={page.reload} />
  return <FollowUp token={token} initial={page.data} />
}

function FollowUp({ token, initial }: { token: string; initial: FollowView }) {
  const { t, i18n } = useTranslation()
  const [follow, setFollow] = useState(initial)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const language = i18n.language
  const steps = applicationStatuses.filter(
    (s) => s !== (follow.status === 'non_retenue' ? 'retenue' : 'non_retenue'),
  )
  const reached = steps.indexOf(follow.status)

  const withdraw = async () => {
    setSending(true)
    setError(null)
    try {
      setFollow(await portalSend(portalRoutes.metiersApplications.withdraw, { params: { token } }))
      setConfirming(false)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('portail.erreur.texte'))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="pf-page pf-page--follow">
      <h1>{t('suivi.titre')}</h1>
      <p className="pf-lead">
        <Link href={`/metiers/offres/${follow.offer.slug}`}>
          {t('suivi.offre', { title: isolate(follow.offer.title) })}
        </Link>
      </p>
      <p dir="auto">
        {t('suivi.chez', { employer: isolate(follow.employerName), commune: isolate(follow.offer.commune) })}
      </p>

      <section aria-labelledby="statut" className="pf-section">
        <h2 id="statut">{t('suivi.statut')}</h2>
        {follow.withdrawnAt ? (
          <p className="pf-banner">
            {t('suivi.retiree', { date: formatDate(follow.withdrawnAt, language) })}
          </p>
        ) : (
          <ol className="pf-steps">
            {steps.map((status, index) => (
              <li
                key={status}
                className={
                  index < reached ? 'pf-steps__done' : index === reached ? 'pf-steps__current' : undefined
                }
                aria-current={index === reached ? 'step' : undefined}
              >
                {t(`libelles.statut.${status}`)}
              </li>
            ))}
          </ol>
        )}
        {follow.offer.state !== 'publiee' && !follow.withdrawnAt ? (
          <p className="pf-notice">{t('suivi.offreFermee')}</p>
        ) : null}
      </section>

      <section aria-labelledby="historique" className="pf-section">
        <h2 id="historique">{t('suivi.historique')}</h2>
        <ol className="pf-history">
          {follow.history.map((event, index) => (
            <li key={`${event.at}-${index}`} className="pf-history__event">
              <p className="pf-history__what">
                <time dateTime={event.at} className="pf-history__when">
                  {formatDateTime(event.at, language)}
                </time>{' '}
                {event.kind === 'depot'
                  ? t('suivi.depot')
                  : event.kind === 'retrait'
                    ? t('suivi.retrait')
                    : event.kind === 'cloture'
                      ? t('suivi.cloture')
                      : t('suivi.changement', {
                          status: event.status ? t(`libelles.statut.${event.status}`) : '',
                        })}
              </p>
              {event.message ? (
                <blockquote className="pf-history__message">
                  <p className="small">{t('suivi.messageEmployeur')}</p>
                  <p dir="auto" className="pf-pre">
                    {event.message}
                  </p>
                </blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {follow.canWithdraw ? (
        <section aria-labelledby="retrait" className="pf-section">
          <h2 id="retrait" className="visually-hidden">
            {t('suivi.retirer')}
          </h2>
          {error ? (
            <p className="pf-alert pf-alert--error" role="alert">
              {error}
            </p>
          ) : null}
          {confirming ? (
            <div className="pf-confirm" role="group" aria-labelledby="retrait-question">
              <p id="retrait-question">{t('suivi.retirerConfirmer')}</p>
              <div className="pf-form__actions">
                <button
                  type="button"
                  className="pf-button pf-button--danger"
                  disabled={sending}
                  autoFocus
                  onClick={() => void withdraw()}
                >
                  {t('suivi.retirerOui')}
                </button>
                <button
                  type="button"
                  className="pf-button pf-button--quiet"
                  onClick={() => setConfirming(false)}
                >
                  {t('alerte.annuler')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="pf-button" onClick={() => setConfirming(true)}>
              {t('suivi.retirer')}
            </button>
          )}
        </section>
      ) : null}
    </div>
  )
}
