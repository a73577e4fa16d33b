import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import type { ResponseOf } from '../../../../../shared/contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import {
  ExceptionsEditor,
  exceptionDraftOf,
  exceptionOfDraft,
  type ExceptionDraft,
} from '../components/ExceptionsEditor'
import { HoursEditor } from '../components/HoursEditor'
import { hoursOfDraft, weekDraftOf, type WeekDraft } from '../hours-draft'
import { useDirectoryLabels } from '../directory.labels'
import { directoryApi, myStructuresHref, structureHref, type Place } from '../directory.queries'
import { changedFields, proposalSentQuery } from '../entry-forms'
import '../directory.css'

type PlaceWrite = ResponseOf<typeof directoryApi.updatePlace>

interface Draft {
  name: string
  addressInput: string
  week: WeekDraft
  exceptions: ExceptionDraft[]
  wheelchairAccessible: boolean
  hearingLoop: boolean
  access: string
}

const draftOf = (p: Place | null): Draft => ({
  name: p?.name ?? '',
  addressInput: p?.addressInput ?? '',
  week: weekDraftOf(p?.openingHours),
  exceptions: (p?.hoursExceptions ?? []).map((e) =>
    exceptionDraftOf({ ...e, hours: e.hours?.map(([a, b]) => [a, b] as [string, string]) }),
  ),
  wheelchairAccessible: p?.wheelchairAccessible ?? false,
  hearingLoop: p?.hearingLoop ?? false,
  access: p?.access ?? '',
})

const bodyOf = (d: Draft) => ({
  name: d.name.trim(),
  addressInput: d.addressInput.trim(),
  openingHours: hoursOfDraft(d.week),
  hoursExceptions: d.exceptions.map(exceptionOfDraft),
  wheelchairAccessible: d.wheelchairAccessible,
  hearingLoop: d.hearingLoop,
  access: d.access.trim(),
})

/** What the address service made of the address, said plainly, with its doubt if it has one. */
function GeocodeResult({ result }: { result: PlaceWrite }) {
  const { t } = useTranslation()
  const labels = useDirectoryLabels()
  const { place, warning } = result
  return (
    <Alert
      tone={warning ? 'info' : 'success'}
      title={warning ? t('directory.places.savedWithWarning') : t('directory.places.saved')}
    >
      <dl className="facts">
        <dt>{t('directory.places.typed')}</dt>
        <dd dir="auto">{place.addressInput}</dd>
        <dt>{t('directory.places.found')}</dt>
        <dd dir="auto">{place.label ?? t('directory.places.notFound')}</dd>
        <dt>{t('directory.places.precision')}</dt>
        <dd>{labels.geocode(place.geocodeStatus)}</dd>
      </dl>
      {warning ? (
        <p>
          <strong lang="fr">{warning}</strong>
        </p>
      ) : null}
    </Alert>
  )
}

/** A place of a structure: address (located by the address service), hours of the week, closures, accessibility, access. */
export function PlaceFormPage() {
  const { t } = useTranslation()
  const params = useParams<{ structureId: string; placeId: string }>()
  const structureId = params.structureId
  // "nouveau" until the place is created; the page then stays, with the address service's answer.
  const placeId = params.placeId === 'nouveau' ? null : params.placeId
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(directoryApi.getStructure, { params: { id: structureId } }))
  const structure = loaded.data
  const place = placeId ? (structure?.places.find((p) => p.id === placeId) ?? null) : null
  const [draft, setDraft] = useState<Draft>(draftOf(null))
  const [saved, setSaved] = useState<PlaceWrite | null>(null)
  useEffect(() => {
    if (place) setDraft(draftOf(place))
  }, [place])
  const form = useApiForm()
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const proposing = Boolean(structure && !structure.abilities.edit && structure.abilities.proposeChanges)

  const submit = async () => {
    if (!structure) return
    const body = bodyOf(draft)
    if (proposing) {
      const after = place ? changedFields(bodyOf(draftOf(place)), body) : body
      if (Object.keys(after).length === 0) return form.fail(t('directory.entries.nothingChanged'))
      const sent = await form.run(() =>
        call(directoryApi.proposeChange, {
          body: { entity: 'place', structureId: structure.id, entityId: place?.id ?? null, after },
        }),
      )
      if (sent) navigate(`${myStructuresHref}?${proposalSentQuery}`)
      return
    }
    const result = await form.run(() =>
      place
        ? call(directoryApi.updatePlace, {
            params: { id: place.id },
            body: changedFields(bodyOf(draftOf(place)), body),
          })
        : call(directoryApi.createPlace, { params: { id: structure.id }, body }),
    )
    if (!result) return
    setSaved(result)
    if (!place) navigate(`/annuaire/structures/${structure.id}/lieux/${result.place.id}`, { replace: true })
    await loaded.reload()
  }

  const title = place
    ? t('directory.places.edit', { name: place.name || place.addressInput })
    : t('directory.places.new', { name: structure?.name ?? '' })

  return (
    <Page title={title} intro={proposing ? t('directory.entries.proposeIntro') : undefined}>
      <p>
        <Link href={proposing ? myStructuresHref : structureHref(structureId)}>
          {t('directory.entries.back')}
        </Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {saved ? <GeocodeResult result={saved} /> : null}
      {place && !saved && place.geocodeStatus !== 'adresse' ? (
        <Alert tone="info" title={t('directory.places.precision')}>
          <p>
            {t('directory.places.currentPrecision', {
              status: t(`directory.geocode.${place.geocodeStatus}`),
            })}
          </p>
        </Alert>
      ) : null}
      {structure && (!placeId || place) ? (
        <Form state={form} onSubmit={submit} label={title}>
          <TextField
            label={t('directory.places.name')}
            description={t('directory.places.nameHelp')}
            name="name"
            value={draft.name}
            onChange={(name) => set({ name })}
          />
          <TextField
            label={t('directory.places.address')}
            description={t('directory.places.addressHelp')}
            name="addressInput"
            value={draft.addressInput}
            onChange={(addressInput) => set({ addressInput })}
            isRequired
          />
          <HoursEditor
            legend={t('directory.places.hours')}
            name="openingHours"
            value={draft.week}
            onChange={(week) => set({ week })}
          />
          <ExceptionsEditor
            name="hoursExceptions"
            value={draft.exceptions}
            onChange={(exceptions) => set({ exceptions })}
          />
          <CheckboxGroup
            label={t('directory.results.accessibility')}
            name="accessibility"
            options={[
              { id: 'wheelchair', label: t('directory.search.wheelchair') },
              { id: 'hearingLoop', label: t('directory.search.hearingLoop') },
            ]}
            value={[
              ...(draft.wheelchairAccessible ? ['wheelchair'] : []),
              ...(draft.hearingLoop ? ['hearingLoop'] : []),
            ]}
            onChange={(v) =>
              set({ wheelchairAccessible: v.includes('wheelchair'), hearingLoop: v.includes('hearingLoop') })
            }
          />
          <TextArea
            label={t('directory.places.access')}
            description={t('directory.places.accessHelp')}
            name="access"
            rows={3}
            value={draft.access}
            onChange={(access) => set({ access })}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {proposing ? t('directory.entries.sendProposal') : t('directory.entries.save')}
            </Button>
          </div>
        </Form>
      ) : loaded.error ? null : structure ? (
        <Alert tone="error">{t('directory.places.unknown')}</Alert>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
