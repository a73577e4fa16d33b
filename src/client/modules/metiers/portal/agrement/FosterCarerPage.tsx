import './agrement.css'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicMeetingView, RegisterBody } from '../../../../../shared/modules/metiers/agrement.contract'
import { PageState } from '../components/PageState'
import { Checkbox, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, type FieldErrors } from '../form-errors'
import { portalGet, portalSend } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { useFetched } from './useFetched'
import { agrementApiRoutes as api } from './agrement-api-routes'
import { formatMeetingTime } from './agrement-format'

const steps = ['reunion', 'dossier', 'complet', 'evaluation', 'decision', 'formation'] as const

type Draft = Omit<RegisterBody, 'phone'> & { phone: string }
const emptyDraft: Draft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  postcode: '',
  commune: '',
  consent: false,
}

function RegistrationForm({ meeting, onClose }: { meeting: PublicMeetingView; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [done, setDone] = useState<'new' | 'already' | null>(null)
  const [sending, setSending] = useState(false)
  const date = formatMeetingTime(meeting.startsAt, i18n.language)
  const set = (values: Partial<Draft>) => setDraft((d) => ({ ...d, ...values }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSending(true)
    setMessage(null)
    try {
      const { phone, ...rest } = draft
      const answer = await portalSend(api.register, {
        params: { id: meeting.id },
        body: { ...rest, ...(phone.trim() ? { phone } : {}) },
      })
      setErrors({})
      setDone(answer.alreadyRegistered ? 'already' : 'new')
    } catch (error) {
      const found = errorsOf(error, t('agrement.inscription.erreur'))
      setErrors(found.fields)
      setMessage(Object.keys(found.fields).length ? t('agrement.inscription.erreur') : found.message)
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSending(false)
    }
  }

  if (done)
    return (
      <div className="pf-alert pf-alert--success" role="status">
        <p>
          {done === 'new' ? t('agrement.inscription.faite', { date }) : t('agrement.inscription.dejaFaite')}
        </p>
        <p>
          <Link href="/metiers/compte/inscription">{t('agrement.inscription.espace')}</Link>
        </p>
      </div>
    )
  return (
    <form ref={form} className="pf-form pg-register" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('agrement.inscription.titre', { date })}</h3>
      {message ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="pg-register__grid">
        <TextInput
          label={t('agrement.inscription.prenom')}
          name="firstName"
          value={draft.firstName}
          onChange={(v) => set({ firstName: v })}
          autoComplete="given-name"
          required
          maxLength={100}
          error={errors.firstName}
        />
        <TextInput
          label={t('agrement.inscription.nom')}
          name="lastName"
          value={draft.lastName}
          onChange={(v) => set({ lastName: v })}
          autoComplete="family-name"
          required
          maxLength={100}
          error={errors.lastName}
        />
        <TextInput
          label={t('agrement.inscription.email')}
          name="email"
          type="email"
          value={draft.email}
          onChange={(v) => set({ email: v })}
          autoComplete="email"
          inputMode="email"
          help={t('agrement.inscription.emailAide')}
          required
          error={errors.email}
        />
        <TextInput
          label={t('agrement.inscription.telephone')}
          name="phone"
          type="tel"
          value={draft.phone}
          onChange={(v) => set({ phone: v })}
          autoComplete="tel"
          inputMode="tel"
          error={errors.phone}
        />
        <TextInput
          label={t('agrement.inscription.codePostal')}
          name="postcode"
          value={draft.postcode}
          onChange={(v) => set({ postcode: v })}
          autoComplete="postal-code"
          inputMode="numeric"
          required
          maxLength={5}
          error={errors.postcode}
        />
        <TextInput
          label={t('agrement.inscription.commune')}
          name="commune"
          value={draft.commune}
          onChange={(v) => set({ commune: v })}
          autoComplete="address-level2"
          required
          maxLength={100}
          error={errors.commune}
        />
      </div>
      <Checkbox
        label={t('agrement.inscription.consentement')}
        name="consent"
        checked={draft.consent}
        onChange={(consent) => set({ consent })}
        required
        error={errors.consent}
      />
      <div className="pf-form__actions">
        <button type="submit" className="pf-button pf-button--primary" disabled={sending}>
          {sending ? t('agrement.inscription.envoi') : t('agrement.inscription.envoyer')}
        </button>
        <button type="button" className="pf-button" onClick={onClose}>
          {t('agrement.inscription.annuler')}
        </button>
      </div>
    </form>
  )
}

function MeetingItem({ meeting }: { meeting: PublicMeetingView }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const date = formatMeetingTime(meeting.startsAt, i18n.language)
  const full = meeting.placesLeft === 0
  return (
    <li className="pf-card pg-meeting">
      <h3 className="pf-card__title">{date}</h3>
      <p className="pf-card__meta">{meeting.departement}</p>
      <p>
        {meeting.mode === 'visio'
          ? t('agrement.public.enVisio')
          : `${meeting.address}, ${meeting.postcode} ${meeting.commune}`}
      </p>
      <p className="pg-meeting__places">
        {full ? t('agrement.public.complet') : t('agrement.public.places', { count: meeting.placesLeft })}
      </p>
      {open ? (
        <RegistrationForm meeting={meeting} onClose={() => setOpen(false)} />
      ) : full ? null : (
        <button
          type="button"
          className="pf-button pf-button--primary"
          onClick={() => setOpen(true)}
          aria-label={t('agrement.public.sInscrireA', { date })}
        >
          {t('agrement.public.sInscrire')}
        </button>
      )}
    </li>
  )
}

/** `/metiers/assistant-familial`: the job, the steps of the agrément, and the next information meetings. */
export function FosterCarerPage() {
  const { t } = useTranslation()
  usePageTitle(t('agrement.public.titre'))
  const meetings = useFetched(() => portalGet(api.publicMeetings, {}))
  return (
    <div className="pf-page pg-page">
      <h1>{t('agrement.public.titre')}</h1>
      <p className="pf-lead">{t('agrement.public.intro')}</p>
      <section aria-labelledby="pg-steps">
        <h2 id="pg-steps">{t('agrement.public.etapesTitre')}</h2>
        <ol className="pg-steps">
          {steps.map((s) => (
            <li key={s}>{t(`agrement.public.etapes.${s}`)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="pg-meetings">
        <h2 id="pg-meetings">{t('agrement.public.reunionsTitre')}</h2>
        {meetings.data ? (
          meetings.data.length === 0 ? (
            <p>{t('agrement.public.aucuneReunion')}</p>
          ) : (
            <ul className="pg-meetings">
              {meetings.data.map((m) => (
                <MeetingItem key={m.id} meeting={m} />
              ))}
            </ul>
          )
        ) : (
          <PageState
            loading={meetings.loading}
            notFound={false}
            error={meetings.error}
            onRetry={meetings.reload}
            withHeading={false}
          />
        )}
      </section>
      <p className="pg-follow">
        <Link href="/metiers/compte/agrement">{t('agrement.public.suivi')}</Link>
      </p>
    </div>
  )
}
