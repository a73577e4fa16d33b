import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import {
  directoryThemes,
  entryStatuses,
  languages,
  publics,
  referralModes,
  subThemes,
  themeOfSubTheme,
  type DirectoryTheme,
  type EntryStatus,
  type Language,
  type Public,
  type ReferralMode,
  type SubTheme,
} from '../../../../../shared/modules/partenaires/directory.constants'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { HoursEditor } from '../components/HoursEditor'
import { hoursOfDraft, weekDraftOf, type WeekDraft } from '../hours-draft'
import { NativeField } from '../../../../ui/NativeField'
import { keepKnown, useDirectoryLabels } from '../directory.labels'
import { directoryApi, myStructuresHref, structureHref, type Service } from '../directory.queries'
import { changedFields, numberOrNull, orNull, proposalSentQuery } from '../entry-forms'
import '../directory.css'

interface Draft {
  placeId: string
  name: string
  description: string
  themes: DirectoryTheme[]
  subThemes: SubTheme[]
  publics: Public[]
  ageMin: string
  ageMax: string
  accessConditions: string
  languages: Language[]
  referralMode: ReferralMode
  whatToBring: string
  phone: string
  email: string
  ownHours: boolean
  week: WeekDraft
  status: EntryStatus
}

const draftOf = (s: Service | null, defaultPlace: string): Draft => ({
  placeId: s ? (s.placeId ?? '') : defaultPlace,
  name: s?.name ?? '',
  description: s?.description ?? '',
  themes: s?.themes ?? [],
  subThemes: s?.subThemes ?? [],
  publics: s?.publics ?? [],
  ageMin: s?.ageMin != null ? String(s.ageMin) : '',
  ageMax: s?.ageMax != null ? String(s.ageMax) : '',
  accessConditions: s?.accessConditions ?? '',
  languages: s?.languages ?? ['fr'],
  referralMode: s?.referralMode ?? 'sans_rdv',
  whatToBring: s?.whatToBring ?? '',
  phone: s?.phone ?? '',
  email: s?.email ?? '',
  ownHours: Boolean(s?.openingHours),
  week: weekDraftOf(s?.openingHours),
  status: s?.status ?? 'publiee',
})

const bodyOf = (d: Draft) => ({
  placeId: d.placeId || null,
  name: d.name.trim(),
  description: d.description.trim(),
  themes: d.themes,
  subThemes: d.subThemes,
  publics: d.publics,
  ageMin: numberOrNull(d.ageMin),
  ageMax: numberOrNull(d.ageMax),
  accessConditions: d.accessConditions.trim(),
  languages: d.languages,
  referralMode: d.referralMode,
  whatToBring: d.whatToBring.trim(),
  phone: orNull(d.phone),
  email: orNull(d.email),
  openingHours: d.ownHours ? hoursOfDraft(d.week) : null,
})

