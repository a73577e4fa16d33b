import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../../api'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { agrementApi, fileHref, pipelineHref } from '../agrement.queries'

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value))

/** `/agrement/dossiers/nouveau`: a request received by letter, phone or at the desk. */
export function NewAgrementPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const form = useApiForm()
  const [v, setV] = useState({
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    address: '',
    postcode: '',
    commune: '',
    currentJob: '',
    motivation: '',
    childrenWished: '',
    agesWishedMin: '',
    agesWishedMax: '',
  })
  const set = (key: keyof typeof v) => (value: string) => setV((all) => ({ ...all, [key]: value }))
  const submit = async () => {
    const created = await form.run(() =>
      call(agrementApi.create, {
        body: {
          ...v,
          phone: v.phone.trim() ? v.phone : null,
          childrenWished: numberOrNull(v.childrenWished),
          agesWishedMin: numberOrNull(v.agesWishedMin),
          agesWishedMax: numberOrNull(v.agesWishedMax),
        },
      }),
    )
    if (created) navigate(fileHref(created.id))
  }
  const text = (key: keyof typeof v, required = false) => (
    <TextField
      label={t(`metiers_agrement.create.${key === 'childrenWished' ? 'children' : key}`)}
      name={key}
      value={v[key]}
      onChange={set(key)}
      isRequired={required}
    />
  )
  return (
    <Page title={t('metiers_agrement.create.title')} intro={t('metiers_agrement.create.intro')}>
      <p>
        <Link href={pipelineHref}>{t('metiers_agrement.file.back')}</Link>
      </p>
      <Form state={form} onSubmit={submit} label={t('metiers_agrement.create.title')}>
        {text('firstName', true)}
        {text('lastName', true)}
        <TextField
          label={t('metiers_agrement.create.email')}
          name="email"
          type="email"
          value={v.email}
          onChange={set('email')}
          isRequired
        />
        <TextField
          label={t('metiers_agrement.create.phone')}
          name="phone"
          type="tel"
          value={v.phone}
          onChange={set('phone')}
        />
        {text('address')}
        {text('postcode', true)}
        {text('commune', true)}
        {text('currentJob')}
        <TextArea
          label={t('metiers_agrement.create.motivation')}
          name="motivation"
          value={v.motivation}
          onChange={set('motivation')}
          rows={4}
        />
        <NativeField
          type="number"
          name="childrenWished"
          min={1}
          max={6}
          label={t('metiers_agrement.create.children')}
          value={v.childrenWished}
          onChange={set('childrenWished')}
        />
        <NativeField
          type="number"
          name="agesWishedMin"
          min={0}
          max={21}
          label={t('metiers_agrement.create.ageMin')}
          value={v.agesWishedMin}
          onChange={set('agesWishedMin')}
        />
        <NativeField
          type="number"
          name="agesWishedMax"
          min={0}
          max={21}
          label={t('metiers_agrement.create.ageMax')}
          value={v.agesWishedMax}
          onChange={set('agesWishedMax')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('metiers_agrement.create.submit')}
          </Button>
        </div>
      </Form>
    </Page>
  )
}
