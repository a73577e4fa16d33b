import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateProfileView } from '../../../../../shared/modules/metiers/candidates.contract'
import { TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, type FieldErrors } from '../form-errors'
import { portalSend } from '../portal-api'
import { accountRoutes } from './account-api'

/** The profile's details, reused when applying. */
export function ProfileForm({
  profile,
  onSaved,
}: {
  profile: CandidateProfileView
  onSaved: (p: CandidateProfileView) => void
}) {
  const { t } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState({
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: profile.phone ?? '',
    city: profile.city,
    presentation: profile.presentation,
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {}
    if (!values.firstName.trim()) found.firstName = t('compte.erreurs.champVide')
    if (!values.lastName.trim()) found.lastName = t('compte.erreurs.champVide')
    setErrors(found)
    if (Object.keys(found).length) {
      setMessage({ kind: 'error', text: t('compte.erreurs.formulaire') })
      requestAnimationFrame(() => focusFirstError(form.current))
      return
    }
    setSaving(true)
    setMessage(null)
    try {
      const saved = await portalSend(accountRoutes.metiersCandidates.updateProfile, {
        body: { ...values, phone: values.phone.trim() ? values.phone : null },
      })
      onSaved(saved)
      setMessage({ kind: 'success', text: t('compte.profil.enregistre') })
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('compte.erreurs.general'))
      setErrors(fields)
      setMessage({ kind: 'error', text })
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('compte.profil.intro')}</p>
      <div className="pf-form__row">
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
      </div>
      <p className="pc-readonly">
        <span className="pf-field__label">{t('compte.champs.email')}</span>{' '}
        <span dir="ltr">{profile.email}</span>
      </p>
      <TextInput
        label={t('compte.champs.telephone')}
        name="phone"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        value={values.phone}
        onChange={set('phone')}
        help={t('compte.champs.telephoneAide')}
        error={errors.phone}
        maxLength={30}
      />
      <TextInput
        label={t('compte.champs.commune')}
        name="city"
        autoComplete="address-level2"
        value={values.city}
        onChange={set('city')}
        help={t('compte.champs.communeAide')}
        error={errors.city}
        maxLength={120}
      />
      <TextArea
        label={t('compte.champs.presentation')}
        name="presentation"
        rows={6}
        value={values.presentation}
        onChange={set('presentation')}
        help={t('compte.champs.presentationAide')}
        error={errors.presentation}
        maxLength={2000}
      />
      {message ? (
        <p
          className={`pf-alert pf-alert--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      <div className="pf-form__actions">
        <button type="submit" className="pf-button pf-button--primary" disabled={saving}>
          {saving ? t('compte.profil.enregistrement') : t('compte.profil.enregistrer')}
        </button>
      </div>
    </form>
  )
}
