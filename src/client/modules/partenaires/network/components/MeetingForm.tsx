import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingDetailView } from '../../../../../shared/modules/partenaires/network.contract'
import { call } from '../../../../api'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { isMeetingKind, networkApi, useNetworkLabels } from '../network.queries'
import { NativeInput } from './NativeInput'

/** "2026-12-03T14:00" typed in the browser's time → an instant the server reads. */
const instantOf = (local: string) => (local ? new Date(local).toISOString() : '')

/** A new meeting of the network: kind, title, when, where, agenda, seats. */
export function MeetingForm({ onCreated }: { onCreated: (m: MeetingDetailView) => void }) {
  const { t } = useTranslation()
  const labels = useNetworkLabels()
  const form = useApiForm()
  const [kind, setKind] = useState<string | null>('coordination_aide_alimentaire')
  const [title, setTitle] = useState('')
  const [startsAt, setStartsAt] = useState('')
  const [endsAt, setEndsAt] = useState('')
  const [location, setLocation] = useState('')
  const [agenda, setAgenda] = useState('')
  const [capacity, setCapacity] = useState('')
  const submit = async () => {
    if (!isMeetingKind(kind)) return form.fail(t('reseau.meetings.kindRequired'), 'kind')
    if (!startsAt) return form.fail(t('reseau.meetings.startsAtRequired'), 'startsAt')
    const seats = capacity.trim() ? Number(capacity) : null
    if (seats !== null && !Number.isInteger(seats))
      return form.fail(t('reseau.meetings.capacityNumber'), 'capacity')
    const created = await form.run(() =>
      call(networkApi.createMeeting, {
        body: {
          kind,
          title,
          startsAt: instantOf(startsAt),
          endsAt: endsAt ? instantOf(endsAt) : null,
          location,
          agenda,
          capacity: seats,
        },
      }),
    )
    if (created) onCreated(created)
  }
  return (
    <Form state={form} onSubmit={submit} label={t('reseau.meetings.create')}>
      <Select
        label={t('reseau.meetings.kind')}
        name="kind"
        options={labels.kindOptions}
        value={kind}
        onChange={setKind}
        isRequired
      />
      <TextField
        label={t('reseau.meetings.titleField')}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <div className="form__row">
        <NativeInput
          label={t('reseau.meetings.startsAt')}
          name="startsAt"
          type="datetime-local"
          value={startsAt}
          onChange={setStartsAt}
          error={form.fieldErrors.startsAt}
          required
        />
        <NativeInput
          label={t('reseau.meetings.endsAt')}
          name="endsAt"
          type="datetime-local"
          value={endsAt}
          onChange={setEndsAt}
          error={form.fieldErrors.endsAt}
        />
      </div>
      <TextField
        label={t('reseau.meetings.location')}
        name="location"
        value={location}
        onChange={setLocation}
        isRequired
      />
      <TextArea
        label={t('reseau.meetings.agenda')}
        name="agenda"
        value={agenda}
        onChange={setAgenda}
        rows={4}
      />
      <TextField
        label={t('reseau.meetings.capacity')}
        name="capacity"
        value={capacity}
        onChange={setCapacity}
        inputMode="numeric"
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('reseau.meetings.create')}
        </Button>
      </div>
    </Form>
  )
}
