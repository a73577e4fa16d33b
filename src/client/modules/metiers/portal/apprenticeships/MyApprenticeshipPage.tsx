import '../account/account.css'
import './apprenticeships.css'
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type {
  ApprenticeshipOptionsView,
  CandidateSpaceView,
} from '../../../../../shared/modules/metiers/apprenticeships.contract'
import { travelModes, type TravelMode } from '../../../../../shared/modules/metiers/apprenticeships-rules'
import { AccountPage } from '../account/AccountFrame'
import { Checkbox, SelectField, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, type FieldErrors } from '../form-errors'
import { portalGet, portalSend } from '../portal-api'
import { apprenticeshipsApiRoutes as api } from './apprenticeships-api-routes'
import { SeatCard } from './SeatCard'

const contactPath = (id: string) => `/metiers/compte/apprentissage/contacts/${id}`

/** The request form: jobs, place, mobility, start, training centre, presentation. */
function RequestForm({
  space,
  options,
  onSaved,
}: {
  space: CandidateSpaceView
  options: ApprenticeshipOptionsView
  onSaved: (next: CandidateSpaceView) => void
}) {
  const { t } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  const r = space.request
  const [jobIds, setJobIds] = useState<string[]>(r?.jobIds ?? [])
  const [postcode, setPostcode] = useState(r?.postcode ?? '')
  const [commune, setCommune] = useState(r?.commune ?? '')
  const [byTime, setByTime] = useState(r ? r.mobilityMinutes !== null : false)
  const [km, setKm] = useState(String(r?.mobilityKm ?? 20))
  const [minutes, setMinutes] = useState(String(r?.mobilityMinutes ?? 30))
  const [mode, setMode] = useState<TravelMode>(r?.travelMode ?? 'transports')
  const [startMonth, setStartMonth] = useState(r?.startMonth ?? '')
  const [centre, setCentre] = useState(r?.trainingCentreId ?? '')
  const [presentation, setPresentation] = useState(r?.presentation ?? '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const k = 'apprenticeships.mine'
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSaving(true)
    setMessage(null)
    setErrors({})
    try {
      const next = await portalSend(api.saveRequest, {
        body: {
          jobIds,
          postcode,
          commune,
          mobilityKm: byTime ? null : Number(km),
          mobilityMinutes: byTime ? Number(minutes) : null,
          travelMode: byTime ? mode : null,
          startMonth,
          trainingCentreId: centre || null,
          presentation,
        },
      })
      onSaved(next)
      setMessage({ kind: 'success', text: t(`${k}.saved`) })
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('apprenticeships.error'))
      setErrors(fields)
      setMessage({ kind: 'error', text })
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSaving(false)
    }
  }
  return (
    <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="pa-fieldset">
        <legend className="pf-field__label">{t(`${k}.jobs`)}</legend>
        {options.jobs.map((job) => (
          <Checkbox
            key={job.id}
            label={job.title}
            name="jobIds"
            value={job.id}
            checked={jobIds.includes(job.id)}
            onChange={(on) => setJobIds((ids) => (on ? [...ids, job.id] : ids.filter((id) => id !== job.id)))}
          />
        ))}
        {errors.jobIds ? <p className="pf-field__error">{errors.jobIds}</p> : null}
      </fieldset>
      <div className="pf-form__row">
        <TextInput
          label={t(`${k}.postcode`)}
          name="postcode"
          inputMode="numeric"
          required
          value={postcode}
          onChange={setPostcode}
          error={errors.postcode}
          maxLength={5}
        />
        <TextInput
          label={t(`${k}.commune`)}
          name="commune"
          required
          value={commune}
          onChange={setCommune}
          error={errors.commune}
          maxLength={120}
        />
      </div>
      <fieldset className="pa-fieldset">
        <legend className="pf-field__label">{t(`${k}.mobility`)}</legend>
        <Checkbox label={t(`${k}.byTime`)} name="byTime" checked={byTime} onChange={setByTime} />
        {byTime ? (
          <div className="pf-form__row">
            <TextInput
              label={t(`${k}.minutes`)}
              name="mobilityMinutes"
              inputMode="numeric"
              value={minutes}
              onChange={setMinutes}
              error={errors.mobilityMinutes}
            />
            <SelectField
              label={t(`${k}.mode`)}
              name="travelMode"
              value={mode}
              onChange={(v) => setMode(v as TravelMode)}
              options={travelModes.map((m) => ({ value: m, label: t(`${k}.modes.${m}`) }))}
              error={errors.travelMode}
            />
          </div>
        ) : (
          <TextInput
            label={t(`${k}.km`)}
            name="mobilityKm"
            inputMode="numeric"
            value={km}
            onChange={setKm}
            error={errors.mobilityKm}
          />
        )}
      </fieldset>
      <TextInput
        label={t(`${k}.startMonth`)}
        name="startMonth"
        required
        value={startMonth}
        onChange={setStartMonth}
        help={t(`${k}.startHelp`)}
        error={errors.startMonth}
        maxLength={7}
      />
      <SelectField
        label={t(`${k}.centre`)}
        name="trainingCentreId"
        value={centre}
        onChange={setCentre}
        options={[
          { value: '', label: t(`${k}.noCentre`) },
          ...options.trainingCentres.map((c) => ({ value: c.id, label: `${c.name} (${c.commune})` })),
        ]}
        error={errors.trainingCentreId}
      />
      <TextArea
        label={t(`${k}.presentation`)}
        name="presentation"
        rows={4}
        value={presentation}
        onChange={setPresentation}
        error={errors.presentation}
        maxLength={1500}
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
          {r ? t(`${k}.update`) : t(`${k}.save`)}
        </button>
      </div>
    </form>
  )
}

