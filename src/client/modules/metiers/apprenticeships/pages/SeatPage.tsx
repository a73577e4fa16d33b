import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import type { SeatState } from '../../../../../shared/modules/metiers/apprenticeships-rules'
import { seatTransitions } from '../../../../../shared/modules/metiers/apprenticeships-rules'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import {
  apprenticeshipsApi,
  contactHref,
  monthName,
  seatsHref,
  type SeatDetail,
} from '../apprenticeships.queries'
import '../apprenticeships.css'

const actionOf: Record<SeatState, string> = {
  publiee: 'publish',
  pourvue: 'filled',
  retiree: 'withdraw',
  brouillon: 'draft',
}

/** Offers a contact to one anonymous request, with a first message. */
function ContactForm({
  seatId,
  requestId,
  onDone,
}: {
  seatId: string
  requestId: string
  onDone: () => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [message, setMessage] = useState('')
  const submit = async () => {
    const sent = await form.run(() =>
      call(apprenticeshipsApi.employerContact, { params: { id: seatId }, body: { requestId, message } }),
    )
    if (sent) onDone()
  }
  return (
    <Form state={form} onSubmit={submit} label={t('metiers_apprenticeships.seat.contact')}>
      <TextArea
        label={t('metiers_apprenticeships.seat.contactMessage')}
        name="message"
        value={message}
        onChange={setMessage}
        rows={3}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={form.pending}>
          {t('metiers_apprenticeships.seat.send')}
        </Button>
      </div>
    </Form>
  )
}

/** One seat: its facts and state, the 20 best requests (without identity) with their reasons, its contacts. */
export function SeatPage() {
  const { t, i18n } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(apprenticeshipsApi.employerSeat, { params: { id } }))
  const [changed, setChanged] = useState<SeatDetail | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const stateForm = useApiForm()
  const detail = changed?.seat.id === id ? changed : loaded.data
  const k = 'metiers_apprenticeships.seat'

  if (!detail)
    return loaded.error ? (
      <Page title={t('metiers_apprenticeships.list.title')}>
        <Alert tone="error">{loaded.error}</Alert>
      </Page>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )
  const { seat } = detail
  const refresh = async () => {
    const next = await call(apprenticeshipsApi.employerSeat, { params: { id } })
    setChanged(next)
    setOpen(null)
  }
  const move = async (state: SeatState) => {
    const next = await stateForm.run(() =>
      call(apprenticeshipsApi.changeSeatState, { params: { id }, body: { state } }),
    )
    if (next) setChanged(next)
  }
  return (
    <Page title={seat.title}>
      <p>
        <Link href={seatsHref}>{t(`${k}.back`)}</Link>
      </p>
      <section className="card" aria-labelledby="ap-facts">
        <h2 id="ap-facts">{t(`${k}.facts`)}</h2>
        <p>
          <strong>{t(`${k}.state`, { state: t(`metiers_apprenticeships.states.${seat.state}`) })}</strong>
        </p>
        <dl className="facts">
          <dt>{t(`${k}.place`)}</dt>
          <dd>{[seat.address, `${seat.postcode} ${seat.commune}`].filter(Boolean).join(', ')}</dd>
          <dt>{t(`${k}.start`)}</dt>
          <dd>
            {monthName(seat.startMonth, i18n.language)} · {t(`${k}.duration`, { count: seat.durationMonths })}
          </dd>
          <dt>{t(`${k}.diploma`)}</dt>
          <dd>{seat.diploma}</dd>
          <dt>{t(`${k}.tutor`)}</dt>
          <dd>
            {seat.tutorName} ({seat.tutorJob})
          </dd>
          <dt>{t(`${k}.seats`)}</dt>
          <dd>{seat.seats}</dd>
        </dl>
        {seat.locationWarning ? <Alert tone="info">{seat.locationWarning}</Alert> : null}
        {stateForm.error ? <Alert tone="error">{stateForm.error.message}</Alert> : null}
        <div className="ap-actions">
          {seatTransitions[seat.state].map((next) => (
            <Button
              key={next}
              variant={next === 'publiee' ? 'primary' : 'secondary'}
              onPress={() => void move(next)}
            >
              {t(`${k}.${actionOf[next]}`)}
            </Button>
          ))}
        </div>
      </section>

      <section aria-labelledby="ap-matches">
        <h2 id="ap-matches">{t(`${k}.matchesTitle`)}</h2>
        <p className="small muted">{t(`${k}.matchesIntro`)}</p>
        {detail.matches.length === 0 ? (
          <p>{t(`${k}.noMatches`)}</p>
        ) : (
          <ol className="ap-matches">
            {detail.matches.map((match) => (
              <li key={match.request.id} className="ap-match">
                <h3>
                  {t(`${k}.request`, {
                    initial: match.request.initial || '?',
                    commune: match.request.commune,
                  })}
                </h3>
                <p>
                  <strong>{t(`${k}.score`, { score: match.score })}</strong>
                </p>
                <p className="small">
                  {t(`${k}.wants`, {
                    jobs: match.request.jobs.join(', '),
                    start: monthName(match.request.startMonth, i18n.language),
                    mobility: match.request.mobility,
                  })}
                </p>
                {match.request.trainingCentre ? (
                  <p className="small">{t(`${k}.centre`, { centre: match.request.trainingCentre })}</p>
                ) : null}
                <ul className="ap-reasons" lang="fr">
                  {match.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                {match.request.presentation ? (
                  <p className="rc-message" dir="auto">
                    {match.request.presentation}
                  </p>
                ) : null}
                {match.contact ? (
                  <Link href={contactHref(match.contact.id)}>
                    {t(`${k}.seeContact`, {
                      state: t(`metiers_apprenticeships.contactStates.${match.contact.state}`),
                    })}
                  </Link>
                ) : seat.state === 'publiee' ? (
                  open === match.request.id ? (
                    <ContactForm
                      seatId={seat.id}
                      requestId={match.request.id}
                      onDone={() => void refresh()}
                    />
                  ) : (
                    <Button onPress={() => setOpen(match.request.id)}>{t(`${k}.contact`)}</Button>
                  )
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="ap-contacts">
        <h2 id="ap-contacts">{t(`${k}.contactsTitle`)}</h2>
        {detail.contacts.length === 0 ? (
          <p>{t(`${k}.noContacts`)}</p>
        ) : (
          <ul>
            {detail.contacts.map((contact) => (
              <li key={contact.id}>
                <Link href={contactHref(contact.id)}>
                  {contact.candidateName ??
                    t(`${k}.anonymous`, {
                      initial: contact.request.initial || '?',
                      commune: contact.request.commune,
                    })}
                </Link>{' '}
                · {t(`metiers_apprenticeships.contactStates.${contact.state}`)} ·{' '}
                {t(`${k}.contactFrom.${contact.initiatedBy}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  )
}
