import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  BookingBody,
  PublicAmbassadorView,
} from '../../../../../shared/modules/metiers/ambassadors.contract'
import { requesterKinds } from '../../../../../shared/modules/metiers/ambassadors.constants'
import { SelectField, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, type FieldErrors } from '../form-errors'
import { portalSend } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'
import { isolate } from './isolate'

type Draft = Required<Omit<BookingBody, 'requesterPhone'>> & { requesterPhone: string }

/** The request to meet an ambassador: its contact details go to the ambassador only. */
export function BookingForm({ ambassador }: { ambassador: PublicAmbassadorView }) {
  const { t } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<Draft>({
    requesterKind: 'etablissement',
    requesterName: '',
    requesterOrganisation: '',
    requesterEmail: '',
    requesterPhone: '',
    format: ambassador.formats[0] ?? 'distance',
    wishedDates: '',
    message: '',
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  /** A text key of ours, or the server's own message. */
  const [message, setMessage] = useState<{ key: string } | { text: string } | null>(null)
  const [sent, setSent] = useState(false)
  const [sending, setSending] = useState(false)
  const set = (values: Partial<Draft>) => setDraft((d) => ({ ...d, ...values }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSending(true)
    setMessage(null)
    try {
      const { requesterPhone, ...rest } = draft
      await portalSend(api.book, {
        params: { id: ambassador.id },
        body: { ...rest, requesterPhone: requesterPhone.trim() ? requesterPhone : null },
      })
      setSent(true)
    } catch (error) {
      const found = errorsOf(error, t('ambassadors.demande.erreur'))
      setErrors(found.fields)
      setMessage(
        Object.keys(found.fields).length ? { key: 'ambassadors.demande.erreur' } : { text: found.message },
      )
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSending(false)
    }
  }

  if (sent)
    return (
      <p className="pf-alert pf-alert--success" role="status">
        {t('ambassadors.demande.envoyee', { name: isolate(ambassador.displayName) })}
      </p>
    )
  const needsOrganisation = draft.requesterKind === 'etablissement' || draft.requesterKind === 'forum'
  return (
    <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('ambassadors.demande.intro', { name: isolate(ambassador.displayName) })}</p>
      {message ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {'key' in message ? t(message.key) : message.text}
        </p>
      ) : null}
      <SelectField
        label={t('ambassadors.demande.qui')}
        name="requesterKind"
        value={draft.requesterKind}
        onChange={(v) => set({ requesterKind: v as Draft['requesterKind'] })}
        options={requesterKinds.map((k) => ({ value: k, label: t(`ambassadors.demande.qui_${k}`) }))}
        error={errors.requesterKind}
      />
      <TextInput
        label={t('ambassadors.demande.nom')}
        name="requesterName"
        value={draft.requesterName}
        onChange={(v) => set({ requesterName: v })}
        autoComplete="name"
        required
        maxLength={120}
        error={errors.requesterName}
      />
      <TextInput
        label={t('ambassadors.demande.organisation')}
        name="requesterOrganisation"
        value={draft.requesterOrganisation}
        onChange={(v) => set({ requesterOrganisation: v })}
        autoComplete="organization"
        required={needsOrganisation}
        help={t('ambassadors.demande.organisationAide')}
        maxLength={160}
        error={errors.requesterOrganisation}
      />
      <TextInput
        label={t('ambassadors.demande.email')}
        name="requesterEmail"
        type="email"
        value={draft.requesterEmail}
        onChange={(v) => set({ requesterEmail: v })}
        autoComplete="email"
        inputMode="email"
        required
        error={errors.requesterEmail}
      />
      <TextInput
        label={t('ambassadors.demande.telephone')}
        name="requesterPhone"
        type="tel"
        value={draft.requesterPhone}
        onChange={(v) => set({ requesterPhone: v })}
        autoComplete="tel"
        inputMode="tel"
        error={errors.requesterPhone}
      />
      <SelectField
        label={t('ambassadors.demande.format')}
        name="format"
        value={draft.format}
        onChange={(v) => set({ format: v as Draft['format'] })}
        options={ambassador.formats.map((f) => ({ value: f, label: t(`ambassadors.formats.${f}`) }))}
        error={errors.format}
      />
      <TextInput
        label={t('ambassadors.demande.dates')}
        name="wishedDates"
        value={draft.wishedDates}
        onChange={(v) => set({ wishedDates: v })}
        help={t('ambassadors.demande.datesAide')}
        required
        maxLength={300}
        error={errors.wishedDates}
      />
      <TextArea
        label={t('ambassadors.demande.message')}
        name="message"
        value={draft.message}
        onChange={(v) => set({ message: v })}
        rows={4}
        maxLength={2000}
        error={errors.message}
      />
      <div className="pf-form__actions">
        <button type="submit" className="pf-button pf-button--primary" disabled={sending}>
          {sending ? t('ambassadors.demande.envoi') : t('ambassadors.demande.envoyer')}
        </button>
      </div>
    </form>
  )
}
