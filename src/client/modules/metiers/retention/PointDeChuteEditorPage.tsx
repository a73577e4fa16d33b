import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  metiersRetentionContract as api,
  type EditorPointDeChuteView,
} from '../../../../shared/modules/metiers/retention.contract'
import {
  facilityLabels,
  pointDeChuteFacilities,
  pointDeChuteKindLabels,
  pointDeChuteKinds,
} from '../../../../shared/modules/metiers/retention.constants'
import { retentionWeekDays } from '../../../../shared/modules/metiers/retention-hours'
import { call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { Table } from '../../../ui/Table'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { dayHoursText, parseWeek } from './hours-text'
import { WeekHoursFields, type WeekTexts } from './WeekHoursFields'

const weekTextsOf = (place: EditorPointDeChuteView | null): WeekTexts =>
  Object.fromEntries(retentionWeekDays.map((d) => [d, dayHoursText(place?.openingHours[d])])) as WeekTexts

function PlaceForm({
  place,
  onSaved,
  onCancel,
}: {
  place: EditorPointDeChuteView | null
  onSaved: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [name, setName] = useState(place?.name ?? '')
  const [kind, setKind] = useState<string>(place?.kind ?? 'mairie')
  const [address, setAddress] = useState(place?.address ?? '')
  const [postcode, setPostcode] = useState(place?.postcode ?? '')
  const [commune, setCommune] = useState(place?.commune ?? '')
  const [hours, setHours] = useState<WeekTexts>(weekTextsOf(place))
  const [accessInstructions, setAccess] = useState(place?.accessInstructions ?? '')
  const [accessCode, setCode] = useState(place?.accessCode ?? '')
  const [facilities, setFacilities] = useState<string[]>(place?.facilities ?? ['toilettes'])
  const [audience, setAudience] = useState(place?.audience ?? '')
  const [contactPhone, setPhone] = useState(place?.contactPhone ?? '')
  const [contactEmail, setEmail] = useState(place?.contactEmail ?? '')
  const [published, setPublished] = useState<string[]>(place?.published ? ['published'] : [])
  const days = t('metiers_retention.days', { returnObjects: true }) as string[]

  const submit = async () => {
    const week = parseWeek(hours)
    if (week.invalidDay) {
      const day = days[retentionWeekDays.indexOf(week.invalidDay)] ?? week.invalidDay
      form.fail(t('metiers_retention.hoursInvalid', { day }), `openingHours.${week.invalidDay}`)
      return
    }
    const body = {
      name,
      kind: kind as (typeof pointDeChuteKinds)[number],
      address,
      postcode,
      commune,
      openingHours: week.week,
      hoursExceptions: place?.hoursExceptions ?? [],
      accessInstructions,
      accessCode,
      facilities: facilities as (typeof pointDeChuteFacilities)[number][],
      audience,
      contactPhone,
      contactEmail,
      published: published.length > 0,
    }
    const saved = await form.run(() =>
      place
        ? call(api.updatePointDeChute, { params: { id: place.id }, body })
        : call(api.createPointDeChute, { body }),
    )
    if (saved) onSaved()
  }

  return (
    <section className="card" aria-labelledby="pdc-form">
      <h2 id="pdc-form">
        {place ? t('metiers_retention.editing', { name: place.name }) : t('metiers_retention.adding')}
      </h2>
      <Form state={form} onSubmit={submit} label={t('metiers_retention.placesTitle')}>
        <TextField
          label={t('metiers_retention.name')}
          name="name"
          value={name}
          onChange={setName}
          isRequired
        />
        <Select
          label={t('metiers_retention.kind')}
          name="kind"
          value={kind}
          onChange={(v) => setKind(v ?? 'autre')}
          options={pointDeChuteKinds.map((k) => ({ id: k, label: pointDeChuteKindLabels[k] }))}
        />
        <TextField
          label={t('metiers_retention.address')}
          description={t('metiers_retention.addressHelp')}
          name="address"
          value={address}
          onChange={setAddress}
          autoComplete="street-address"
        />
        <TextField
          label={t('metiers_retention.postcode')}
          name="postcode"
          value={postcode}
          onChange={setPostcode}
          inputMode="numeric"
          autoComplete="postal-code"
        />
        <TextField
          label={t('metiers_retention.commune')}
          name="commune"
          value={commune}
          onChange={setCommune}
          isRequired
          autoComplete="address-level2"
        />
        <WeekHoursFields value={hours} onChange={setHours} />
        <TextArea
          label={t('metiers_retention.accessInstructions')}
          name="accessInstructions"
          value={accessInstructions}
          onChange={setAccess}
          rows={3}
        />
        <TextField
          label={t('metiers_retention.accessCode')}
          name="accessCode"
          value={accessCode}
          onChange={setCode}
          autoComplete="off"
        />
        <CheckboxGroup
          label={t('metiers_retention.facilities')}
          name="facilities"
          options={pointDeChuteFacilities.map((f) => ({ id: f, label: facilityLabels[f] }))}
          value={facilities}
          onChange={setFacilities}
        />
        <TextField
          label={t('metiers_retention.audience')}
          name="audience"
          value={audience}
          onChange={setAudience}
        />
        <TextField
          label={t('metiers_retention.phone')}
          name="contactPhone"
          type="tel"
          inputMode="tel"
          value={contactPhone}
          onChange={setPhone}
        />
        <TextField
          label={t('metiers_retention.email')}
          name="contactEmail"
          type="email"
          inputMode="email"
          value={contactEmail}
          onChange={setEmail}
        />
        <CheckboxGroup
          label={t('metiers_retention.publish')}
          name="published"
          options={[{ id: 'published', label: t('metiers_retention.publishOption') }]}
          value={published}
          onChange={setPublished}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
          {place ? <Button onPress={onCancel}>{t('metiers_retention.cancel')}</Button> : null}
        </div>
      </Form>
    </section>
  )
}

/** « Point de chute »: the organisation's places, their hours, access and facilities, published or not. */
export function PointDeChuteEditorPage() {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(api.editorPointDeChute, {}))
  const [editing, setEditing] = useState<EditorPointDeChuteView | null>(null)
  const [removing, setRemoving] = useState<EditorPointDeChuteView | null>(null)
  const [formKey, setFormKey] = useState(0)
  const places = loaded.data ?? []
  const done = () => {
    setEditing(null)
    setFormKey((k) => k + 1)
    void loaded.reload()
  }
  return (
    <Page title={t('metiers_retention.placesTitle')} intro={t('metiers_retention.placesIntro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      <Table
        caption={t('metiers_retention.list')}
        columns={[
          t('metiers_retention.name'),
          t('metiers_retention.commune'),
          t('metiers_retention.state'),
          t('metiers_retention.actions'),
        ]}
        isEmpty={places.length === 0}
        empty={t('metiers_retention.none')}
      >
        {places.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.commune}</td>
            <td>{p.published ? t('metiers_retention.published') : t('metiers_retention.draft')}</td>
            <td>
              <div className="form__actions">
                <Button
                  onPress={() => {
                    setEditing(p)
                    setFormKey((k) => k + 1)
                  }}
                >
                  {t('metiers_retention.edit')}
                </Button>
                <Button variant="danger" onPress={() => setRemoving(p)}>
                  {t('metiers_retention.remove')}
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </Table>
      <PlaceForm key={formKey} place={editing} onSaved={done} onCancel={done} />
      {removing ? (
        <ConfirmDialog
          title={t('metiers_retention.removeTitle', { name: removing.name })}
          confirmLabel={t('metiers_retention.remove')}
          onConfirm={async () => {
            await call(api.deletePointDeChute, { params: { id: removing.id } })
            done()
          }}
          onClose={() => setRemoving(null)}
        >
          <p>{t('metiers_retention.removeText')}</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
