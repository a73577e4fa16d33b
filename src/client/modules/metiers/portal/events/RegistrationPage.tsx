import './events.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { RegistrationView } from '../../../../../shared/modules/metiers/events.contract'
import { PageState } from '../components/PageState'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'
import { eventWhen } from './event-format'
import { Replay } from './Replay'

/** `/metiers/evenements/:slug/inscription/:token`: the person's registration, by the link of their e-mail. */
export function RegistrationPage({ slug, token }: { slug: string; token: string }) {
  const { t } = useTranslation()
  const page = usePageData<RegistrationView>(
    'compte',
    `/metiers/evenements/${slug}/inscription/${token}`,
    () => portalGet(portalRoutes.metiersEvents.registration, { params: { slug, token } }),
  )
  usePageTitle(t('events.inscription.titre'))
  const invalid = page.notFound || (page.error?.status === 400 && page.error.code === 'validation')
  if (invalid) {
    return (
      <div className="pf-page">
        <h1>{t('events.inscription.titre')}</h1>
        <p className="pf-alert pf-alert--error" role="alert">
          {t('events.inscription.lienInvalide')}
        </p>
      </div>
    )
  }
  if (!page.data)
    return <PageState loading={page.loading} notFound={false} error={page.error} onRetry={page.reload} />
  return <Registration slug={slug} token={token} initial={page.data} />
}

function Registration({ slug, token, initial }: { slug: string; token: string; initial: RegistrationView }) {
  const { t, i18n } = useTranslation()
  const [registration, setRegistration] = useState(initial)
  const [confirming, setConfirming] = useState(false)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const event = registration.event

  const cancel = async () => {
    setSending(true)
    setError(null)
    try {
      setRegistration(await portalSend(portalRoutes.metiersEvents.cancel, { params: { slug, token } }))
      setConfirming(false)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('portail.erreur.texte'))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="pf-page ev-page">
      <h1>{t('events.inscription.titre')}</h1>
      <p dir="auto">{t('events.inscription.bonjour', { name: registration.firstName })}</p>
      <p
        className={registration.state === 'annule' ? 'pf-banner' : 'pf-panel pf-panel--success ev-state'}
        role="status"
      >
        {t(`events.inscription.etat.${registration.state}`, { position: registration.position ?? 1 })}
      </p>
      <section aria-labelledby="ev-evenement" className="pf-section">
        <p className="ev-card__kind">{t(`events.types.${event.kind}`)}</p>
        <h2 id="ev-evenement" dir="auto">
          {event.title}
        </h2>
        <p>
          <time dateTime={event.startsAt}>{eventWhen(event, i18n.language)}</time>
        </p>
        <p dir="auto">
          {event.online
            ? t('events.enLigne')
            : [event.address, `${event.postcode} ${event.commune}`.trim()].filter(Boolean).join(', ')}
        </p>
        <p>
          <Link href={`/metiers/evenements/${event.slug}`}>{t('events.inscription.voirEvenement')}</Link>
        </p>
      </section>
      {registration.state === 'inscrit' && !event.past ? (
        <p>
          <a
            className="pf-button"
            href={`/api${registration.managePath}/invitation.ics`}
            download="invitation.ics"
          >
            {t('events.inscription.agenda')}
          </a>
        </p>
      ) : null}
      {registration.onlineUrl ? (
        <section aria-labelledby="ev-rejoindre" className="pf-section">
          <h2 id="ev-rejoindre" className="visually-hidden">
            {t('events.inscription.rejoindre')}
          </h2>
          <p>
            <a
              className="pf-button pf-button--primary"
              href={registration.onlineUrl}
              rel="noopener"
              target="_blank"
            >
              {t('events.inscription.rejoindre')}
            </a>
          </p>
          <p className="small">{t('events.inscription.rejoindreAide')}</p>
        </section>
      ) : null}
      {registration.replay ? (
        <section aria-labelledby="ev-replay" className="pf-section">
          <Replay replay={registration.replay} />
        </section>
      ) : null}
      {registration.canCancel ? (
        <section aria-labelledby="ev-annuler" className="pf-section">
          <h2 id="ev-annuler" className="visually-hidden">
            {t('events.inscription.annuler')}
          </h2>
          {error ? (
            <p className="pf-alert pf-alert--error" role="alert">
              {error}
            </p>
          ) : null}
          {confirming ? (
            <div className="pf-confirm" role="group" aria-labelledby="ev-annuler-question">
              <p id="ev-annuler-question">{t('events.inscription.annulerConfirmer')}</p>
              <div className="pf-form__actions">
                <button
                  type="button"
                  className="pf-button pf-button--danger"
                  disabled={sending}
                  autoFocus
                  onClick={() => void cancel()}
                >
                  {t('events.inscription.oui')}
                </button>
                <button type="button" className="pf-button" onClick={() => setConfirming(false)}>
                  {t('events.inscription.non')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="pf-button" onClick={() => setConfirming(true)}>
              {t('events.inscription.annuler')}
            </button>
          )}
        </section>
      ) : null}
    </div>
  )
}
