import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../../api'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'

/** Ask for a link to choose a new password. The answer never tells whether the address exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const form = useApiForm()
  const [email, setEmail] = useState('')
  const [sent, setSent] = useState(false)

  const submit = () =>
    form.run(async () => {
      await call(api.auth.forgotPassword, { body: { email } })
      setSent(true)
    })

  return (
    <Page title={t('forgot.title')} intro={t('forgot.intro')}>
      {sent ? (
        <Alert tone="success" title={t('forgot.sentTitle')}>
          <p>{t('forgot.sentText')}</p>
        </Alert>
      ) : (
        <div className="card">
          <Form state={form} onSubmit={submit}>
            <TextField
              label={t('signIn.email')}
              name="email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              dir="ltr"
              isRequired
            />
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={form.pending}>
                {t('forgot.submit')}
              </Button>
            </div>
          </Form>
        </div>
      )}
      <p>
        <Link href="/connexion">{t('common.backToSignIn')}</Link>
      </p>
    </Page>
  )
}
