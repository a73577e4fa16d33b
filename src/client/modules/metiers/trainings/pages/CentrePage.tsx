import '../trainings.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import {
  centreKindLabels,
  centreKinds,
  type CentreInput,
} from '../../../../../shared/modules/metiers/trainings.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { PublishedCheckbox } from '../components/PublishedCheckbox'
import {
  centreHref,
  centresHref,
  newTrainingHref,
  trainingHref,
  trainingsApi,
  type EditorCentre,
} from '../trainings.queries'

interface SiteDraft {
  id?: string
  name: string
  address: string
  postcode: string
  commune: string
}

const orNull = (v: string) => (v.trim() === '' ? null : v)

function draftOf(c: EditorCentre | null) {
  return {
    name: c?.name ?? '',
    kind: c?.kind ?? 'cfa',
    uai: c?.uai ?? '',
    siret: c?.siret ?? '',
    website: c?.website ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    description: c?.description ?? '',
    address: c?.address ?? '',
    postcode: c?.postcode ?? '',
    commune: c?.commune ?? '',
    accessibilityNote: c?.accessibilityNote ?? '',
    published: c?.published ?? false,
    sites: (c?.sites ?? []).map((s): SiteDraft => ({
      id: s.id,
      name: s.name,
      address: s.address,
      postcode: s.postcode,
      commune: s.commune,
    })),
  }
}

function bodyOf(d: ReturnType<typeof draftOf>): CentreInput {
  return {
    ...d,
    uai: orNull(d.uai),
    siret: orNull(d.siret),
    website: orNull(d.website),
    email: orNull(d.email),
    phone: orNull(d.phone),
  }
}

