import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../../api'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { TextField } from '../../../ui/TextField'

/** E-mail and password; the answer tells which step comes next. */
export function PasswordStep({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')

  const submit = () =>
    form.run(async () => {
      await call(api.auth.login, { body: { email, password } })
      await onDone()
    })

  return (
    <Form state={form} onSubmit={submit} label={t('signIn.passwordTitle')}>
      <TextField
        label={t('signIn.email')}
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        dir="ltr"
        isRequired
      />
      <TextField
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('signIn.submit')}
        </Button>
        <Link href="/mot-de-passe-oublie">{t('signIn.forgot')}</Link>
      </div>
    </Form>
  )
}
