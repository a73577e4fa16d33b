import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type {
  PublicEventView,
  RegistrationPrefillView,
  RegistrationView,
} from '../../../../../shared/modules/metiers/events.contract'
import { isolate } from '../../../../app/bidi'
import { Checkbox, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, looksLikeEmail, type FieldErrors } from '../form-errors'
import { portalGet, portalSend, portalSession } from '../portal-api'
import { portalRoutes } from '../portal-routes'

interface Draft {
  firstName: string
  lastName: string
  email: string
  phone: string
  accessibilityNeeds: string
  consent: boolean
}

const emptyDraft: Draft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  accessibilityNeeds: '',
  consent: false,
}

/** A signed-in candidate's details and registration, or null for a visitor. */
async function prefillOf(slug: string): Promise<RegistrationPrefillView | null> {
  try {
    const session = await portalSession()
    if (!session.account) return null
    return await portalGet(portalRoutes.metiersEvents.prefill, { params: { slug } })
  } catch {
    return null
  }
}

/** Registering: name, e-mail, phone and needs (optional), consent. Full: the waiting list. */
export function RegisterForm({ event }: { event: PublicEventView }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [prefill, setPrefill] = useState<RegistrationPrefillView | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [done, setDone] = useState<(RegistrationView & { email: string }) | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const success = useRef<HTMLHeadingElement>(null)
  const full = event.seatsLeft === 0

  useEffect(() => {
    let current = true
    void prefillOf(event.slug).then((found) => {
      if (!current || !found) return
      setPrefill(found)
      setDraft((d) => ({
        ...d,
        firstName: d.firstName || found.firstName,
        lastName: d.lastName || found.lastName,
        email: d.email || found.email,
      }))
    })
    return () => {
      current = false
    }
  }, [event.slug])
  useEffect(() => {
    if (done) success.current?.focus()
  }, [done])

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }))

  const check = (): FieldErrors => {
    const found: FieldErrors = {}
    if (!draft.firstName.trim()) found.firstName = t('events.form.champVide')
    if (!draft.lastName.trim()) found.lastName = t('events.form.champVide')
    if (!draft.email.trim()) found.email = t('events.form.champVide')
    else if (!looksLikeEmail(draft.email)) found.email = t('events.form.emailInvalide')
    if (!draft.consent) found.consent = t('events.form.consentementRequis')
    return found
  }
  const fail = (fields: FieldErrors, text: string) => {
    setErrors(fields)
    setMessage(text)
    requestAnimationFrame(() => focusFirstError(form.current))
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (sending) return
    const found = check()
    if (Object.keys(found).length) return fail(found, t('events.form.erreurs'))
    setErrors({})
    setMessage(null)
    setSending(true)
    try {
      const answer = await portalSend(portalRoutes.metiersEvents.register, {
        params: { slug: event.slug },
        body: {
          firstName: draft.firstName.trim(),
          lastName: draft.lastName.trim(),
          email: draft.email.trim(),
          ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
          accessibilityNeeds: draft.accessibilityNeeds,
          consent: draft.consent,
        },
      })
      setDone({ ...answer, email: draft.email.trim() })
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('portail.erreur.texte'))
      fail(fields, text)
    } finally {
      setSending(false)
    }
  }

  if (done) {
    return (
      <section className="pf-panel pf-panel--success" aria-labelledby="ev-inscrit">
        <h2 id="ev-inscrit" ref={success} tabIndex={-1} className="pf-panel__title">
          {t('events.inscrit.titre')}
        </h2>
        <p>
          {done.state === 'inscrit'
            ? t('events.inscrit.place', { email: isolate(done.email) })
            : t('events.inscrit.attente', { email: isolate(done.email), position: done.position ?? 1 })}
        </p>
        <p>
          <Link href={done.managePath} className="pf-button pf-button--primary">
            {t('events.form.voirInscription')}
          </Link>
        </p>
      </section>
    )
  }
  if (prefill?.managePath) {
    return (
      <section className="pf-panel" aria-labelledby="ev-deja">
        <h2 id="ev-deja" className="pf-panel__title">
          {t('events.form.dejaInscrit')}
        </h2>
        <p>
          <Link href={prefill.managePath} className="pf-button pf-button--primary">
            {t('events.form.voirInscription')}
          </Link>
        </p>
      </section>
    )
  }
  return (
    <section className="pf-panel" aria-labelledby="ev-inscription" id="inscription">
      <h2 id="ev-inscription" className="pf-panel__title">
        {full ? t('events.form.attenteTitre') : t('events.form.titre')}
      </h2>
      <p className={full ? 'pf-notice' : 'small'}>
        {full ? t('events.form.attenteIntro') : t('events.places', { count: event.seatsLeft ?? 0 })}
      </p>
      {prefill ? <p className="small">{t('events.form.compteConnecte')}</p> : null}
      <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
        {message ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="pf-form__row">
          <TextInput
            label={t('events.form.prenom')}
            name="firstName"
            autoComplete="given-name"
            value={draft.firstName}
            onChange={set('firstName')}
            error={errors.firstName}
            maxLength={100}
            required
          />
          <TextInput
            label={t('events.form.nom')}
            name="lastName"
            autoComplete="family-name"
            value={draft.lastName}
            onChange={set('lastName')}
            error={errors.lastName}
            maxLength={100}
            required
          />
        </div>
        <TextInput
          label={t('events.form.email')}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          value={draft.email}
          onChange={set('email')}
          help={t('events.form.emailAide')}
          error={errors.email}
          required
        />
        <TextInput
          label={t('events.form.telephone')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={draft.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextArea
          label={t('events.form.besoins')}
          name="accessibilityNeeds"
          value={draft.accessibilityNeeds}
          onChange={set('accessibilityNeeds')}
          help={t('events.form.besoinsAide')}
          error={errors.accessibilityNeeds}
          rows={3}
          maxLength={1000}
        />
        <Checkbox
          name="consent"
          label={t('events.form.consentement', { organiser: isolate(event.organiserName) })}
          checked={draft.consent}
          onChange={set('consent')}
          error={errors.consent}
          required
        />
        <div className="pf-form__actions">
          <button type="submit" className="pf-button pf-button--primary pf-button--wide" disabled={sending}>
            {sending ? t('events.form.envoi') : t('events.form.envoyer')}
          </button>
        </div>
      </form>
    </section>
  )
}
