import './contact.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResponseOf } from '../../../../../shared/contract'
import { contactSubjects } from '../../../../../shared/modules/metiers/contact-subjects'
import type { metiersObservatoryContract } from '../../../../../shared/modules/metiers/observatory.contract'
import { Checkbox, SelectField, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, looksLikeEmail, type FieldErrors } from '../form-errors'
import { portalGet, portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'

type FormView = ResponseOf<typeof metiersObservatoryContract.contactForm>
type Sent = ResponseOf<typeof metiersObservatoryContract.contact>

const api = portalRoutes.metiersObservatory
const empty = { name: '', email: '', subject: '', message: '', answer: '', website: '' }

const longDate = (date: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  )

/** `/metiers/contact`: « Écrire à la plateforme », answered by the organisation the platform chose. */
export function ContactPage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('observatory.contact.titre'))
  const [form, setForm] = useState<FormView | null>(null)
  const [loadError, setLoadError] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const [values, setValues] = useState(empty)
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState<Sent | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const sentHeading = useRef<HTMLHeadingElement>(null)
  /** A field that changes no longer carries its former error. */
  const forget = (field: string) => {
    setMessage(null)
    setErrors((e) => {
      if (!(field in e)) return e
      const { [field]: _gone, ...rest } = e
      return rest
    })
  }
  const set = (field: keyof typeof empty) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    forget(field)
  }

  useEffect(() => {
    let live = true
    setLoadError(false)
    portalGet(api.contactForm, {})
      .then((f) => live && setForm(f))
      .catch(() => live && setLoadError(true))
    return () => {
      live = false
    }
  }, [attempt])

  function check(): FieldErrors {
    const found: FieldErrors = {}
    const required = t('observatory.contact.champVide')
    if (!values.name.trim()) found.name = required
    if (!values.email.trim()) found.email = required
    else if (!looksLikeEmail(values.email)) found.email = t('observatory.contact.emailInvalide')
    if (!values.subject) found.subject = required
    if (!values.message.trim()) found.message = required
    if (!values.answer.trim()) found.answer = required
    if (!consent) found.consent = t('observatory.contact.consentementManquant')
    return found
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!form?.question) return
    const found = check()
    setErrors(found)
    if (Object.keys(found).length) {
      setMessage(t('observatory.contact.formulaire'))
      requestAnimationFrame(() => focusFirstError(formRef.current))
      return
    }
    setSending(true)
    setMessage(null)
    try {
      const answer = await portalSend(api.contact, {
        body: {
          name: values.name,
          email: values.email,
          subject: values.subject as (typeof contactSubjects)[number],
          message: values.message,
          consent: true,
          questionId: form.question.id,
          answer: values.answer,
          ...(values.website ? { website: values.website } : {}),
        },
      })
      setSent(answer)
      requestAnimationFrame(() => sentHeading.current?.focus())
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('observatory.contact.general'))
      setErrors(fields)
      setMessage(Object.values(fields).includes(text) ? t('observatory.contact.formulaire') : text)
      requestAnimationFrame(() => focusFirstError(formRef.current))
    } finally {
      setSending(false)
    }
  }

  if (sent) {
    return (
      <div className="pf-page pk-page">
        <h1 ref={sentHeading} tabIndex={-1}>
          {t('observatory.contact.envoyeTitre')}
        </h1>
        <p className="pf-alert pf-alert--success" role="status">
          {t('observatory.contact.envoye', {
            organisation: sent.organisationName,
            reference: sent.reference,
          })}
        </p>
        <p>{t('observatory.contact.reponse', { date: longDate(sent.dueOn, i18n.language) })}</p>
        <p>
          <button
            type="button"
            className="pf-button"
            onClick={() => {
              setSent(null)
              setValues(empty)
              setConsent(false)
              setAttempt((n) => n + 1)
            }}
          >
            {t('observatory.contact.autre')}
          </button>
        </p>
      </div>
    )
  }

  return (
    <div className="pf-page pk-page">
      <h1>{t('observatory.contact.titre')}</h1>
      {loadError ? (
        <div className="pf-alert pf-alert--error" role="alert">
          <p>{t('observatory.contact.erreurChargement')}</p>
          <button type="button" className="pf-button" onClick={() => setAttempt((n) => n + 1)}>
            {t('observatory.contact.reessayer')}
          </button>
        </div>
      ) : !form ? (
        <p className="pf-loading" role="status">
          {t('observatory.contact.chargement')}
        </p>
      ) : !form.organisationName || !form.question ? (
        <p className="pf-alert" role="status">
          {t('observatory.contact.ferme')}
        </p>
      ) : (
        <>
          <p>{t('observatory.contact.intro', { organisation: form.organisationName })}</p>
          {form.announcedWorkingDays ? (
            <p className="pk-delay">{t('observatory.contact.delai', { count: form.announcedWorkingDays })}</p>
          ) : null}
          <form ref={formRef} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
            {message ? (
              <p className="pf-alert pf-alert--error" role="alert">
                {message}
              </p>
            ) : null}
            <TextInput
              label={t('observatory.contact.nom')}
              name="name"
              autoComplete="name"
              required
              value={values.name}
              onChange={set('name')}
              error={errors.name}
              maxLength={120}
            />
            <TextInput
              label={t('observatory.contact.email')}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              required
              help={t('observatory.contact.emailAide')}
              value={values.email}
              onChange={set('email')}
              error={errors.email}
              maxLength={254}
            />
            <SelectField
              label={t('observatory.contact.sujet')}
              name="subject"
              required
              value={values.subject}
              onChange={set('subject')}
              error={errors.subject}
              options={[
                { value: '', label: t('observatory.contact.choisir') },
                ...contactSubjects.map((s) => ({ value: s, label: t(`observatory.contact.sujets.${s}`) })),
              ]}
            />
            <TextArea
              label={t('observatory.contact.message')}
              name="message"
              required
              help={t('observatory.contact.messageAide')}
              value={values.message}
              onChange={set('message')}
              error={errors.message}
              rows={7}
              maxLength={5000}
            />
            <TextInput
              label={
                <>
                  {t('observatory.contact.question')} : <span dir="auto">{form.question.text}</span>
                </>
              }
              name="answer"
              autoComplete="off"
              required
              value={values.answer}
              onChange={set('answer')}
              error={errors.answer}
              maxLength={100}
            />
            {/* Left empty by people; hidden from sight and from screen readers, robots fill it. */}
            <div className="pk-trap" aria-hidden="true">
              <label htmlFor="contact-plateforme-site">{t('observatory.contact.piege')}</label>
              <input
                id="contact-plateforme-site"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
                value={values.website}
                onChange={(e) => set('website')(e.target.value)}
              />
            </div>
            <Checkbox
              label={t('observatory.contact.consentement', { organisation: form.organisationName })}
              name="consent"
              checked={consent}
              onChange={(checked) => {
                setConsent(checked)
                forget('consent')
              }}
              error={errors.consent}
              required
            />
            <div className="pf-form__actions">
              <button
                type="submit"
                className="pf-button pf-button--primary pf-button--wide"
                disabled={sending}
              >
                {sending ? t('observatory.contact.envoi') : t('observatory.contact.envoyer')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  )
}