/** The centre's profile: name, kind, address, contacts, accessibility, other sites, publication. */
function CentreForm({
  centre,
  onSaved,
}: {
  centre: EditorCentre | null
  onSaved: (c: EditorCentre) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [d, setD] = useState(() => draftOf(centre))
  const [saved, setSaved] = useState(false)
  const set =
    <K extends keyof typeof d>(key: K) =>
    (value: (typeof d)[K]) =>
      setD((x) => ({ ...x, [key]: value }))
  const setSite = (i: number, key: keyof SiteDraft, value: string) =>
    setD((x) => ({ ...x, sites: x.sites.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }))

  const submit = async () => {
    setSaved(false)
    const body = bodyOf(d)
    const answer = await form.run(() =>
      centre
        ? call(trainingsApi.saveCentre, { params: { id: centre.id }, body })
        : call(trainingsApi.createCentre, { body }),
    )
    if (answer) {
      setSaved(true)
      setD(draftOf(answer))
      onSaved(answer)
    }
  }

  const tt = (key: string) => t(`metiers_trainings.centre.${key}`)
  return (
    <section className="card" aria-labelledby="fiche-centre">
      <h2 id="fiche-centre">{tt('profile')}</h2>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      {centre?.locationWarning ? <Alert tone="info">{centre.locationWarning}</Alert> : null}
      <Form state={form} onSubmit={submit} label={tt('profile')}>
        <TextField
          dir="auto"
          label={tt('name')}
          name="name"
          value={d.name}
          onChange={set('name')}
          isRequired
        />
        <Select
          label={tt('kind')}
          name="kind"
          options={centreKinds.map((k) => ({ id: k, label: centreKindLabels[k] }))}
          value={d.kind}
          onChange={(v) => v && set('kind')(v as typeof d.kind)}
          isRequired
        />
        <TextArea
          label={tt('description')}
          name="description"
          value={d.description}
          onChange={set('description')}
          rows={5}
        />
        <TextField
          dir="auto"
          label={tt('address')}
          name="address"
          value={d.address}
          onChange={set('address')}
          autoComplete="street-address"
        />
        <TextField
          label={tt('postcode')}
          name="postcode"
          value={d.postcode}
          onChange={set('postcode')}
          inputMode="numeric"
          autoComplete="postal-code"
          dir="ltr"
        />
        <TextField
          dir="auto"
          label={tt('commune')}
          name="commune"
          value={d.commune}
          onChange={set('commune')}
          autoComplete="address-level2"
          isRequired
        />
        <TextField
          label={tt('website')}
          name="website"
          value={d.website}
          onChange={set('website')}
          type="url"
          inputMode="url"
          dir="ltr"
        />
        <TextField
          label={tt('email')}
          name="email"
          value={d.email}
          onChange={set('email')}
          type="email"
          inputMode="email"
          dir="ltr"
        />
        <TextField
          label={tt('phone')}
          name="phone"
          value={d.phone}
          onChange={set('phone')}
          type="tel"
          inputMode="tel"
          dir="ltr"
        />
        <TextField label={tt('uai')} name="uai" value={d.uai} onChange={set('uai')} dir="ltr" />
        <TextField
          label={tt('siret')}
          name="siret"
          value={d.siret}
          onChange={set('siret')}
          inputMode="numeric"
          dir="ltr"
        />
        <TextArea
          label={tt('accessibility')}
          description={tt('accessibilityHelp')}
          name="accessibilityNote"
          value={d.accessibilityNote}
          onChange={set('accessibilityNote')}
          rows={3}
        />
        <h3>{tt('sites')}</h3>
        <p className="field__help">{tt('sitesHelp')}</p>
        {d.sites.map((s, i) => (
          <fieldset key={s.id ?? `nouveau-${i}`} className="tr-fieldset">
            <legend>{t('metiers_trainings.centre.siteLegend', { n: i + 1 })}</legend>
            <TextField
              dir="auto"
              label={tt('siteName')}
              name={`sites.${i}.name`}
              value={s.name}
              onChange={(v) => setSite(i, 'name', v)}
              isRequired
            />
            <TextField
              dir="auto"
              label={tt('address')}
              name={`sites.${i}.address`}
              value={s.address}
              onChange={(v) => setSite(i, 'address', v)}
            />
            <TextField
              label={tt('postcode')}
              name={`sites.${i}.postcode`}
              value={s.postcode}
              onChange={(v) => setSite(i, 'postcode', v)}
              inputMode="numeric"
              dir="ltr"
            />
            <TextField
              dir="auto"
              label={tt('commune')}
              name={`sites.${i}.commune`}
              value={s.commune}
              onChange={(v) => setSite(i, 'commune', v)}
              isRequired
            />
            <Button
              variant="quiet"
              onPress={() => setD((x) => ({ ...x, sites: x.sites.filter((_, j) => j !== i) }))}
            >
              {tt('removeSite')}
            </Button>
          </fieldset>
        ))}
        <div className="form__actions">
          <Button
            onPress={() =>
              setD((x) => ({
                ...x,
                sites: [...x.sites, { name: '', address: '', postcode: '', commune: '' }],
              }))
            }
          >
            {tt('addSite')}
          </Button>
        </div>
        <PublishedCheckbox
          name="published"
          label={tt('published')}
          value={d.published}
          onChange={set('published')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

function CentreTrainings({ centre }: { centre: EditorCentre }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="card" aria-labelledby="formations-centre">
      <h2 id="formations-centre">{t('metiers_trainings.centre.trainings')}</h2>
      <div className="form__actions">
        <Link href={newTrainingHref(centre.id)} className="button button--primary">
          {t('metiers_trainings.centre.newTraining')}
        </Link>
      </div>
      <Table
        caption={t('metiers_trainings.centre.trainingsCaption', { name: centre.name })}
        columns={[
          t('metiers_trainings.centre.training'),
          t('metiers_trainings.centre.diploma'),
          t('metiers_trainings.centre.nextSession'),
          t('metiers_trainings.centres.state'),
        ]}
        isEmpty={centre.trainings.length === 0}
        empty={t('metiers_trainings.centre.noTraining')}
      >
        {centre.trainings.map((tr) => (
          <tr key={tr.id}>
            <td>
              <Link href={trainingHref(tr.id)}>{tr.title}</Link>
            </td>
            <td>{tr.diploma}</td>
            <td>
              {tr.nextSession
                ? formatDate(tr.nextSession, i18n.language)
                : t('metiers_trainings.centre.noSession')}
            </td>
            <td>
              {tr.published ? t('metiers_trainings.centres.published') : t('metiers_trainings.centres.draft')}
            </td>
          </tr>
        ))}
      </Table>
    </section>
  )
}

/** A centre's page: its profile and its trainings; « nouveau » creates the organisation's centre. */
export function CentrePage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id?: string }>()
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(trainingsApi.centre, { params: { id: id ?? '' } }), Boolean(id))
  const [centre, setCentre] = useState<EditorCentre | null>(null)
  const current = centre ?? loaded.data
  const title = current
    ? t('metiers_trainings.centre.title', { name: current.name })
    : t('metiers_trainings.centre.newTitle')
  return (
    <Page title={title}>
      <p>
        <Link href={centresHref}>{t('metiers_trainings.centre.back')}</Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {id && !current ? (
        loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )
      ) : (
        <>
          <CentreForm
            key={current?.id ?? 'nouveau'}
            centre={current}
            onSaved={(c) => {
              setCentre(c)
              if (!id) navigate(centreHref(c.id), { replace: true })
            }}
          />
          {current ? <CentreTrainings centre={current} /> : null}
        </>
      )}
    </Page>
  )
}
