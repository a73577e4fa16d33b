import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { agrementApi, fileHref, pipelineHref, type AgrementMeetingDetail } from '../agrement.queries'
import '../agrement.css'

/** The instant of a date and time typed in Paris (the browser may be elsewhere). */
function parisInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`)
  const paris = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Paris' }))
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }))
  return new Date(guess.getTime() - (paris.getTime() - utc.getTime())).toISOString()
}

function CreateMeeting({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [v, setV] = useState({
    date: '',
    time: '14:00',
    durationMinutes: '120',
    mode: 'presentiel',
    visioUrl: '',
    address: '',
    postcode: '',
    commune: '',
    capacity: '20',
    notes: '',
  })
  const [saved, setSaved] = useState(false)
  const set = (key: keyof typeof v) => (value: string) => setV((all) => ({ ...all, [key]: value }))
  const submit = async () => {
    setSaved(false)
    if (!v.date) return form.fail(t('metiers_agrement.meetings.date'), 'startsAt')
    const ok = await form.run(() =>
      call(agrementApi.createMeeting, {
        body: {
          startsAt: parisInstant(v.date, v.time),
          durationMinutes: Number(v.durationMinutes),
          mode: v.mode === 'visio' ? 'visio' : 'presentiel',
          visioUrl: v.mode === 'visio' ? v.visioUrl : null,
          address: v.address,
          postcode: v.postcode,
          commune: v.commune,
          capacity: Number(v.capacity),
          notes: v.notes,
        },
      }),
    )
    if (ok) {
      setSaved(true)
      await onDone()
    }
  }
  return (
    <section className="card" aria-labelledby="ag-create-meeting">
      <h2 id="ag-create-meeting">{t('metiers_agrement.meetings.create')}</h2>
      {saved ? <Alert tone="success">{t('metiers_agrement.meetings.created')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('metiers_agrement.meetings.create')}>
        <NativeField
          type="date"
          name="startsAt"
          label={t('metiers_agrement.meetings.date')}
          value={v.date}
          onChange={set('date')}
        />
        <NativeField
          type="time"
          name="time"
          label={t('metiers_agrement.meetings.time')}
          value={v.time}
          onChange={set('time')}
        />
        <NativeField
          type="number"
          name="durationMinutes"
          min={30}
          max={480}
          label={t('metiers_agrement.meetings.duration')}
          value={v.durationMinutes}
          onChange={set('durationMinutes')}
        />
        <Select
          label={t('metiers_agrement.meetings.mode')}
          name="mode"
          options={(['presentiel', 'visio'] as const).map((m) => ({
            id: m,
            label: t(`metiers_agrement.meetings.modes.${m}`),
          }))}
          value={v.mode}
          onChange={(m) => set('mode')(m ?? 'presentiel')}
        />
        {v.mode === 'visio' ? (
          <TextField
            label={t('metiers_agrement.meetings.visioUrl')}
            name="visioUrl"
            type="url"
            value={v.visioUrl}
            onChange={set('visioUrl')}
            isRequired
          />
        ) : (
          <>
            <TextField
              label={t('metiers_agrement.meetings.address')}
              name="address"
              value={v.address}
              onChange={set('address')}
              isRequired
            />
            <TextField
              label={t('metiers_agrement.meetings.postcode')}
              name="postcode"
              value={v.postcode}
              onChange={set('postcode')}
            />
            <TextField
              label={t('metiers_agrement.meetings.commune')}
              name="commune"
              value={v.commune}
              onChange={set('commune')}
              isRequired
            />
          </>
        )}
        <NativeField
          type="number"
          name="capacity"
          min={1}
          max={500}
          label={t('metiers_agrement.meetings.capacity')}
          value={v.capacity}
          onChange={set('capacity')}
        />
        <TextArea
          label={t('metiers_agrement.meetings.notes')}
          name="notes"
          value={v.notes}
          onChange={set('notes')}
          rows={3}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('metiers_agrement.meetings.submit')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

function Registrations({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(agrementApi.meeting, { params: { id } }))
  const [error, setError] = useState<string | null>(null)
  const mark = async (registration: AgrementMeetingDetail['registrations'][number], attended: boolean) => {
    setError(null)
    try {
      await call(agrementApi.attendance, {
        params: { id },
        body: { registrationId: registration.id, attended },
      })
      await loaded.reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  if (!loaded.data)
    return loaded.error ? (
      <Alert tone="error">{loaded.error}</Alert>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )
  if (loaded.data.registrations.length === 0) return <p>{t('metiers_agrement.meetings.noRegistration')}</p>
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="ag-registrations">
        {loaded.data.registrations.map((r) => {
          const name = isolate(`${r.firstName} ${r.lastName}`)
          return (
            <li key={r.id}>
              <Link href={fileHref(r.applicationId)}>{name}</Link>
              <bdi>{r.commune}</bdi>
              {r.attended === true ? <strong>{t('metiers_agrement.meetings.attendedYes')}</strong> : null}
              {r.attended === false ? <strong>{t('metiers_agrement.meetings.attendedNo')}</strong> : null}
              <Button
                onPress={() => void mark(r, true)}
                aria-label={t('metiers_agrement.meetings.markPresent', { name })}
              >
                {t('metiers_agrement.meetings.attended')}
              </Button>
              <Button
                variant="quiet"
                onPress={() => void mark(r, false)}
                aria-label={t('metiers_agrement.meetings.markAbsent', { name })}
              >
                {t('metiers_agrement.meetings.absent')}
              </Button>
            </li>
          )
        })}
      </ul>
    </>
  )
}

/** `/agrement/reunions`: the information meetings, their registrations and attendance, and planning a new one. */
export function AgrementMeetingsPage() {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(agrementApi.meetings, {}))
  const [open, setOpen] = useState<readonly string[]>([])
  return (
    <Page title={t('metiers_agrement.meetings.title')} intro={t('metiers_agrement.meetings.intro')}>
      <p>
        <Link href={pipelineHref}>{t('metiers_agrement.meetings.back')}</Link>
      </p>
      <div className="ag-layout">
        <section aria-labelledby="ag-meetings-list">
          <h2 id="ag-meetings-list">{t('metiers_agrement.meetings.upcoming')}</h2>
          {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
          {loaded.data?.length === 0 ? <p>{t('metiers_agrement.meetings.none')}</p> : null}
          {loaded.data?.map((m) => (
            <article key={m.id} className="card">
              <h3>{formatDateTime(m.startsAt, i18n.language)}</h3>
              <p>
                {m.mode === 'visio' ? (
                  t('metiers_agrement.meetings.visio')
                ) : (
                  <bdi>{`${m.address}, ${m.postcode} ${m.commune}`}</bdi>
                )}
              </p>
              <p>
                {t('metiers_agrement.meetings.registered', {
                  registered: m.registered,
                  capacity: m.capacity,
                })}
                {m.cancelled ? ` · ${t('metiers_agrement.meetings.cancelled')}` : ''}
              </p>
              {open.includes(m.id) ? (
                <>
                  <h4>{t('metiers_agrement.meetings.registrations')}</h4>
                  <Registrations id={m.id} />
                </>
              ) : (
                <Button onPress={() => setOpen((ids) => [...ids, m.id])}>
                  {t('metiers_agrement.meetings.open')}
                </Button>
              )}
            </article>
          ))}
        </section>
        <CreateMeeting onDone={() => loaded.reload()} />
      </div>
    </Page>
  )
}
