import { useTranslation } from 'react-i18next'
import { Redirect, useLocation, useSearchParams } from 'wouter'
import { api, call } from '../../../api'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Page } from '../../../ui/Page'
import { CodeForm } from '../components/CodeForm'
import { PasswordStep } from '../components/PasswordStep'
import { TotpEnrolment } from '../components/TotpEnrolment'

/** Sign-in: password, then the second factor (or its set-up), then the home page. */
export function SignInPage() {
  const { t } = useTranslation()
  const { session, refresh } = useSession()
  const [, navigate] = useLocation()
  const [search] = useSearchParams()

  const next = async () => {
    const s = await refresh()
    if (s?.stage === 'active') navigate('/')
  }

  const cancel = async () => {
    await call(api.auth.logout, { body: {} }).catch(() => undefined)
    await refresh()
  }

  const stage = session?.account ? session.stage : null
  switch (stage) {
    case 'active':
      return <Redirect to="/" replace />
    case 'totp':
      return (
        <Page title={t('signIn.codeTitle')} intro={t('signIn.codeIntro')}>
          <CodeForm
            submitLabel={t('signIn.codeSubmit')}
            onCode={(code) => call(api.auth.verifyTotp, { body: { code } }).then(next)}
          />
          <p>
            <button type="button" className="button button--quiet" onClick={() => void cancel()}>
              {t('signIn.cancel')}
            </button>
          </p>
        </Page>
      )
    case 'totp_enrolment':
      return (
        <Page title={t('signIn.enrolTitle')}>
          <TotpEnrolment onDone={next} />
          <p>
            <button type="button" className="button button--quiet" onClick={() => void cancel()}>
              {t('signIn.cancel')}
            </button>
          </p>
        </Page>
      )
    case null:
      return (
        <Page title={t('signIn.title')} intro={t('signIn.intro')}>
          {search.get('erreur') === 'proconnect' ? (
            <Alert tone="error">{t('signIn.proconnectError')}</Alert>
          ) : null}
          {search.get('invitation') === 'acceptee' ? (
            <Alert tone="success">{t('signIn.invitationAccepted')}</Alert>
          ) : null}
          {search.get('motdepasse') === 'change' ? (
            <Alert tone="success">{t('signIn.passwordChanged')}</Alert>
          ) : null}
          <div className="card">
            <PasswordStep onDone={next} />
          </div>
          {session?.proconnectEnabled ? (
            <div className="card card--alt">
              <p>{t('signIn.proconnectIntro')}</p>
              <a className="button button--proconnect" href="/api/auth/proconnect/login">
                {t('signIn.proconnect')}
              </a>
            </div>
          ) : null}
        </Page>
      )
    default: {
      const unreachable: never = stage
      return unreachable
    }
  }
}
