import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import {
  eventKindLabels,
  eventKinds,
  metiersEventsContract as eventsApi,
  type OrganiserEventView,
} from '../../../../../shared/modules/metiers/events.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import '../events.css'

type Mode = { kind: 'new' } | { kind: 'series' } | { kind: 'edit'; event: OrganiserEventView }

const split = (local: string | null | undefined): [string, string] =>
  local ? [local.slice(0, 10), local.slice(11, 16)] : ['', '']

function NativeSelect(props: {
  label: ReactNode
  name: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
}) {
  const id = `ev-${props.name}`
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        className="field__input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Creating or changing one event, or a monthly series of them. */
export function EventFormPage({ mode }: { mode: Mode }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const form = useApiForm()
  const event = mode.kind === 'edit' ? mode.event : null
  const choices = useLoad(() => call(eventsApi.jobChoices, {}))
  const [kind, setKind] = useState<string>(
    event?.kind ?? (mode.kind === 'series' ? 'webinaire_qvct' : 'forum'),
  )
  const [title, setTitle] = useState(event?.title ?? '')
  const [description, setDescription] = useState(event?.descriptionHtml ?? '')
  const [[startDate, startTime], setStart] = useState(split(event?.startsAtLocal))
  const [[endDate, endTime], setEnd] = useState(split(event?.endsAtLocal))
  const [[deadlineDate, deadlineTime], setDeadline] = useState(split(event?.registrationDeadlineLocal))
  const [online, setOnline] = useState(event?.online ?? mode.kind === 'series')
  const [onlineUrl, setOnlineUrl] = useState(event?.onlineUrl ?? '')
  const [address, setAddress] = useState(event?.address ?? '')
  const [postcode, setPostcode] = useState(event?.postcode ?? '')
  const [commune, setCommune] = useState(event?.commune ?? '')
  const [capacity, setCapacity] = useState(event?.capacity?.toString() ?? '')
  const [jobIds, setJobIds] = useState<string[]>(event?.jobIds ?? [])
  const [audience, setAudience] = useState(event?.audience ?? '')
  const [accessibility, setAccessibility] = useState(event?.accessibility ?? '')
  const [firstMonth, setFirstMonth] = useState('')
  const [months, setMonths] = useState('6')
  const [weekday, setWeekday] = useState('2')
  const [nth, setNth] = useState('1')
  const [closeHours, setCloseHours] = useState('0')
  const [created, setCreated] = useState<number | null>(null)

  const common = () => ({
    kind: kind as (typeof eventKinds)[number],
    title,
    description,
    online,
    onlineUrl: online ? onlineUrl : null,
    address: online ? '' : address,
    postcode: online ? '' : postcode,
    commune: online ? '' : commune,
    capacity: capacity.trim() ? Number(capacity) : null,
    jobIds,
    audience,
    accessibility,
  })

  const submit = async () => {
    if (mode.kind === 'series') {
      const answer = await form.run(() =>
        call(eventsApi.createSeries, {
          body: {
            ...common(),
            firstMonth,
            months: Number(months),
            weekday: Number(weekday),
            nth: Number(nth) as 1 | 2 | 3 | 4 | -1,
            startTime,
            endTime,
            closeHoursBefore: Number(closeHours || '0'),
          },
        }),
      )
      if (answer) setCreated(answer.events.length)
      return
    }
    const body = {
      ...common(),
      startsAt: `${startDate}T${startTime}`,
      endsAt: `${endDate || startDate}T${endTime}`,
      registrationDeadline: deadlineDate ? `${deadlineDate}T${deadlineTime || '23:59'}` : null,
    }
    const answer = await form.run(() =>
      event ? call(eventsApi.update, { params: { id: event.id }, body }) : call(eventsApi.create, { body }),
    )
    if (answer) navigate(`/edition/evenements/${answer.id}`)
  }

  const title_ =
    mode.kind === 'series'
      ? t('metiers_events.form.titleSeries')
      : event
        ? t('metiers_events.form.titleEdit')
        : t('metiers_events.form.titleNew')
  const days = Object.entries(
    t('metiers_events.form.weekdays', { returnObjects: true }) as Record<string, string>,
  )
  const nths = Object.entries(
    t('metiers_events.form.nthOptions', { returnObjects: true }) as Record<string, string>,
  )

  return (
    <Page title={title_} intro={mode.kind === 'series' ? t('metiers_events.form.seriesIntro') : undefined}>
      {created !== null ? (
        <Alert tone="success">{t('metiers_events.form.seriesCreated', { count: created })}</Alert>
      ) : null}
      <section className="card">
        <Form state={form} onSubmit={submit} label={title_}>
          <NativeSelect
            label={t('metiers_events.form.kind')}
            name="kind"
            value={kind}
            onChange={setKind}
            options={eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] }))}
          />
          <TextField
            label={t('metiers_events.form.title')}
            name="title"
            value={title}
            onChange={setTitle}
            isRequired
          />
          <TextArea
            label={t('metiers_events.form.description')}
            description={t('metiers_events.form.descriptionHelp')}
            name="description"
            value={description}
            onChange={setDescription}
            rows={6}
          />
          {mode.kind === 'series' ? (
            <div className="ev-grid">
              <NativeField
                label={t('metiers_events.form.firstMonth')}
                name="firstMonth"
                type="date"
                value={firstMonth ? `${firstMonth}-01` : ''}
                onChange={(v) => setFirstMonth(v.slice(0, 7))}
              />
              <NativeField
                label={t('metiers_events.form.months')}
                name="months"
                type="number"
                min={1}
                max={24}
                value={months}
                onChange={setMonths}
              />
              <NativeSelect
                label={t('metiers_events.form.nth')}
                name="nth"
                value={nth}
                onChange={setNth}
                options={nths.map(([value, label]) => ({ value, label }))}
              />
              <NativeSelect
                label={t('metiers_events.form.weekday')}
                name="weekday"
                value={weekday}
                onChange={setWeekday}
                options={days.map(([value, label]) => ({ value, label }))}
              />
              <NativeField
                label={t('metiers_events.form.startTime')}
                name="startTime"
                type="time"
                value={startTime}
                onChange={(v) => setStart([startDate, v])}
              />
              <NativeField
                label={t('metiers_events.form.endTime')}
                name="endTime"
                type="time"
                value={endTime}
                onChange={(v) => setEnd([endDate, v])}
              />
              <NativeField
                label={t('metiers_events.form.closeHoursBefore')}
                name="closeHoursBefore"
                type="number"
                min={0}
                max={240}
                value={closeHours}
                onChange={setCloseHours}
              />
            </div>
          ) : (
            <div className="ev-grid">
              <NativeField
                label={t('metiers_events.form.startDate')}
                name="startsAt"
                type="date"
                value={startDate}
                onChange={(v) => setStart([v, startTime])}
              />
              <NativeField
                label={t('metiers_events.form.startTime')}
                name="startTime"
                type="time"
                value={startTime}
                onChange={(v) => setStart([startDate, v])}
              />
              <NativeField
                label={t('metiers_events.form.endDate')}
                name="endsAt"
                type="date"
                value={endDate}
                onChange={(v) => setEnd([v, endTime])}
              />
              <NativeField
                label={t('metiers_events.form.endTime')}
                name="endTime"
                type="time"
                value={endTime}
                onChange={(v) => setEnd([endDate, v])}
              />
              <NativeField
                label={t('metiers_events.form.deadlineDate')}
                name="registrationDeadline"
                type="date"
                value={deadlineDate}
                onChange={(v) => setDeadline([v, deadlineTime])}
              />
              <NativeField
                label={t('metiers_events.form.deadlineTime')}
                name="deadlineTime"
                type="time"
                value={deadlineTime}
                onChange={(v) => setDeadline([deadlineDate, v])}
              />
            </div>
          )}
          <div className="field">
            <label className="ev-check">
              <input
                type="checkbox"
                name="online"
                checked={online}
                onChange={(e) => setOnline(e.target.checked)}
              />{' '}
              {t('metiers_events.form.online')}
            </label>
          </div>
          {online ? (
            <TextField
              label={t('metiers_events.form.onlineUrl')}
              description={t('metiers_events.form.onlineUrlHelp')}
              name="onlineUrl"
              value={onlineUrl}
              onChange={setOnlineUrl}
              inputMode="url"
              dir="ltr"
            />
          ) : (
            <>
              <TextField
                label={t('metiers_events.form.address')}
                name="address"
                value={address}
                onChange={setAddress}
              />
              <div className="ev-grid">
                <TextField
                  label={t('metiers_events.form.postcode')}
                  name="postcode"
                  value={postcode}
                  onChange={setPostcode}
                  inputMode="numeric"
                />
                <TextField
                  label={t('metiers_events.form.commune')}
                  name="commune"
                  value={commune}
                  onChange={setCommune}
                />
              </div>
            </>
          )}
          <NativeField
            label={t('metiers_events.form.capacity')}
            name="capacity"
            type="number"
            min={1}
            value={capacity}
            onChange={setCapacity}
          />
          {choices.data ? (
            <CheckboxGroup
              label={t('metiers_events.form.jobs')}
              name="jobIds"
              options={choices.data.jobs.map((j) => ({ id: j.id, label: j.title }))}
              value={jobIds}
              onChange={setJobIds}
            />
          ) : null}
          <TextField
            label={t('metiers_events.form.audience')}
            name="audience"
            value={audience}
            onChange={setAudience}
          />
          <TextArea
            label={t('metiers_events.form.accessibility')}
            name="accessibility"
            value={accessibility}
            onChange={setAccessibility}
            rows={3}
          />
          <Button type="submit" variant="primary" isPending={form.pending}>
            {mode.kind === 'series' ? t('metiers_events.form.createSeries') : t('metiers_events.form.save')}
          </Button>
        </Form>
      </section>
    </Page>
  )
}
