import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearchParams } from 'wouter'
import { api, call } from '../../../api'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { NewPasswordFields } from '../components/NewPasswordFields'

/** Choose a new password with the link received by e-mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation()
  const [search] = useSearchParams()
  const [, navigate] = useLocation()
  const token = search.get('token') ?? ''
  const form = useApiForm()
  const [newPassword, setNewPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')

  const submit = () => {
    if (newPassword !== confirmation) return form.fail(t('password.mismatch'), 'confirmation')
    return form.run(async () => {
      await call(api.auth.resetPassword, { body: { token, newPassword } })
      navigate('/connexion?motdepasse=change')
    })
  }

  return (
    <Page title={t('reset.title')}>
      {token ? (
        <div className="card">
          <Form state={form} onSubmit={submit}>
            <NewPasswordFields
              name="newPassword"
              value={newPassword}
              onChange={setNewPassword}
              confirmation={confirmation}
              onConfirmationChange={setConfirmation}
            />
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={form.pending}>
                {t('reset.submit')}
              </Button>
            </div>
          </Form>
        </div>
      ) : (
        <Alert tone="error">{t('reset.noToken')}</Alert>
      )}
      <p>
        <Link href="/connexion">{t('common.backToSignIn')}</Link>
      </p>
    </Page>
  )
}
