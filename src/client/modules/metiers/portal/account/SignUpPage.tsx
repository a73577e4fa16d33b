import './account.css'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { TextInput } from '../components/fields'
import { errorsOf, focusFirstError, looksLikeEmail, type FieldErrors } from '../form-errors'
import { portalSend } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { accountRoutes } from './account-api'
import { PasswordField } from './PasswordField'

const MIN_PASSWORD = 12

/** `/metiers/compte/inscription`: a candidate creates their account; a link confirms the address. */
export function SignUpPage() {
  const { t } = useTranslation()
  usePageTitle(t('compte.inscription.titre'))
  const form = useRef<HTMLFormElement>(null)
  const sentHeading = useRef<HTMLHeadingElement>(null)
  const [values, setValues] = useState({ email: '', firstName: '', lastName: '', password: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))

  function check(): FieldErrors {
    const found: FieldErrors = {}
    if (!values.email.trim()) found.email = t('compte.erreurs.champVide')
    else if (!looksLikeEmail(values.email)) found.email = t('compte.erreurs.emailInvalide')
    if (!values.firstName.trim()) found.firstName = t('compte.erreurs.champVide')
    if (!values.lastName.trim()) found.lastName = t('compte.erreurs.champVide')
    if (values.password.length < MIN_PASSWORD) found.password = t('compte.erreurs.motDePasseCourt')
    return found
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = check()
    setErrors(found)
    if (Object.keys(found).length) {
      setMessage(t('compte.erreurs.formulaire'))
      requestAnimationFrame(() => focusFirstError(form.current))
      return
    }
    setSending(true)
    setMessage(null)
    try {
      await portalSend(accountRoutes.metiersCandidates.signUp, { body: values })
      setSentTo(values.email.trim())
      requestAnimationFrame(() => sentHeading.current?.focus())
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

  if (sentTo) {
    return (
      <div className="pf-page pc-page pc-narrow">
        <h1 ref={sentHeading} tabIndex={-1}>
          {t('compte.inscription.envoyeeTitre')}
        </h1>
        <p className="pf-alert pf-alert--success" role="status">
          {t('compte.inscription.envoyee', { email: sentTo })}
        </p>
        <p>{t('compte.inscription.pasRecu')}</p>
      </div>
    )
  }

  return (
    <div className="pf-page pc-page pc-narrow">
      <h1>{t('compte.inscription.titre')}</h1>
      <p>{t('compte.inscription.intro')}</p>
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
          autoComplete="email"
          inputMode="email"
          required
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          maxLength={254}
        />
        <TextInput
          label={t('compte.champs.prenom')}
          name="firstName"
          autoComplete="given-name"
          required
          value={values.firstName}
          onChange={set('firstName')}
          error={errors.firstName}
          maxLength={80}
        />
        <TextInput
          label={t('compte.champs.nom')}
          name="lastName"
          autoComplete="family-name"
          required
          value={values.lastName}
          onChange={set('lastName')}
          error={errors.lastName}
          maxLength={80}
        />
        <PasswordField
          label={t('compte.champs.motDePasse')}
          name="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          help={t('compte.champs.motDePasseAide')}
          error={errors.password}
        />
        <div className="pf-form__actions">
          <button type="submit" className="pf-button pf-button--primary pf-button--wide" disabled={sending}>
            {sending ? t('compte.inscription.envoi') : t('compte.inscription.envoyer')}
          </button>
        </div>
      </form>
      <p className="pc-aside">
        {t('compte.inscription.dejaCompte')}{' '}
        <Link href="/metiers/compte/connexion">{t('compte.connexion.titre')}</Link>
      </p>
    </div>
  )
}