/** A service of a structure: what it does, for whom, where, in which languages, how to be received, its hours. */
export function ServiceFormPage() {
  const { t } = useTranslation()
  const labels = useDirectoryLabels()
  const params = useParams<{ structureId: string; serviceId: string }>()
  const structureId = params.structureId
  const serviceId = params.serviceId === 'nouveau' ? null : params.serviceId
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(directoryApi.getStructure, { params: { id: structureId } }))
  const structure = loaded.data
  const service = serviceId ? (structure?.services.find((s) => s.id === serviceId) ?? null) : null
  const [draft, setDraft] = useState<Draft>(draftOf(null, ''))
  useEffect(() => {
    if (structure) setDraft(draftOf(service, structure.places[0]?.id ?? ''))
  }, [structure, service])
  const form = useApiForm()
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const proposing = Boolean(structure && !structure.abilities.edit && structure.abilities.proposeChanges)

  const submit = async () => {
    if (!structure) return
    const body = bodyOf(draft)
    if (proposing) {
      const after = service ? changedFields(bodyOf(draftOf(service, '')), body) : body
      if (Object.keys(after).length === 0) return form.fail(t('directory.entries.nothingChanged'))
      const sent = await form.run(() =>
        call(directoryApi.proposeChange, {
          body: { entity: 'service', structureId: structure.id, entityId: service?.id ?? null, after },
        }),
      )
      if (sent) navigate(`${myStructuresHref}?${proposalSentQuery}`)
      return
    }
    const done = await form.run(() =>
      service
        ? call(directoryApi.updateService, {
            params: { id: service.id },
            body: {
              ...changedFields(bodyOf(draftOf(service, '')), body),
              ...(draft.status !== service.status ? { status: draft.status } : {}),
            },
          })
        : call(directoryApi.createService, {
            params: { id: structure.id },
            body: { ...body, status: draft.status },
          }),
    )
    if (done) navigate(structureHref(structure.id))
  }

  const title = service
    ? t('directory.services.edit', { name: service.name })
    : t('directory.services.new', { name: structure?.name ?? '' })
  const placeOptions = [
    ...(structure?.places ?? []).map((p) => ({
      id: p.id,
      label: p.name ? `${p.name} — ${p.addressInput}` : p.addressInput,
    })),
    { id: '', label: t('directory.services.noPlace') },
  ]

  return (
    <Page title={title} intro={proposing ? t('directory.entries.proposeIntro') : undefined}>
      <p>
        <Link href={proposing ? myStructuresHref : structureHref(structureId)}>
          {t('directory.entries.back')}
        </Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {structure && (!serviceId || service) ? (
        <Form state={form} onSubmit={submit} label={title}>
          <TextField
            label={t('directory.services.name')}
            name="name"
            value={draft.name}
            onChange={(name) => set({ name })}
            isRequired
          />
          <TextArea
            label={t('directory.services.description')}
            name="description"
            value={draft.description}
            onChange={(description) => set({ description })}
          />
          <CheckboxGroup
            label={t('directory.search.themes')}
            name="themes"
            options={labels.themeOptions}
            value={draft.themes}
            onChange={(v) => {
              const themes = keepKnown(directoryThemes, v)
              set({ themes, subThemes: draft.subThemes.filter((s) => themes.includes(themeOfSubTheme[s])) })
            }}
          />
          {draft.themes.length > 0 ? (
            <CheckboxGroup
              label={t('directory.services.subThemes')}
              name="subThemes"
              options={labels.subThemeOptions(draft.themes)}
              value={draft.subThemes}
              onChange={(v) => set({ subThemes: keepKnown(subThemes, v) })}
            />
          ) : null}
          <CheckboxGroup
            label={t('directory.search.publics')}
            description={t('directory.services.publicsHelp')}
            name="publics"
            options={labels.publicOptions}
            value={draft.publics}
            onChange={(v) => set({ publics: keepKnown(publics, v) })}
          />
          <div className="directory-filters__row">
            <NativeField
              type="number"
              min={0}
              max={120}
              name="ageMin"
              label={t('directory.services.ageMin')}
              value={draft.ageMin}
              onChange={(ageMin) => set({ ageMin })}
            />
            <NativeField
              type="number"
              min={0}
              max={120}
              name="ageMax"
              label={t('directory.services.ageMax')}
              value={draft.ageMax}
              onChange={(ageMax) => set({ ageMax })}
            />
          </div>
          <TextArea
            label={t('directory.service.conditions')}
            description={t('directory.services.conditionsHelp')}
            name="accessConditions"
            rows={3}
            value={draft.accessConditions}
            onChange={(accessConditions) => set({ accessConditions })}
          />
          <CheckboxGroup
            label={t('directory.results.languages')}
            name="languages"
            options={labels.languageOptions}
            value={draft.languages}
            onChange={(v) => set({ languages: keepKnown(languages, v) })}
          />
          <RadioGroup
            label={t('directory.results.reception')}
            name="referralMode"
            options={labels.referralModeOptions}
            value={draft.referralMode}
            onChange={(v) => set({ referralMode: keepKnown(referralModes, [v])[0] ?? draft.referralMode })}
          />
          <TextArea
            label={t('directory.service.whatToBring')}
            description={t('directory.services.whatToBringHelp')}
            name="whatToBring"
            rows={3}
            value={draft.whatToBring}
            onChange={(whatToBring) => set({ whatToBring })}
          />
          <TextField
            label={t('directory.fields.phone')}
            name="phone"
            type="tel"
            dir="ltr"
            value={draft.phone}
            onChange={(phone) => set({ phone })}
          />
          <TextField
            label={t('directory.fields.email')}
            name="email"
            type="email"
            dir="ltr"
            value={draft.email}
            onChange={(email) => set({ email })}
          />
          <Select
            label={t('directory.services.place')}
            name="placeId"
            options={placeOptions}
            value={draft.placeId}
            onChange={(v) => set({ placeId: v ?? '' })}
          />
          <RadioGroup
            label={t('directory.services.hoursChoice')}
            name="ownHours"
            value={draft.ownHours ? 'propres' : 'lieu'}
            onChange={(v) => set({ ownHours: v === 'propres' })}
            options={[
              { id: 'lieu', label: t('directory.services.placeHours') },
              { id: 'propres', label: t('directory.services.ownHours') },
            ]}
          />
          {draft.ownHours ? (
            <HoursEditor
              legend={t('directory.services.hours')}
              name="openingHours"
              value={draft.week}
              onChange={(week) => set({ week })}
            />
          ) : null}
          {!proposing ? (
            <RadioGroup
              inline
              label={t('directory.entries.status')}
              name="status"
              options={labels.statusOptions}
              value={draft.status}
              onChange={(v) => set({ status: keepKnown(entryStatuses, [v])[0] ?? draft.status })}
            />
          ) : null}
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {proposing ? t('directory.entries.sendProposal') : t('directory.entries.save')}
            </Button>
          </div>
        </Form>
      ) : loaded.error ? null : structure ? (
        <Alert tone="error">{t('directory.services.unknown')}</Alert>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
