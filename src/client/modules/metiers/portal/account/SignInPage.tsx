import './account.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import { TextInput } from '../components/fields'
import { errorsOf, focusFirstError, looksLikeEmail, type FieldErrors } from '../form-errors'
import { portalSend, portalSession } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { accountRoutes } from './account-api'
import { PasswordField } from './PasswordField'
import { returnPath, useCandidateSession } from './useCandidateSession'

/**
 * `/metiers/compte/connexion`: signing in with the platform's own sign-in. A candidate lands back
 * where they were; a professional account that owes its second factor is sent to the workspace.
 */
export function SignInPage() {
  const { t } = useTranslation()
  usePageTitle(t('compte.connexion.titre'))
  const search = useSearch()
  const [, navigate] = useLocation()
  const session = useCandidateSession()
  const form = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState({ email: '', password: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [secondFactor, setSecondFactor] = useState(false)
  const asked = new URLSearchParams(search).has('retour')

  useEffect(() => {
    if (session.state === 'signedIn') navigate(returnPath(search), { replace: true })
  }, [session.state, search, navigate])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {}
    if (!looksLikeEmail(values.email))
      found.email = values.email.trim() ? t('compte.erreurs.emailInvalide') : t('compte.erreurs.champVide')
    if (!values.password) found.password = t('compte.erreurs.champVide')
    setErrors(found)
    if (Object.keys(found).length) {
      setMessage(t('compte.erreurs.formulaire'))
      requestAnimationFrame(() => focusFirstError(form.current))
      return
    }
    setSending(true)
    setMessage(null)
    try {
      const { stage } = await portalSend(accountRoutes.auth.login, { body: values })
      await portalSession(true).catch(() => null)
      if (stage === 'active') navigate(returnPath(search), { replace: true })
      else setSecondFactor(true)
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('compte.erreurs.general'))
      setErrors(fields)
      // The field already says it: the banner only points to the fields.
      setMessage(Object.values(fields).includes(text) ? t('compte.erreurs.formulaire') : text)
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="pf-page pc-page pc-narrow">
      <h1>{t('compte.connexion.titre')}</h1>
      {asked ? <p>{t('compte.connexion.requise')}</p> : null}
      {secondFactor ? (
        <div className="pf-alert" role="status">
          <p>{t('compte.connexion.secondFacteur')}</p>
          <p>
            <a href="/connexion">{t('compte.connexion.espaceTravail')}</a>
          </p>
        </div>
      ) : null}
      <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
        {message ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {message}
          </p>
        ) : null}
        <TextInput
          label={t('compte.champs.email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.email}
          maxLength={254}
        />
        <PasswordField
          label={t('compte.champs.motDePasse')}
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors.password}
        />
        <div className="pf-form__actions">
          <button type="submit" className="pf-button pf-button--primary pf-button--wide" disabled={sending}>
            {sending ? t('compte.connexion.envoi') : t('compte.connexion.envoyer')}
          </button>
        </div>
      </form>
      <p className="pc-aside">
        <a href="/mot-de-passe-oublie">{t('compte.connexion.oubli')}</a>
      </p>
      <p className="pc-aside">
        {t('compte.connexion.pasDeCompte')}{' '}
        <Link href="/metiers/compte/inscription">{t('compte.connexion.creer')}</Link>
      </p>
    </div>
  )
}
