import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import {
  structureKinds,
  type EntryStatus,
  type StructureKind,
} from '../../../../../shared/modules/partenaires/directory.constants'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { NativeField } from '../../../../ui/NativeField'
import { keepKnown, useDirectoryLabels } from '../directory.labels'
import {
  directoryApi,
  myStructuresHref,
  structureHref,
  structuresHref,
  type StructureDetail,
} from '../directory.queries'
import { changedFields, numberOrNull, orNull, proposalSentQuery } from '../entry-forms'
import '../directory.css'

interface Draft {
  kind: StructureKind
  name: string
  description: string
  rnaId: string
  siret: string
  website: string
  email: string
  phone: string
  status: EntryStatus
  updateEveryMonths: string
}

const draftOf = (s: StructureDetail | null): Draft => ({
  kind: s?.kind ?? 'association',
  name: s?.name ?? '',
  description: s?.description ?? '',
  rnaId: s?.rnaId ?? '',
  siret: s?.siret ?? '',
  website: s?.website ?? '',
  email: s?.email ?? '',
  phone: s?.phone ?? '',
  status: s?.status ?? 'publiee',
  updateEveryMonths: String(s?.updateEveryMonths ?? 6),
})

const fieldsOf = (d: Draft) => ({
  kind: d.kind,
  name: d.name.trim(),
  description: d.description.trim(),
  rnaId: orNull(d.rnaId),
  siret: orNull(d.siret),
  website: orNull(d.website),
  email: orNull(d.email),
  phone: orNull(d.phone),
})

/** Create a structure, edit it (keeper), or propose a change to it (partner): the same form. */
export function StructureFormPage() {
  const { t } = useTranslation()
  const labels = useDirectoryLabels()
  const { id } = useParams<{ id?: string }>()
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(directoryApi.getStructure, { params: { id: id! } }), Boolean(id))
  const structure = id ? loaded.data : null
  const [draft, setDraft] = useState<Draft>(draftOf(null))
  useEffect(() => {
    if (structure) setDraft(draftOf(structure))
  }, [structure])
  const form = useApiForm()
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const proposing = Boolean(structure && !structure.abilities.edit && structure.abilities.proposeChanges)

  const submit = async () => {
    if (!id) {
      const fields = fieldsOf(draft)
      const created = await form.run(() =>
        call(directoryApi.createStructure, {
          body: {
            kind: fields.kind,
            name: fields.name,
            description: fields.description || undefined,
            rnaId: fields.rnaId ?? undefined,
            siret: fields.siret ?? undefined,
            website: fields.website ?? undefined,
            email: fields.email ?? undefined,
            phone: fields.phone ?? undefined,
            status: draft.status,
            updateEveryMonths: numberOrNull(draft.updateEveryMonths) ?? undefined,
          },
        }),
      )
      if (created) navigate(structureHref(created.id))
      return
    }
    if (!structure) return
    const original = fieldsOf(draftOf(structure))
    const changed = changedFields(original, fieldsOf(draft))
    if (proposing) {
      if (Object.keys(changed).length === 0) return form.fail(t('directory.entries.nothingChanged'))
      const sent = await form.run(() =>
        call(directoryApi.proposeChange, {
          body: { entity: 'structure', structureId: structure.id, entityId: structure.id, after: changed },
        }),
      )
      if (sent) navigate(`${myStructuresHref}?${proposalSentQuery}`)
      return
    }
    const keeper = changedFields(
      { status: structure.status, updateEveryMonths: structure.updateEveryMonths },
      { status: draft.status, updateEveryMonths: numberOrNull(draft.updateEveryMonths) ?? Number.NaN },
    )
    const saved = await form.run(() =>
      call(directoryApi.updateStructure, { params: { id: structure.id }, body: { ...changed, ...keeper } }),
    )
    if (saved) navigate(structureHref(saved.id))
  }

  const title = !id
    ? t('directory.entries.newStructure')
    : proposing
      ? t('directory.entries.proposeStructure', { name: structure?.name ?? '' })
      : t('directory.entries.editStructure', { name: structure?.name ?? '' })

  return (
    <Page title={title} intro={proposing ? t('directory.entries.proposeIntro') : undefined}>
      <p>
        <Link href={id ? (proposing ? myStructuresHref : structureHref(id)) : structuresHref}>
          {t('directory.entries.back')}
        </Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {id && !structure ? null : (
        <Form state={form} onSubmit={submit} label={title}>
          <Select
            label={t('directory.entries.kind')}
            name="kind"
            options={labels.kindOptions}
            value={draft.kind}
            onChange={(v) => set({ kind: keepKnown(structureKinds, [v ?? ''])[0] ?? draft.kind })}
            isRequired
          />
          <TextField
            label={t('directory.entries.name')}
            name="name"
            value={draft.name}
            onChange={(name) => set({ name })}
            isRequired
          />
          <TextArea
            label={t('directory.entries.description')}
            name="description"
            value={draft.description}
            onChange={(description) => set({ description })}
          />
          <TextField
            label={t('directory.entries.rnaId')}
            description={t('directory.entries.rnaIdHelp')}
            name="rnaId"
            value={draft.rnaId}
            onChange={(rnaId) => set({ rnaId })}
            dir="ltr"
          />
          <TextField
            label={t('directory.entries.siret')}
            name="siret"
            inputMode="numeric"
            value={draft.siret}
            onChange={(siret) => set({ siret })}
            dir="ltr"
          />
          <TextField
            label={t('directory.fields.website')}
            name="website"
            type="url"
            value={draft.website}
            onChange={(website) => set({ website })}
            dir="ltr"
          />
          <TextField
            label={t('directory.fields.email')}
            name="email"
            type="email"
            value={draft.email}
            onChange={(email) => set({ email })}
            dir="ltr"
          />
          <TextField
            label={t('directory.fields.phone')}
            name="phone"
            type="tel"
            value={draft.phone}
            onChange={(phone) => set({ phone })}
            dir="ltr"
          />
          {!proposing ? (
            <>
              <RadioGroup
                inline
                label={t('directory.entries.status')}
                name="status"
                options={labels.statusOptions}
                value={draft.status}
                onChange={(v) => set({ status: v as EntryStatus })}
              />
              <NativeField
                type="number"
                min={1}
                max={24}
                name="updateEveryMonths"
                label={t('directory.entries.updateEvery')}
                description={t('directory.entries.updateEveryHelp')}
                value={draft.updateEveryMonths}
                onChange={(updateEveryMonths) => set({ updateEveryMonths })}
              />
            </>
          ) : null}
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {proposing
                ? t('directory.entries.sendProposal')
                : id
                  ? t('directory.entries.save')
                  : t('directory.entries.create')}
            </Button>
          </div>
        </Form>
      )}
    </Page>
  )
}
