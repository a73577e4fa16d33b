import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearchParams } from 'wouter'
import type { ResponseOf } from '../../../../shared/contract'
import { api, ApiError, call } from '../../../api'
import { useLabels } from '../../../app/labels'
import { useSession } from '../../../app/session'
import { NewPasswordFields } from '../../auth/components/NewPasswordFields'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'
import { isolate } from '../../../app/bidi'

type Invitation = ResponseOf<typeof api.organisations.readInvitation>

/** Join an organisation from the e-mailed link, creating the account if needed. */
export function InvitationPage() {
  const { t } = useTranslation()
  const labels = useLabels()
  const { refresh } = useSession()
  const [search] = useSearchParams()
  const [, navigate] = useLocation()
  const token = search.get('token') ?? ''
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [lookupError, setLookupError] = useState<string | null>(token ? null : t('invitation.noToken'))
  const form = useApiForm()
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')

  useEffect(() => {
    if (!token) return
    call(api.organisations.readInvitation, { body: { token } }).then(setInvitation, (e: unknown) =>
      setLookupError(e instanceof ApiError ? e.message : t('errors.unavailableText')),
    )
  }, [token, t])

  const submit = () => {
    if (invitation && !invitation.hasAccount && password !== confirmation) {
      return form.fail(t('password.mismatch'), 'confirmation')
    }
    return form.run(async () => {
      await call(api.organisations.acceptInvitation, {
        body: invitation?.hasAccount ? { token } : { token, displayName, password },
      })
      await refresh()
      navigate('/connexion?invitation=acceptee')
    })
  }

  return (
    <Page title={t('invitation.title')}>
      {lookupError ? <Alert tone="error">{lookupError}</Alert> : null}
      {!lookupError && !invitation ? <p className="loading">{t('common.loading')}</p> : null}
      {invitation ? (
        <div className="card">
          <p className="lead">
            {t('invitation.intro', { organisation: isolate(invitation.organisationName) })}
          </p>
          <dl className="facts">
            <dt>{t('invitation.email')}</dt>
            <dd dir="ltr">{invitation.email}</dd>
            <dt>{t('invitation.roles')}</dt>
            <dd>{labels.roles(invitation.roles)}</dd>
          </dl>
          <Form state={form} onSubmit={submit}>
            {invitation.hasAccount ? (
              <p>{t('invitation.hasAccount')}</p>
            ) : (
              <>
                <p>{t('invitation.createAccount')}</p>
                <TextField
                  label={t('invitation.displayName')}
                  description={t('invitation.displayNameHelp')}
                  name="displayName"
                  autoComplete="name"
                  value={displayName}
                  onChange={setDisplayName}
                  isRequired
                />
                <NewPasswordFields
                  name="password"
                  value={password}
                  onChange={setPassword}
                  confirmation={confirmation}
                  onConfirmationChange={setConfirmation}
                />
              </>
            )}
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={form.pending}>
                {t('invitation.accept')}
              </Button>
            </div>
          </Form>
        </div>
      ) : null}
      <p>
        <Link href="/connexion">{t('common.backToSignIn')}</Link>
      </p>
    </Page>
  )
}
