import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { apprenticeshipsApi, seatHref, seatsHref } from '../apprenticeships.queries'

/** A new apprenticeship seat, saved as a draft (published from its page). */
export function NewSeatPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const options = useLoad(() => call(apprenticeshipsApi.options, {}))
  const form = useApiForm()
  const [jobId, setJobId] = useState<string | null>(null)
  const [fields, setFields] = useState({
    title: '',
    description: '',
    address: '',
    postcode: '',
    commune: '',
    startMonth: '',
    diploma: '',
    tutorName: '',
    tutorJob: '',
  })
  const [duration, setDuration] = useState('12')
  const [seats, setSeats] = useState('1')
  const [centres, setCentres] = useState<string[]>([])
  const field = (name: keyof typeof fields) => ({
    name,
    value: fields[name],
    onChange: (value: string) => setFields((f) => ({ ...f, [name]: value })),
  })
  const submit = async () => {
    const created = await form.run(() =>
      call(apprenticeshipsApi.createSeat, {
        body: {
          ...fields,
          jobId: jobId ?? '',
          durationMonths: Number(duration),
          seats: Number(seats),
          trainingCentreIds: centres,
        },
      }),
    )
    if (created) navigate(seatHref(created.id))
  }
  const k = 'metiers_apprenticeships.form'
  return (
    <Page title={t(`${k}.title`)}>
      <p>
        <Link href={seatsHref}>{t(`${k}.back`)}</Link>
      </p>
      <Form state={form} onSubmit={submit} label={t(`${k}.title`)}>
        <Select
          label={t(`${k}.job`)}
          name="jobId"
          options={(options.data?.jobs ?? []).map((j) => ({ id: j.id, label: j.title }))}
          value={jobId}
          onChange={setJobId}
          isRequired
        />
        <TextField label={t(`${k}.titleField`)} isRequired {...field('title')} />
        <TextArea label={t(`${k}.description`)} rows={3} {...field('description')} />
        <TextField label={t(`${k}.address`)} {...field('address')} />
        <TextField label={t(`${k}.postcode`)} inputMode="numeric" isRequired {...field('postcode')} />
        <TextField label={t(`${k}.commune`)} isRequired {...field('commune')} />
        <TextField
          label={t(`${k}.startMonth`)}
          description={t(`${k}.startMonthHelp`)}
          placeholder="2026-09"
          isRequired
          {...field('startMonth')}
        />
        <NativeField
          label={t(`${k}.duration`)}
          name="durationMonths"
          type="number"
          min={6}
          max={36}
          value={duration}
          onChange={setDuration}
        />
        <TextField label={t(`${k}.diploma`)} isRequired {...field('diploma')} />
        {options.data?.trainingCentres.length ? (
          <CheckboxGroup
            label={t(`${k}.centres`)}
            description={t(`${k}.centresHelp`)}
            name="trainingCentreIds"
            options={options.data.trainingCentres.map((c) => ({
              id: c.id,
              label: `${c.name} (${c.commune})`,
            }))}
            value={centres}
            onChange={setCentres}
          />
        ) : null}
        <TextField label={t(`${k}.tutorName`)} isRequired {...field('tutorName')} />
        <TextField label={t(`${k}.tutorJob`)} isRequired {...field('tutorJob')} />
        <NativeField
          label={t(`${k}.seats`)}
          name="seats"
          type="number"
          min={1}
          max={50}
          value={seats}
          onChange={setSeats}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t(`${k}.save`)}
          </Button>
        </div>
      </Form>
    </Page>
  )
}
