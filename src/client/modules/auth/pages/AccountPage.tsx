import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../../api'
import { changeLanguage, isLanguage, languages } from '../../../app/i18n'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { TextField } from '../../../ui/TextField'
import { NewPasswordFields } from '../components/NewPasswordFields'

function ProfileForm() {
  const { t } = useTranslation()
  const { session, refresh } = useSession()
  const form = useApiForm()
  const [displayName, setDisplayName] = useState(session?.account?.displayName ?? '')
  const [locale, setLocale] = useState<string | null>(session?.account?.locale ?? 'fr')
  const [saved, setSaved] = useState(false)

  const submit = () =>
    form.run(async () => {
      setSaved(false)
      const language = isLanguage(locale) ? locale : undefined
      await call(api.auth.updateProfile, { body: { displayName, locale: language } })
      if (language) await changeLanguage(language)
      await refresh()
      setSaved(true)
    })

  return (
    <section className="card" aria-labelledby="profil">
      <h2 id="profil">{t('account.profile')}</h2>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit}>
        <TextField
          label={t('account.displayName')}
          name="displayName"
          value={displayName}
          onChange={setDisplayName}
        />
        <Select
          label={t('account.locale')}
          name="locale"
          options={languages.map((l) => ({ id: l.code, label: l.label }))}
          value={locale}
          onChange={setLocale}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

function PasswordForm() {
  const { t } = useTranslation()
  const form = useApiForm()
  const [password, setPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [saved, setSaved] = useState(false)

  const submit = () => {
    setSaved(false)
    if (newPassword !== confirmation) return form.fail(t('password.mismatch'), 'confirmation')
    return form.run(async () => {
      await call(api.auth.changePassword, { body: { password, newPassword } })
      setPassword('')
      setNewPassword('')
      setConfirmation('')
      setSaved(true)
    })
  }

  return (
    <section className="card" aria-labelledby="mot-de-passe">
      <h2 id="mot-de-passe">{t('account.password')}</h2>
      {saved ? <Alert tone="success">{t('account.passwordChanged')}</Alert> : null}
      <Form state={form} onSubmit={submit}>
        <TextField
          label={t('account.currentPassword')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          isRequired
        />
        <NewPasswordFields
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          confirmation={confirmation}
          onConfirmationChange={setConfirmation}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('account.changePassword')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** My account: name, language, password, second factor. */
export function AccountPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const account = session?.account
  return (
    <Page title={t('account.title')}>
      <p>
        {t('account.email')} <strong dir="ltr">{account?.email}</strong>
      </p>
      <div className="grid">
        <ProfileForm />
        <PasswordForm />
        <section className="card" aria-labelledby="double-authentification">
          <h2 id="double-authentification">{t('account.totp')}</h2>
          <p>{account?.totpEnabled ? t('account.totpOn') : t('account.totpOff')}</p>
        </section>
      </div>
    </Page>
  )
}
