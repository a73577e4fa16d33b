import './retention.css'
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type {
  BookedCallbackView,
  FreeTimesView,
  ListeningLineView,
} from '../../../../../shared/modules/metiers/retention.contract'
import { Checkbox, SelectField, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, type FieldErrors } from '../form-errors'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { retentionApiRoutes } from './retention-api-routes'

const dayOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    timeZone: 'Europe/Paris',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(iso))
const hourOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  )
const fullOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    timeZone: 'Europe/Paris',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(iso))

/** `/metiers/ligne-ecoute`: a professional chooses a free time and is called back. */
export function ListeningPage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('retention.ecoute.titre'))
  const form = useRef<HTMLFormElement>(null)
  const [lines, setLines] = useState<ListeningLineView[] | null>(null)
  const [line, setLine] = useState('')
  const [free, setFree] = useState<FreeTimesView | null>(null)
  const [choice, setChoice] = useState('')
  const [firstName, setFirstName] = useState('')
  const [phone, setPhone] = useState('')
  const [email, setEmail] = useState('')
  const [topic, setTopic] = useState('')
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [booked, setBooked] = useState<BookedCallbackView | null>(null)

  useEffect(() => {
    portalGet(retentionApiRoutes.listeningLines, {})
      .then((found) => {
        setLines(found)
        if (found[0]) setLine(found[0].organisationId)
      })
      .catch(() => setLines([]))
  }, [])

  const loadTimes = useCallback(() => {
    if (!line) return
    setFree(null)
    portalGet(retentionApiRoutes.freeTimes, { params: { organisationId: line } })
      .then(setFree)
      .catch(() => setFree({ organisationName: '', times: [] }))
  }, [line])
  useEffect(loadTimes, [loadTimes])

  const byDay = new Map<string, NonNullable<FreeTimesView>['times']>()
  for (const time of free?.times ?? []) {
    const day = dayOf(time.startsAt, i18n.language)
    byDay.set(day, [...(byDay.get(day) ?? []), time])
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const [slotId, startsAt] = choice.split('|')
    if (!slotId || !startsAt) {
      setErrors({ startsAt: t('retention.ecoute.heure') })
      return
    }
    setSending(true)
    setMessage(null)
    try {
      const answer = await portalSend(retentionApiRoutes.bookCallback, {
        params: { organisationId: line },
        body: { slotId, startsAt, firstName, phone, email, topic, consent: consent as true },
      })
      setBooked(answer)
      setErrors({})
    } catch (error) {
      const found = errorsOf(error, t('retention.ecoute.erreur'))
      setErrors(found.fields)
      setMessage(found.message)
      if (error instanceof ApiError && error.status === 409) {
        setChoice('')
        loadTimes()
      }
      window.setTimeout(() => focusFirstError(form.current), 0)
    } finally {
      setSending(false)
    }
  }

  if (booked)
    return (
      <div className="pf-page pf-page--text">
        <h1>{t('retention.ecoute.titre')}</h1>
        <div className="pf-panel pf-panel--success" role="status">
          <h2 className="pf-panel__title">{t('retention.ecoute.confirme')}</h2>
          <p>
            {t('retention.ecoute.confirmeTexte', {
              date: fullOf(booked.startsAt, i18n.language),
              reference: booked.reference,
            })}
          </p>
          <p>
            <Link href={booked.cancelPath}>{t('retention.ecoute.annulerLien')}</Link>
          </p>
        </div>
      </div>
    )

  return (
    <div className="pf-page pf-page--text">
      <h1>{t('retention.ecoute.titre')}</h1>
      <p className="pf-lead">{t('retention.ecoute.intro')}</p>
      {lines === null ? (
        <p className="pf-loading" role="status">
          {t('portail.chargement')}
        </p>
      ) : lines.length === 0 ? (
        <p>{t('retention.ecoute.aucuneLigne')}</p>
      ) : (
        <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
          {message ? (
            <p className="pf-alert pf-alert--error" role="alert">
              {message}
            </p>
          ) : null}
          {lines.length > 1 ? (
            <SelectField
              name="ligne"
              label={t('retention.ecoute.ligne')}
              value={line}
              onChange={setLine}
              options={lines.map((l) => ({ value: l.organisationId, label: l.organisationName }))}
            />
          ) : (
            <p>
              <strong>{lines[0]!.organisationName}</strong>
            </p>
          )}
          <fieldset
            className="pf-field"
            aria-describedby={errors.startsAt ? 'ecoute-heure-erreur' : undefined}
          >
            <legend className="pf-field__label">{t('retention.ecoute.heure')}</legend>
            {errors.startsAt ? (
              <p id="ecoute-heure-erreur" className="pf-field__error">
                {errors.startsAt}
              </p>
            ) : null}
            {free === null ? (
              <p className="pf-loading">{t('portail.chargement')}</p>
            ) : free.times.length === 0 ? (
              <p>{t('retention.ecoute.aucuneHeure')}</p>
            ) : (
              [...byDay].map(([day, times]) => (
                <fieldset key={day} className="ecoute__day">
                  <legend>{day}</legend>
                  <div className="ecoute__times">
                    {times.map((time) => {
                      const value = `${time.slotId}|${time.startsAt}`
                      return (
                        <label key={value} className="ecoute__time">
                          <input
                            type="radio"
                            name="heure"
                            value={value}
                            checked={choice === value}
                            onChange={() => setChoice(value)}
                            aria-invalid={errors.startsAt ? true : undefined}
                          />
                          {hourOf(time.startsAt, i18n.language)} (
                          {t('retention.ecoute.duree', { minutes: time.minutes })})
                        </label>
                      )
                    })}
                  </div>
                </fieldset>
              ))
            )}
          </fieldset>
          <TextInput
            name="prenom"
            label={t('retention.ecoute.prenom')}
            required
            value={firstName}
            onChange={setFirstName}
            autoComplete="given-name"
            error={errors.firstName}
            maxLength={80}
          />
          <TextInput
            name="telephone"
            type="tel"
            inputMode="tel"
            label={t('retention.ecoute.telephone')}
            required
            value={phone}
            onChange={setPhone}
            autoComplete="tel"
            error={errors.phone}
          />
          <TextInput
            name="email"
            type="email"
            label={t('retention.ecoute.email')}
            help={t('retention.ecoute.emailAide')}
            value={email}
            onChange={setEmail}
            autoComplete="email"
            error={errors.email}
          />
          <TextArea
            name="sujet"
            label={t('retention.ecoute.sujet')}
            value={topic}
            onChange={setTopic}
            rows={3}
            maxLength={500}
            error={errors.topic}
          />
          <Checkbox
            name="accord"
            label={t('retention.ecoute.accord')}
            checked={consent}
            onChange={setConsent}
            required
            error={errors.consent}
          />
          <div className="pf-form__actions">
            <button type="submit" className="pf-button pf-button--primary" disabled={sending}>
              {sending ? t('retention.ecoute.envoi') : t('retention.ecoute.reserver')}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
