import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  AmbassadorProfileBody,
  AmbassadorSpaceView,
  MyAmbassadorView,
} from '../../../../../shared/modules/metiers/ambassadors.contract'
import {
  ambassadorFormats,
  ambassadorLanguages,
  defaultAmbassadorRadiusKm,
} from '../../../../../shared/modules/metiers/ambassadors.constants'
import { employerTypes } from '../../../../../shared/modules/metiers/metiers.constants'
import { Checkbox, SelectField, TextArea, TextInput } from '../components/fields'
import { errorsOf, focusFirstError, type FieldErrors } from '../form-errors'
import { portalSend } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'

type Draft = Omit<Required<AmbassadorProfileBody>, 'yearsInJob' | 'radiusKm'> & {
  yearsInJob: string
  radiusKm: string
}

function draftOf(space: AmbassadorSpaceView): Draft {
  const p = space.profile
  return {
    displayName: p?.displayName ?? space.suggestedName,
    jobId: p?.job.id ?? '',
    employerType: p?.employerType ?? 'association',
    yearsInJob: String(p?.yearsInJob ?? ''),
    story: p?.story ?? '',
    languages: (p?.languages ?? ['fr']) as Draft['languages'],
    formats: p?.formats ?? [],
    commune: p ? `${p.postcode} ${p.commune}`.trim() : '',
    radiusKm: String(p?.radiusKm ?? defaultAmbassadorRadiusKm),
    availability: p?.availability ?? '',
  }
}

const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value)

/** The ambassador's profile: written here, relu by the editors before it is published. */
export function AmbassadorProfileForm({
  space,
  onSaved,
}: {
  space: AmbassadorSpaceView
  onSaved: (profile: MyAmbassadorView) => void
}) {
  const { t } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<Draft>(() => draftOf(space))
  const [errors, setErrors] = useState<FieldErrors>({})
  /** A text key of ours, or the server's own message. */
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; key?: string; text?: string } | null>(
    null,
  )
  const [saving, setSaving] = useState(false)
  const set = (values: Partial<Draft>) => setDraft((d) => ({ ...d, ...values }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSaving(true)
    setMessage(null)
    try {
      const saved = await portalSend(api.saveProfile, {
        body: {
          ...draft,
          yearsInJob: Number(draft.yearsInJob === '' ? NaN : draft.yearsInJob),
          radiusKm: Number(draft.radiusKm === '' ? NaN : draft.radiusKm),
        },
      })
      setErrors({})
      setMessage({ kind: 'success', key: 'ambassadors.espace.enregistre' })
      onSaved(saved)
    } catch (error) {
      const found = errorsOf(error, t('ambassadors.espace.erreur'))
      setErrors(found.fields)
      setMessage({
        kind: 'error',
        ...(Object.keys(found.fields).length
          ? { key: 'ambassadors.espace.erreur' }
          : { text: found.message }),
      })
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
      {space.profile?.reviewState === 'publie' ? (
        <p className="pf-notice">{t('ambassadors.espace.repasse')}</p>
      ) : null}
      <TextInput
        label={t('ambassadors.espace.nomAffiche')}
        name="displayName"
        value={draft.displayName}
        onChange={(v) => set({ displayName: v })}
        help={t('ambassadors.espace.nomAfficheAide')}
        required
        maxLength={60}
        error={errors.displayName}
      />
      <SelectField
        label={t('ambassadors.espace.metier')}
        name="jobId"
        value={draft.jobId}
        onChange={(v) => set({ jobId: v })}
        required
        options={[
          { value: '', label: t('ambassadors.espace.choisir') },
          ...space.jobs.map((j) => ({ value: j.id, label: j.title })),
        ]}
        error={errors.jobId}
      />
      <SelectField
        label={t('ambassadors.espace.employeur')}
        name="employerType"
        value={draft.employerType}
        onChange={(v) => set({ employerType: v as Draft['employerType'] })}
        help={t('ambassadors.espace.employeurAide')}
        options={employerTypes.map((e) => ({ value: e, label: t(`libelles.employeur.${e}`) }))}
        error={errors.employerType}
      />
      <TextInput
        label={t('ambassadors.espace.annees')}
        name="yearsInJob"
        value={draft.yearsInJob}
        onChange={(v) => set({ yearsInJob: v })}
        inputMode="numeric"
        required
        maxLength={2}
        error={errors.yearsInJob}
      />
      <TextArea
        label={t('ambassadors.espace.recit')}
        name="story"
        value={draft.story}
        onChange={(v) => set({ story: v })}
        help={t('ambassadors.espace.recitAide')}
        required
        rows={6}
        maxLength={1500}
        error={errors.story}
      />
      <fieldset className="pa-choices" aria-describedby={errors.languages ? 'pa-langues-erreur' : undefined}>
        <legend className="pf-field__label">{t('ambassadors.espace.langues')}</legend>
        {ambassadorLanguages.map((l) => (
          <Checkbox
            key={l}
            name="languages"
            value={l}
            label={t(`ambassadors.langues.${l}`)}
            checked={draft.languages.includes(l)}
            onChange={(on) => set({ languages: toggle(draft.languages, l, on) })}
          />
        ))}
        {errors.languages ? (
          <p id="pa-langues-erreur" className="pf-field__error">
            {errors.languages}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="pa-choices" aria-describedby={errors.formats ? 'pa-formats-erreur' : undefined}>
        <legend className="pf-field__label">{t('ambassadors.espace.formats')}</legend>
        {ambassadorFormats.map((f) => (
          <Checkbox
            key={f}
            name="formats"
            value={f}
            label={t(`ambassadors.formats.${f}`)}
            checked={draft.formats.includes(f)}
            onChange={(on) => set({ formats: toggle(draft.formats, f, on) })}
            error={null}
          />
        ))}
        {errors.formats ? (
          <p id="pa-formats-erreur" className="pf-field__error">
            {errors.formats}
          </p>
        ) : null}
      </fieldset>
      <TextInput
        label={t('ambassadors.espace.commune')}
        name="commune"
        value={draft.commune}
        onChange={(v) => set({ commune: v })}
        help={t('ambassadors.espace.communeAide')}
        autoComplete="address-level2"
        required
        maxLength={120}
        error={errors.commune}
      />
      <TextInput
        label={t('ambassadors.espace.rayon')}
        name="radiusKm"
        value={draft.radiusKm}
        onChange={(v) => set({ radiusKm: v })}
        inputMode="numeric"
        maxLength={3}
        error={errors.radiusKm}
      />
      <TextInput
        label={t('ambassadors.espace.dispo')}
        name="availability"
        value={draft.availability}
        onChange={(v) => set({ availability: v })}
        maxLength={300}
        error={errors.availability}
      />
      {message ? (
        <p
          className={`pf-alert pf-alert--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.key ? t(message.key) : message.text}
        </p>
      ) : null}
      <div className="pf-form__actions">
        <button type="submit" className="pf-button pf-button--primary" disabled={saving}>
          {t('ambassadors.espace.enregistrer')}
        </button>
      </div>
    </form>
  )
}
