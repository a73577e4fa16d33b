import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  eventPages,
  metiersEventsContract as eventsApi,
  type OrganiserEventView,
  type OrganiserRegistrationView,
} from '../../../../../shared/modules/metiers/events.contract'
import { call } from '../../../../api'
import { fillPath } from '../../../../api/request'
import { formatDateTime } from '../../../../app/format'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import '../events.css'

/** One event for its organiser: publication, registrations with the waiting list, attendance, export, replay. */
export function EventDetailPage({ initial }: { initial: OrganiserEventView }) {
  const { t, i18n } = useTranslation()
  const [event, setEvent] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const act = async (action: () => Promise<OrganiserEventView>) => {
    setError(null)
    try {
      setEvent(await action())
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const mark = async (registration: OrganiserRegistrationView, attended: boolean) => {
    setError(null)
    try {
      const next = registration.attended === attended ? null : attended
      const updated = await call(eventsApi.attendance, {
        params: { id: event.id, registrationId: registration.id },
        body: { attended: next },
      })
      setEvent((e) => {
        const registrations = e.registrations.map((r) => (r.id === updated.id ? updated : r))
        return {
          ...e,
          registrations,
          counts: {
            ...e.counts,
            present: registrations.filter((r) => r.attended === true).length,
            absent: registrations.filter((r) => r.attended === false).length,
          },
        }
      })
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const name = (r: OrganiserRegistrationView) => `${r.firstName} ${r.lastName}`
  const over = new Date(event.endsAt).getTime() <= Date.now()
  return (
    <Page title={event.title}>
      <p>
        {formatDateTime(event.startsAt, i18n.language)} –{' '}
        {event.online ? (
          t('metiers_events.list.online')
        ) : (
          <bdi>{[event.address, event.commune].filter(Boolean).join(', ')}</bdi>
        )}
      </p>
      {event.placeWarning ? (
        <Alert tone="info">{t('metiers_events.detail.placeWarning', { warning: event.placeWarning })}</Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section className="card" aria-labelledby="ev-publication">
        <h2 id="ev-publication">
          {event.published ? t('metiers_events.detail.isPublished') : t('metiers_events.detail.isDraft')}
        </h2>
        <p className="ev-actions">
          <Button
            variant={event.published ? 'secondary' : 'primary'}
            onPress={() =>
              void act(() =>
                call(eventsApi.publish, { params: { id: event.id }, body: { published: !event.published } }),
              )
            }
          >
            {event.published ? t('metiers_events.detail.unpublish') : t('metiers_events.detail.publish')}
          </Button>
          <Link href={`/edition/evenements/${event.id}/modifier`} className="button">
            {t('metiers_events.detail.edit')}
          </Link>
          {event.published ? (
            <a className="link" href={eventPages.event(event.slug)} target="_blank" rel="noopener">
              {t('metiers_events.detail.openPublic')}
            </a>
          ) : null}
        </p>
      </section>

      <section className="card" aria-labelledby="ev-inscriptions">
        <h2 id="ev-inscriptions">{t('metiers_events.detail.registrations')}</h2>
        <p>{t('metiers_events.detail.counts', event.counts)}</p>
        <p>
          <a className="link" href={fillPath(eventsApi.exportRegistrations.path, { id: event.id })} download>
            {t('metiers_events.detail.export')}
          </a>
        </p>
        <Table
          caption={t('metiers_events.detail.caption')}
          columns={[
            t('metiers_events.detail.person'),
            t('metiers_events.detail.contact'),
            t('metiers_events.detail.needs'),
            t('metiers_events.detail.state'),
            t('metiers_events.detail.attendance'),
          ]}
          isEmpty={event.registrations.length === 0}
          empty={t('metiers_events.detail.empty')}
        >
          {event.registrations.map((r) => (
            <tr key={r.id}>
              <td>
                <bdi>{name(r)}</bdi>
              </td>
              <td>
                <bdi>{r.email}</bdi>
                {r.phone ? (
                  <>
                    <br />
                    <bdi>{r.phone}</bdi>
                  </>
                ) : null}
              </td>
              <td>
                <bdi>{r.accessibilityNeeds}</bdi>
              </td>
              <td>{t(`metiers_events.detail.states.${r.state}`, { position: r.position ?? '' })}</td>
              <td>
                {r.state === 'inscrit' ? (
                  <span className="ev-attendance" role="group" aria-label={name(r)}>
                    <button
                      type="button"
                      className="button ev-toggle"
                      aria-pressed={r.attended === true}
                      aria-label={t('metiers_events.detail.presentOf', { name: name(r) })}
                      onClick={() => void mark(r, true)}
                    >
                      {t('metiers_events.detail.present')}
                    </button>
                    <button
                      type="button"
                      className="button ev-toggle"
                      aria-pressed={r.attended === false}
                      aria-label={t('metiers_events.detail.absentOf', { name: name(r) })}
                      onClick={() => void mark(r, false)}
                    >
                      {t('metiers_events.detail.absent')}
                    </button>
                  </span>
                ) : null}
                {r.state !== 'annule' && !over ? (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('metiers_events.detail.cancelOf', { name: name(r) })}
                    onClick={() => {
                      if (!window.confirm(t('metiers_events.detail.cancelConfirm', { name: name(r) }))) return
                      void act(() =>
                        call(eventsApi.cancelRegistration, {
                          params: { id: event.id, registrationId: r.id },
                        }),
                      )
                    }}
                  >
                    {t('metiers_events.detail.cancel')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      </section>

      <ReplayForm event={event} over={over} onSaved={setEvent} />
    </Page>
  )
}

function ReplayForm({
  event,
  over,
  onSaved,
}: {
  event: OrganiserEventView
  over: boolean
  onSaved: (event: OrganiserEventView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [url, setUrl] = useState(event.replay?.url ?? '')
  const [captionsUrl, setCaptions] = useState(event.replay?.captionsUrl ?? '')
  const [transcript, setTranscript] = useState(event.replay?.transcript ?? '')
  const [isPublic, setPublic] = useState(event.replay?.public ?? true)
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const answer = await form.run(() =>
      call(eventsApi.saveReplay, {
        params: { id: event.id },
        body: {
          url,
          captionsUrl: captionsUrl.trim() || null,
          transcript: transcript.trim() || null,
          public: isPublic,
        },
      }),
    )
    if (answer) {
      setSaved(true)
      onSaved(answer)
    }
  }
  return (
    <section className="card" aria-labelledby="ev-replay">
      <h2 id="ev-replay">{t('metiers_events.detail.replay')}</h2>
      {!over ? (
        <p>{t('metiers_events.detail.replayLater')}</p>
      ) : (
        <>
          <p className="small">{t('metiers_events.detail.replayHelp')}</p>
          {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
          <Form state={form} onSubmit={submit} label={t('metiers_events.detail.replay')}>
            <TextField
              label={t('metiers_events.detail.replayUrl')}
              name="url"
              value={url}
              onChange={setUrl}
              dir="ltr"
              inputMode="url"
              isRequired
            />
            <TextField
              label={t('metiers_events.detail.captionsUrl')}
              name="captionsUrl"
              value={captionsUrl}
              onChange={setCaptions}
              dir="ltr"
              inputMode="url"
            />
            <TextArea
              label={t('metiers_events.detail.transcript')}
              name="transcript"
              value={transcript}
              onChange={setTranscript}
              rows={5}
            />
            <div className="field">
              <label className="ev-check">
                <input
                  type="checkbox"
                  name="public"
                  checked={isPublic}
                  onChange={(e) => setPublic(e.target.checked)}
                />{' '}
                {t('metiers_events.detail.replayPublic')}
              </label>
            </div>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('metiers_events.detail.replaySave')}
            </Button>
          </Form>
        </>
      )}
    </section>
  )
}
