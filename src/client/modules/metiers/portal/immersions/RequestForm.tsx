import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicImmersionView } from '../../../../../shared/modules/metiers/immersions.contract'
import {
  immersionObjectives,
  type ImmersionObjective,
} from '../../../../../shared/modules/metiers/immersions.constants'
import { Checkbox, SelectField, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError } from '../form-errors'
import { portalSend } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { DateInput } from './DateInput'

/** The request: who, why, which days; the account's e-mail is the one the host writes to. */
export function RequestForm({ offer, displayName }: { offer: PublicImmersionView; displayName: string }) {
  const { t } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  const [first, ...rest] = displayName.split(' ')
  const [values, setValues] = useState({
    firstName: first ?? '',
    lastName: rest.join(' '),
    phone: '',
    objective: 'decouvrir_metier' as ImmersionObjective,
    startDate: '',
    endDate: '',
    message: '',
    consent: false,
  })
  const [errors, setErrors] = useState<{ fields: Record<string, string>; message: string } | null>(null)
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState(false)
  const set = (key: keyof typeof values) => (value: string | boolean) =>
    setValues((v) => ({ ...v, [key]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    try {
      await portalSend(portalRoutes.metiersImmersions.request, {
        params: { id: offer.id },
        body: {
          firstName: values.firstName,
          lastName: values.lastName,
          ...(values.phone.trim() ? { phone: values.phone } : {}),
          objective: values.objective,
          startDate: values.startDate,
          endDate: values.endDate,
          message: values.message,
          consent: values.consent,
        },
      })
      setSent(true)
      setErrors(null)
    } catch (e) {
      const refused = errorsOf(e, t('immersions.fiche.erreur'))
      // Field by field, the fields say it; the summary says what to do in plain words.
      setErrors(
        Object.keys(refused.fields).length > 0
          ? { ...refused, message: t('immersions.fiche.erreur') }
          : refused,
      )
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSending(false)
    }
  }

  if (sent)
    return (
      <>
        <p className="pf-alert pf-alert--success" role="status">
          {t('immersions.fiche.envoyee')}
        </p>
        <p>
          <Link href="/metiers/compte/immersions" className="pf-button pf-button--primary">
            {t('immersions.fiche.mesDemandes')}
          </Link>
        </p>
      </>
    )

  const f = errors?.fields ?? {}
  return (
    <form
      ref={form}
      className="pf-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('immersions.fiche.demander')}
    >
      {errors ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {errors.message}
        </p>
      ) : null}
      <TextInput
        label={t('immersions.fiche.prenom')}
        name="firstName"
        value={values.firstName}
        onChange={set('firstName')}
        error={f.firstName}
        required
        autoComplete="given-name"
      />
      <TextInput
        label={t('immersions.fiche.nom')}
        name="lastName"
        value={values.lastName}
        onChange={set('lastName')}
        error={f.lastName}
        required
        autoComplete="family-name"
      />
      <TextInput
        label={t('immersions.fiche.telephone')}
        help={t('immersions.fiche.telephoneAide')}
        name="phone"
        type="tel"
        value={values.phone}
        onChange={set('phone')}
        error={f.phone}
        autoComplete="tel"
      />
      <SelectField
        label={t('immersions.fiche.objectif')}
        name="objective"
        value={values.objective}
        onChange={set('objective')}
        error={f.objective}
        options={immersionObjectives.map((o) => ({ value: o, label: t(`immersions.objectifs.${o}`) }))}
      />
      <div className="pi-dates">
        <DateInput
          label={t('immersions.fiche.debut')}
          name="startDate"
          value={values.startDate}
          min={offer.firstDay}
          max={offer.availableTo}
          onChange={set('startDate')}
          error={f.startDate}
        />
        <DateInput
          label={t('immersions.fiche.fin')}
          name="endDate"
          value={values.endDate}
          min={values.startDate || offer.firstDay}
          max={offer.availableTo}
          onChange={set('endDate')}
          error={f.endDate}
        />
      </div>
      <TextArea
        label={t('immersions.fiche.message')}
        help={t('immersions.fiche.messageAide')}
        name="message"
        value={values.message}
        onChange={set('message')}
        error={f.message}
        rows={4}
      />
      <Checkbox
        label={t('immersions.fiche.consentement')}
        name="consent"
        checked={values.consent}
        onChange={set('consent')}
        error={f.consent}
      />
      <div className="pf-form__actions">
        <button type="submit" className="pf-button pf-button--primary" disabled={sending}>
          {t('immersions.fiche.envoyer')}
        </button>
      </div>
    </form>
  )
}
