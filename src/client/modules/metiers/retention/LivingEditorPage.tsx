import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  metiersRetentionContract as api,
  type EditorLivingPlaceView,
} from '../../../../shared/modules/metiers/retention.contract'
import {
  childcareKinds,
  housingAudienceLabels,
  housingAudiences,
  housingKinds,
  livingKindLabels,
  type HousingAudience,
  type LivingCategory,
  type LivingKind,
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

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')))

function LivingForm({
  place,
  onSaved,
  onCancel,
}: {
  place: EditorLivingPlaceView | null
  onSaved: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [category, setCategory] = useState<LivingCategory>(place?.category ?? 'logement')
  const [kind, setKind] = useState<LivingKind>(place?.kind ?? 'fjt')
  const [name, setName] = useState(place?.name ?? '')
  const [description, setDescription] = useState(place?.description ?? '')
  const [address, setAddress] = useState(place?.address ?? '')
  const [postcode, setPostcode] = useState(place?.postcode ?? '')
  const [commune, setCommune] = useState(place?.commune ?? '')
  const [audiences, setAudiences] = useState<string[]>(place?.audiences ?? [])
  const [rentMin, setRentMin] = useState(place?.rentMin?.toString() ?? '')
  const [rentMax, setRentMax] = useState(place?.rentMax?.toString() ?? '')
  const [conditions, setConditions] = useState(place?.conditions ?? '')
  const [hours, setHours] = useState<WeekTexts>(
    Object.fromEntries(retentionWeekDays.map((d) => [d, dayHoursText(place?.openingHours[d])])) as WeekTexts,
  )
  const [ageMin, setAgeMin] = useState(place?.ageMinMonths?.toString() ?? '')
  const [ageMax, setAgeMax] = useState(place?.ageMaxMonths?.toString() ?? '')
  const [contactPhone, setPhone] = useState(place?.contactPhone ?? '')
  const [contactEmail, setEmail] = useState(place?.contactEmail ?? '')
  const [website, setWebsite] = useState(place?.website ?? '')
  const [published, setPublished] = useState<string[]>(place?.published ? ['published'] : [])
  const housing = category === 'logement'
  const kinds = housing ? housingKinds : childcareKinds
  const days = t('metiers_retention.days', { returnObjects: true }) as string[]

  const submit = async () => {
    const week = housing ? { week: {}, invalidDay: null } : parseWeek(hours)
    if (week.invalidDay) {
      const day = days[retentionWeekDays.indexOf(week.invalidDay)] ?? week.invalidDay
      form.fail(t('metiers_retention.hoursInvalid', { day }), `openingHours.${week.invalidDay}`)
      return
    }
    const body = {
      category,
      kind,
      name,
      description,
      address,
      postcode,
      commune,
      audiences: housing ? (audiences as HousingAudience[]) : [],
      rentMin: housing ? numberOrNull(rentMin) : null,
      rentMax: housing ? numberOrNull(rentMax) : null,
      conditions,
      openingHours: week.week ?? {},
      ageMinMonths: housing ? null : numberOrNull(ageMin),
      ageMaxMonths: housing ? null : numberOrNull(ageMax),
      contactPhone,
      contactEmail,
      website,
      published: published.length > 0,
    }
    const saved = await form.run(() =>
      place
        ? call(api.updateLivingPlace, { params: { id: place.id }, body })
        : call(api.createLivingPlace, { body }),
    )
    if (saved) onSaved()
  }

  return (
    <section className="card" aria-labelledby="vivre-form">
      <h2 id="vivre-form">
        {place ? t('metiers_retention.editing', { name: place.name }) : t('metiers_retention.adding')}
      </h2>
      <Form state={form} onSubmit={submit} label={t('metiers_retention.livingTitle')}>
        <Select
          label={t('metiers_retention.category')}
          name="category"
          value={category}
          onChange={(v) => {
            const next = (v ?? 'logement') as LivingCategory
            setCategory(next)
            setKind(next === 'logement' ? 'fjt' : 'creche')
          }}
          options={[
            { id: 'logement', label: t('metiers_retention.housing') },
            { id: 'garde', label: t('metiers_retention.childcare') },
          ]}
        />
        <Select
          label={t('metiers_retention.kind')}
          name="kind"
          value={kind}
          onChange={(v) => setKind((v ?? kinds[0]) as LivingKind)}
          options={kinds.map((k) => ({ id: k, label: livingKindLabels[k] }))}
        />
        <TextField
          label={t('metiers_retention.name')}
          name="name"
          value={name}
          onChange={setName}
          isRequired
        />
        <TextArea
          label={t('metiers_retention.description')}
          name="description"
          value={description}
          onChange={setDescription}
          rows={3}
        />
        <TextField
          label={t('metiers_retention.address')}
          description={t('metiers_retention.addressHelp')}
          name="address"
          value={address}
          onChange={setAddress}
        />
        <TextField
          label={t('metiers_retention.postcode')}
          name="postcode"
          value={postcode}
          onChange={setPostcode}
          inputMode="numeric"
        />
        <TextField
          label={t('metiers_retention.commune')}
          name="commune"
          value={commune}
          onChange={setCommune}
          isRequired
        />
        {housing ? (
          <>
            <CheckboxGroup
              label={t('metiers_retention.audiences')}
              name="audiences"
              options={housingAudiences.map((a) => ({ id: a, label: housingAudienceLabels[a] }))}
              value={audiences}
              onChange={setAudiences}
            />
            <TextField
              label={t('metiers_retention.rentMin')}
              name="rentMin"
              inputMode="numeric"
              value={rentMin}
              onChange={setRentMin}
            />
            <TextField
              label={t('metiers_retention.rentMax')}
              name="rentMax"
              inputMode="numeric"
              value={rentMax}
              onChange={setRentMax}
            />
          </>
        ) : (
          <>
            <WeekHoursFields value={hours} onChange={setHours} />
            <TextField
              label={t('metiers_retention.ageMin')}
              name="ageMinMonths"
              inputMode="numeric"
              value={ageMin}
              onChange={setAgeMin}
            />
            <TextField
              label={t('metiers_retention.ageMax')}
              name="ageMaxMonths"
              inputMode="numeric"
              value={ageMax}
              onChange={setAgeMax}
            />
          </>
        )}
        <TextArea
          label={t('metiers_retention.conditions')}
          name="conditions"
          value={conditions}
          onChange={setConditions}
          rows={2}
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
        <TextField
          label={t('metiers_retention.website')}
          name="website"
          type="url"
          inputMode="url"
          value={website}
          onChange={setWebsite}
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

/** « Logement et garde »: housing near the workplaces and childcare with staggered hours. */
export function LivingEditorPage() {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(api.editorLivingPlaces, {}))
  const [editing, setEditing] = useState<EditorLivingPlaceView | null>(null)
  const [removing, setRemoving] = useState<EditorLivingPlaceView | null>(null)
  const [formKey, setFormKey] = useState(0)
  const places = loaded.data ?? []
  const done = () => {
    setEditing(null)
    setFormKey((k) => k + 1)
    void loaded.reload()
  }
  return (
    <Page title={t('metiers_retention.livingTitle')} intro={t('metiers_retention.livingIntro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      <Table
        caption={t('metiers_retention.list')}
        columns={[
          t('metiers_retention.name'),
          t('metiers_retention.kind'),
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
            <td>{livingKindLabels[p.kind]}</td>
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
      <LivingForm key={formKey} place={editing} onSaved={done} onCancel={done} />
      {removing ? (
        <ConfirmDialog
          title={t('metiers_retention.removeTitle', { name: removing.name })}
          confirmLabel={t('metiers_retention.remove')}
          onConfirm={async () => {
            await call(api.deleteLivingPlace, { params: { id: removing.id } })
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
