import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AmbassadorBookingView } from '../../../../../shared/modules/metiers/ambassadors.contract'
import { formatDay } from '../account/account-format'
import { TextArea } from '../components/fields'
import { ApiError, portalSend } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'

/** One request received: who asks (for the ambassador's eyes only), what for, and the answer. */
function RequestItem({
  booking,
  onChange,
}: {
  booking: AmbassadorBookingView
  onChange: (b: AmbassadorBookingView) => void
}) {
  const { t, i18n } = useTranslation()
  const [answer, setAnswer] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const act = async (call: () => Promise<AmbassadorBookingView>) => {
    setBusy(true)
    setError(null)
    try {
      onChange(await call())
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('compte.erreurs.general'))
    } finally {
      setBusy(false)
    }
  }
  const answerWith = (decision: 'accepter' | 'refuser') =>
    act(() =>
      portalSend(api.answerBooking, { params: { id: booking.id }, body: { decision, message: answer } }),
    )
  const b = booking
  return (
    <li className="pc-card pa-request">
      <h3 className="pc-card__title">
        <bdi>{b.requesterOrganisation || b.requesterName}</bdi>{' '}
        <span className={`pa-state pa-state--${b.state}`}>
          {t(`ambassadors.espace.etatsDemande.${b.state}`)}
        </span>
      </h3>
      <p className="pc-card__meta">
        {t(`ambassadors.demande.qui_${b.requesterKind}`)} · {t(`ambassadors.formats.${b.format}`)} ·{' '}
        {t('ambassadors.espace.recue', { date: formatDay(b.createdAt, i18n.language) })}
      </p>
      <dl className="pc-facts">
        <div>
          <dt>{t('ambassadors.espace.contact')}</dt>
          <dd>
            {b.requesterName} · <a href={`mailto:${b.requesterEmail}`}>{b.requesterEmail}</a>
            {b.requesterPhone ? (
              <>
                {' · '}
                <a href={`tel:${b.requesterPhone}`}>{b.requesterPhone}</a>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('ambassadors.espace.dates')}</dt>
          <dd dir="auto">{b.wishedDates}</dd>
        </div>
        {b.message ? (
          <div>
            <dt>{t('ambassadors.espace.messageDemandeur')}</dt>
            <dd dir="auto">{b.message}</dd>
          </div>
        ) : null}
      </dl>
      {b.answerMessage ? (
        <p dir="auto">{t('ambassadors.espace.votreReponse', { message: b.answerMessage })}</p>
      ) : null}
      {b.state === 'demandee' ? (
        <div className="pa-answer">
          <TextArea
            label={t('ambassadors.espace.reponse')}
            name={`reponse-${b.id}`}
            value={answer}
            onChange={setAnswer}
            rows={3}
            maxLength={1000}
          />
          <div className="pf-form__actions">
            <button
              type="button"
              className="pf-button pf-button--primary"
              disabled={busy}
              onClick={() => void answerWith('accepter')}
            >
              {t('ambassadors.espace.accepter')}
            </button>
            <button
              type="button"
              className="pf-button"
              disabled={busy}
              onClick={() => void answerWith('refuser')}
            >
              {t('ambassadors.espace.decliner')}
            </button>
          </div>
        </div>
      ) : null}
      {b.state === 'acceptee' ? (
        <div className="pf-form__actions">
          <button
            type="button"
            className="pf-button"
            disabled={busy}
            onClick={() => void act(() => portalSend(api.markBookingDone, { params: { id: b.id } }))}
          >
            {t('ambassadors.espace.faite')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  )
}

export function AmbassadorRequests({
  bookings,
  onChange,
}: {
  bookings: AmbassadorBookingView[]
  onChange: (b: AmbassadorBookingView) => void
}) {
  const { t } = useTranslation()
  return (
    <section className="pa-section" aria-labelledby="pa-demandes">
      <h2 id="pa-demandes">{t('ambassadors.espace.demandes')}</h2>
      {bookings.length ? (
        <ul className="pc-list">
          {bookings.map((b) => (
            <RequestItem key={b.id} booking={b} onChange={onChange} />
          ))}
        </ul>
      ) : (
        <p>{t('ambassadors.espace.aucuneDemande')}</p>
      )}
    </section>
  )
}
