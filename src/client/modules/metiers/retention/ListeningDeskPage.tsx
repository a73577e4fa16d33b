import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, parisDate } from '../../../../shared/dates'
import {
  metiersRetentionContract as api,
  type ListeningSetupView,
  type ListeningSlotView,
} from '../../../../shared/modules/metiers/retention.contract'
import { call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { Table } from '../../../ui/Table'
import { TextField } from '../../../ui/TextField'

const timeOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    timeZone: 'Europe/Paris',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
const dayOf = (date: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )

/** The week's callbacks, each with the person's first name, number and topic, and « rappelé ». */
function WeekCallbacks() {
  const { t, i18n } = useTranslation()
  const [week, setWeek] = useState(() => parisDate(new Date()))
  const loaded = useLoad(() => call(api.weekCallbacks, { query: { week } }))
  const [error, setError] = useState<string | null>(null)
  const move = (days: number) => {
    const next = addDays(loaded.data?.weekStart ?? week, days)
    setWeek(next)
    void loaded.reload()
  }
  const markCalled = async (id: string) => {
    try {
      await call(api.markCalledBack, { params: { id } })
      setError(null)
      await loaded.reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const states = t('metiers_retention.states', { returnObjects: true }) as Record<string, string>
  const callbacks = loaded.data?.callbacks ?? []
  return (
    <section className="card" aria-labelledby="rappels">
      <h2 id="rappels">{t('metiers_retention.callbacks')}</h2>
      <div className="form__actions">
        <Button onPress={() => move(-7)}>{t('metiers_retention.previousWeek')}</Button>
        <Button onPress={() => move(7)}>{t('metiers_retention.nextWeek')}</Button>
      </div>
      {loaded.error || error ? <Alert tone="error">{loaded.error ?? error}</Alert> : null}
      <Table
        caption={t('metiers_retention.week', { date: dayOf(loaded.data?.weekStart ?? week, i18n.language) })}
        columns={[
          t('metiers_retention.when'),
          t('metiers_retention.person'),
          t('metiers_retention.topic'),
          t('metiers_retention.listener'),
          t('metiers_retention.state'),
          t('metiers_retention.actions'),
        ]}
        isEmpty={callbacks.length === 0}
        empty={t('metiers_retention.noCallbacks')}
      >
        {callbacks.map((c) => (
          <tr key={c.id}>
            <td>
              {timeOf(c.startsAt, i18n.language)}
              <br />
              <span className="muted">{c.reference}</span>
            </td>
            <td>
              {c.firstName ?? t('metiers_retention.erased')}
              {c.phone ? (
                <>
                  <br />
                  <a href={`tel:${c.phone}`} dir="ltr">
                    {c.phone}
                  </a>
                </>
              ) : null}
            </td>
            <td>{c.topic ?? ''}</td>
            <td>{c.listenerName}</td>
            <td>{states[c.state] ?? c.state}</td>
            <td>
              {c.state === 'reserve' ? (
                <Button onPress={() => void markCalled(c.id)}>{t('metiers_retention.markCalled')}</Button>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
    </section>
  )
}

/** Managers set the line's weekly slots: day, times, length of a call, listener; a slot is suspended, never erased. */
function WeeklySlots({ setup, onChanged }: { setup: ListeningSetupView; onChanged: () => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const days = t('metiers_retention.days', { returnObjects: true }) as string[]
  const [weekday, setWeekday] = useState('2')
  const [startTime, setStart] = useState('12:30')
  const [endTime, setEnd] = useState('14:00')
  const [slotMinutes, setMinutes] = useState('30')
  const [listener, setListener] = useState<string | null>(setup.listeners[0]?.accountId ?? null)
  const toggle = async (slot: ListeningSlotView) => {
    await form.run(() =>
      call(api.updateListeningSlot, {
        params: { id: slot.id },
        body: { ...slot, active: !slot.active, listenerAccountId: slot.listenerAccountId },
      }),
    )
    onChanged()
  }
  const add = async () => {
    const saved = await form.run(() =>
      call(api.createListeningSlot, {
        body: {
          weekday: Number(weekday),
          startTime,
          endTime,
          slotMinutes: Number(slotMinutes),
          ...(listener ? { listenerAccountId: listener } : {}),
          active: true,
        },
      }),
    )
    if (saved) onChanged()
  }
  return (
    <section className="card" aria-labelledby="creneaux">
      <h2 id="creneaux">{t('metiers_retention.slots')}</h2>
      <Table
        caption={t('metiers_retention.slots')}
        columns={[
          t('metiers_retention.weekday'),
          t('metiers_retention.from'),
          t('metiers_retention.listener'),
          t('metiers_retention.state'),
          t('metiers_retention.actions'),
        ]}
        isEmpty={setup.slots.length === 0}
        empty={t('metiers_retention.noSlots')}
      >
        {setup.slots.map((s) => (
          <tr key={s.id}>
            <td>{days[s.weekday - 1]}</td>
            <td dir="ltr">
              {s.startTime}–{s.endTime} ({s.slotMinutes} min)
            </td>
            <td>{s.listenerName}</td>
            <td>{s.active ? t('metiers_retention.active') : t('metiers_retention.suspended')}</td>
            <td>
              <Button onPress={() => void toggle(s)}>
                {s.active ? t('metiers_retention.suspend') : t('metiers_retention.reopen')}
              </Button>
            </td>
          </tr>
        ))}
      </Table>
      <Form state={form} onSubmit={add} label={t('metiers_retention.addSlot')}>
        <Select
          label={t('metiers_retention.weekday')}
          name="weekday"
          value={weekday}
          onChange={(v) => setWeekday(v ?? '1')}
          options={days.map((d, i) => ({ id: String(i + 1), label: d }))}
        />
        <TextField
          label={t('metiers_retention.from')}
          name="startTime"
          type="time"
          value={startTime}
          onChange={setStart}
          isRequired
        />
        <TextField
          label={t('metiers_retention.to')}
          name="endTime"
          type="time"
          value={endTime}
          onChange={setEnd}
          isRequired
        />
        <TextField
          label={t('metiers_retention.slotMinutes')}
          name="slotMinutes"
          inputMode="numeric"
          value={slotMinutes}
          onChange={setMinutes}
          isRequired
        />
        {setup.listeners.length > 0 ? (
          <Select
            label={t('metiers_retention.listener')}
            name="listenerAccountId"
            value={listener}
            onChange={setListener}
            options={setup.listeners.map((l) => ({ id: l.accountId, label: l.displayName }))}
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('metiers_retention.addSlot')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** « Ligne d'écoute »: the week's callbacks for the listeners; the weekly slots for the managers. */
export function ListeningDeskPage() {
  const { t } = useTranslation()
  // Only managers may read the slots: for a listener, the section stays hidden.
  const setup = useLoad(() => call(api.listeningSetup, {}))
  return (
    <Page title={t('metiers_retention.listeningTitle')} intro={t('metiers_retention.listeningIntro')}>
      <WeekCallbacks />
      {setup.data ? <WeeklySlots setup={setup.data} onChanged={() => void setup.reload()} /> : null}
    </Page>
  )
}