/** Asks the employer of a seat for a contact, with a first message. */
function AskContact({ seatId, onSent }: { seatId: string; onSent: () => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const k = 'apprenticeships.mine'
  if (!open)
    return (
      <button type="button" className="pf-button" onClick={() => setOpen(true)}>
        {t(`${k}.ask`)}
      </button>
    )
  const send = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await portalSend(api.candidateContact, { params: { id: seatId }, body: { message: text } })
      onSent()
    } catch (err) {
      setError(errorsOf(err, t('apprenticeships.error')).message)
    }
  }
  return (
    <form className="pf-form" onSubmit={(e) => void send(e)} noValidate>
      <TextArea
        label={t(`${k}.askMessage`)}
        name="message"
        rows={3}
        required
        value={text}
        onChange={setText}
        error={error}
        maxLength={2000}
      />
      <button type="submit" className="pf-button pf-button--primary">
        {t(`${k}.send`)}
      </button>
    </form>
  )
}

function SpaceContent() {
  const { t } = useTranslation()
  const [space, setSpace] = useState<CandidateSpaceView | null>(null)
  const [options, setOptions] = useState<ApprenticeshipOptionsView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    setError(null)
    Promise.all([portalGet(api.mySpace, {}), portalGet(api.options, {})])
      .then(([s, o]) => {
        setSpace(s)
        setOptions(o)
      })
      .catch((e: unknown) => setError(errorsOf(e, t('apprenticeships.error')).message))
  }, [t])
  useEffect(load, [load])
  const k = 'apprenticeships.mine'
  if (error)
    return (
      <p className="pf-alert pf-alert--error" role="alert">
        {error}
      </p>
    )
  if (!space || !options)
    return (
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    )
  const move = async (state: 'active' | 'en_pause' | 'close') =>
    setSpace(await portalSend(api.changeRequestState, { body: { state } }))
  return (
    <>
      <p>{t(`${k}.intro`)}</p>
      {space.request ? (
        <>
          <p>
            <strong>{t(`${k}.state`, { state: t(`${k}.states.${space.request.state}`) })}</strong>
          </p>
          <div className="pa-actions">
            {space.request.state === 'active' ? (
              <button type="button" className="pf-button" onClick={() => void move('en_pause')}>
                {t(`${k}.pause`)}
              </button>
            ) : (
              <button type="button" className="pf-button" onClick={() => void move('active')}>
                {t(`${k}.resume`)}
              </button>
            )}
            {space.request.state !== 'close' ? (
              <button type="button" className="pf-button" onClick={() => void move('close')}>
                {t(`${k}.close`)}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      <RequestForm space={space} options={options} onSaved={setSpace} />

      {space.request ? (
        <section aria-labelledby="pa-matches">
          <h2 id="pa-matches">{t(`${k}.matchesTitle`)}</h2>
          {space.matches.length === 0 ? (
            <p>{t(`${k}.noMatches`)}</p>
          ) : (
            <ol className="pa-list">
              {space.matches.map((match) => (
                <SeatCard key={match.seat.id} seat={match.seat}>
                  <p>
                    <strong>{t(`${k}.score`, { score: match.score })}</strong>
                  </p>
                  <p className="pf-field__label">{t(`${k}.why`)}</p>
                  <ul className="pa-reasons" lang="fr">
                    {match.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                  {match.contact ? (
                    <Link href={contactPath(match.contact.id)}>
                      {t(`${k}.seeContact`, {
                        state: t(`apprenticeships.contactStates.${match.contact.state}`),
                      })}
                    </Link>
                  ) : space.request?.state === 'active' ? (
                    <AskContact seatId={match.seat.id} onSent={load} />
                  ) : null}
                </SeatCard>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      <section aria-labelledby="pa-contacts">
        <h2 id="pa-contacts">{t(`${k}.contactsTitle`)}</h2>
        {space.contacts.length === 0 ? (
          <p>{t(`${k}.noContacts`)}</p>
        ) : (
          <ul>
            {space.contacts.map((c) => (
              <li key={c.id}>
                <Link href={contactPath(c.id)}>
                  {c.seat.title} · {c.seat.employerName}
                </Link>{' '}
                · {t(`apprenticeships.contactStates.${c.state}`)} · {t(`${k}.from.${c.initiatedBy}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

/** The candidate's apprenticeship space: their request, the seats that match it and their contacts. */
export function MyApprenticeshipPage() {
  const { t } = useTranslation()
  return <AccountPage title={t('apprenticeships.mine.title')}>{() => <SpaceContent />}</AccountPage>
}
