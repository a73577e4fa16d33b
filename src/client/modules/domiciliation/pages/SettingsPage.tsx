import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { CheckboxField } from '../../usagers/components/CheckboxField'
import { decisionsApi, mailApi, type MailSettings, type Settings } from '../domiciliation.queries'
import '../../accueil/accueil.css'
import '../domiciliation.css'

const fields = [
  'addressLine',
  'postalCode',
  'city',
  'phone',
  'email',
  'agrementNumber',
  'prefecture',
  'responsibleName',
  'responsibleFunction',
  'openingHours',
] as const
type Field = (typeof fields)[number]

/** The structure's identity as the Cerfa and the letters print it, and its opening hours. */
function IdentityForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(fields.map((f) => [f, settings[f] ?? ''])) as Record<Field, string>,
  )
  const [saved, setSaved] = useState(false)
  const set = (f: Field) => (v: string) => setValues((prev) => ({ ...prev, [f]: v }))
  const text = (
    f: Field,
    extra: { inputMode?: 'text' | 'numeric' | 'email' | 'tel'; dir?: 'ltr' | 'auto' } = {},
  ) => (
    <TextField
      label={t(`domiciliation.settings.${f}`)}
      description={t(`domiciliation.settings.${f}Help`, { defaultValue: '' }) || undefined}
      name={f}
      value={values[f]}
      onChange={set(f)}
      inputMode={extra.inputMode}
      dir={extra.dir ?? 'auto'}
    />
  )
  const submit = async () => {
    setSaved(false)
    const body = Object.fromEntries(fields.map((f) => [f, values[f].trim() || null])) as Record<
      Field,
      string | null
    >
    const next = await form.run(() => call(decisionsApi.setSettings, { body }))
    if (next) {
      setSaved(true)
      onSaved(next)
    }
  }
  return (
    <Form
      state={form}
      onSubmit={submit}
      label={t('domiciliation.settings.identity')}
      className="form form--wide"
    >
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      {text('addressLine')}
      <div className="form__row">
        {text('postalCode', { inputMode: 'numeric', dir: 'ltr' })}
        {text('city')}
      </div>
      <div className="form__row">
        {text('phone', { inputMode: 'tel', dir: 'ltr' })}
        {text('email', { inputMode: 'email', dir: 'ltr' })}
      </div>
      <div className="form__row">
        {text('responsibleName')}
        {text('responsibleFunction')}
      </div>
      <div className="form__row">
        {text('agrementNumber')}
        {text('prefecture')}
      </div>
      <TextArea
        label={t('domiciliation.settings.openingHours')}
        description={t('domiciliation.settings.openingHoursHelp')}
        name="openingHours"
        value={values.openingHours}
        onChange={set('openingHours')}
        rows={4}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  )
}

/** The time of the daily notice of waiting mail, and the person's read-only space on or off. */
function MailSettingsForm({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [noticeTime, setNoticeTime] = useState(settings.noticeTime)
  const [portalEnabled, setPortalEnabled] = useState(settings.portalEnabled)
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const next = await form.run(() =>
      call(mailApi.setMailSettings, { body: { noticeTime: noticeTime.trim(), portalEnabled } }),
    )
    if (next) {
      setSaved(true)
      setNoticeTime(next.noticeTime)
      setPortalEnabled(next.portalEnabled)
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('domiciliation.settings.mail')} className="form form--wide">
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <TextField
        label={t('domiciliation.settings.noticeTime')}
        description={t('domiciliation.settings.noticeTimeHelp')}
        name="noticeTime"
        value={noticeTime}
        onChange={setNoticeTime}
        inputMode="numeric"
        dir="ltr"
      />
      <CheckboxField
        label={t('domiciliation.settings.portalEnabled')}
        description={t('domiciliation.settings.portalEnabledHelp')}
        name="portalEnabled"
        value={portalEnabled}
        onChange={setPortalEnabled}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  )
}

/** "Réglages de la domiciliation" (administration, direction). */
export function SettingsPage() {
  const { t } = useTranslation()
  const settings = useLoad(() => call(decisionsApi.getSettings, {}))
  const mail = useLoad(() => call(mailApi.mailSettings, {}))
  const [current, setCurrent] = useState<Settings | null>(null)
  const shown = current ?? settings.data
  return (
    <Page title={t('domiciliation.settings.title')} intro={t('domiciliation.settings.intro')}>
      <section className="card" aria-labelledby="identite-structure">
        <h2 id="identite-structure">{t('domiciliation.settings.identity')}</h2>
        {settings.error ? <Alert tone="error">{settings.error}</Alert> : null}
        {shown ? (
          <>
            <p className="small">
              {t('domiciliation.settings.lastFileNumber', { count: shown.lastFileNumber })}
            </p>
            <IdentityForm settings={shown} onSaved={setCurrent} />
          </>
        ) : settings.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="avis-espace">
        <h2 id="avis-espace">{t('domiciliation.settings.mail')}</h2>
        {mail.error ? <Alert tone="error">{mail.error}</Alert> : null}
        {mail.data ? (
          <MailSettingsForm settings={mail.data} />
        ) : mail.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
    </Page>
  )
}
