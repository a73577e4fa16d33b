import '../trainings.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import { trainingRouteLabels, trainingRoutes } from '../../../../../shared/modules/metiers/metiers.constants'
import {
  admissionModeLabels,
  admissionModes,
  fundingTagLabels,
  fundingTags,
  rncpLevelLabels,
  rncpLevels,
} from '../../../../../shared/modules/metiers/trainings.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { PublishedCheckbox } from '../components/PublishedCheckbox'
import { bodyOf, draftOf, type Draft, type SessionDraft } from '../training-form'
import {
  centreHref,
  trainingHref,
  trainingsApi,
  type EditorCentre,
  type EditorTraining,
} from '../trainings.queries'

function TrainingForm({
  centre,
  training,
  onSaved,
}: {
  centre: EditorCentre
  training: EditorTraining | null
  onSaved: (tr: EditorTraining) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const jobs = useLoad(() => call(trainingsApi.jobChoices, {}))
  const [d, setD] = useState(() => draftOf(training))
  const [saved, setSaved] = useState(false)
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD((x) => ({ ...x, [key]: value }))
  const setSession = (i: number, key: keyof SessionDraft, value: string) =>
    setD((x) => ({ ...x, sessions: x.sessions.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }))
  const tt = (key: string) => t(`metiers_trainings.training.${key}`)

  const submit = async () => {
    setSaved(false)
    const body = bodyOf(d)
    const answer = await form.run(() =>
      training
        ? call(trainingsApi.saveTraining, { params: { id: training.id }, body })
        : call(trainingsApi.createTraining, { params: { id: centre.id }, body }),
    )
    if (answer) {
      setSaved(true)
      setD(draftOf(answer))
      onSaved(answer)
    }
  }

  const placeOptions = [
    { id: '', label: tt('centrePlace') },
    ...centre.sites.map((s) => ({ id: s.id, label: `${s.name} — ${s.commune}` })),
  ]
  return (
    <section className="card" aria-labelledby="formation-contenu">
      <h2 id="formation-contenu">{training ? training.title : tt('newTitle')}</h2>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={tt('newTitle')}>
        <TextField
          dir="auto"
          label={tt('titleField')}
          name="title"
          value={d.title}
          onChange={set('title')}
          isRequired
        />
        <TextField
          dir="auto"
          label={tt('diploma')}
          name="diploma"
          value={d.diploma}
          onChange={set('diploma')}
        />
        <TextField
          label={tt('rncpCode')}
          description={tt('rncpCodeHelp')}
          name="rncpCode"
          value={d.rncpCode}
          onChange={set('rncpCode')}
          dir="ltr"
        />
        <Select
          label={tt('rncpLevel')}
          name="rncpLevel"
          options={[
            { id: '', label: tt('noLevel') },
            ...rncpLevels.map((l) => ({ id: String(l), label: rncpLevelLabels[l] ?? String(l) })),
          ]}
          value={d.rncpLevel}
          onChange={(v) => set('rncpLevel')(v ?? '')}
        />
        <CheckboxGroup
          label={tt('routes')}
          name="routes"
          options={trainingRoutes.map((r) => ({ id: r, label: trainingRouteLabels[r] }))}
          value={d.routes}
          onChange={(v) => set('routes')(v as Draft['routes'])}
        />
        {jobs.data ? (
          <CheckboxGroup
            label={tt('jobs')}
            name="jobIds"
            options={jobs.data.map((j) => ({
              id: j.id,
              label: j.published
                ? j.title
                : t('metiers_trainings.training.unpublishedJob', { title: j.title }),
            }))}
            value={d.jobIds}
            onChange={set('jobIds')}
          />
        ) : null}
        <TextArea label={tt('summary')} name="summary" value={d.summary} onChange={set('summary')} rows={5} />
        <TextField
          dir="auto"
          label={tt('duration')}
          name="duration"
          value={d.duration}
          onChange={set('duration')}
        />
        <TextArea label={tt('cost')} name="cost" value={d.cost} onChange={set('cost')} rows={2} />
        <CheckboxGroup
          label={tt('funding')}
          name="fundingTags"
          options={fundingTags.map((f) => ({ id: f, label: fundingTagLabels[f] }))}
          value={d.fundingTags}
          onChange={(v) => set('fundingTags')(v as Draft['fundingTags'])}
        />
        <TextArea
          label={tt('prerequisites')}
          name="prerequisites"
          value={d.prerequisites}
          onChange={set('prerequisites')}
          rows={3}
        />
        <CheckboxGroup
          label={tt('admission')}
          name="admission"
          options={admissionModes.map((a) => ({ id: a, label: admissionModeLabels[a] }))}
          value={d.admission}
          onChange={(v) => set('admission')(v as Draft['admission'])}
        />
        <TextArea
          label={tt('admissionNote')}
          name="admissionNote"
          value={d.admissionNote}
          onChange={set('admissionNote')}
          rows={3}
        />
        <h3>{tt('sessions')}</h3>
        {d.sessions.map((s, i) => (
          <fieldset key={i} className="tr-fieldset">
            <legend>{t('metiers_trainings.training.sessionLegend', { n: i + 1 })}</legend>
            <NativeField
              type="date"
              label={tt('startsOn')}
              name={`sessions.${i}.startsOn`}
              value={s.startsOn}
              onChange={(v) => setSession(i, 'startsOn', v)}
            />
            <NativeField
              type="date"
              label={tt('endsOn')}
              name={`sessions.${i}.endsOn`}
              value={s.endsOn}
              onChange={(v) => setSession(i, 'endsOn', v)}
            />
            <TextField
              dir="auto"
              label={tt('seats')}
              name={`sessions.${i}.seats`}
              value={s.seats}
              onChange={(v) => setSession(i, 'seats', v)}
              inputMode="numeric"
            />
            <Select
              label={tt('place')}
              name={`sessions.${i}.siteId`}
              options={placeOptions}
              value={s.siteId}
              onChange={(v) => setSession(i, 'siteId', v ?? '')}
            />
            <Button
              variant="quiet"
              onPress={() => setD((x) => ({ ...x, sessions: x.sessions.filter((_, j) => j !== i) }))}
            >
              {tt('removeSession')}
            </Button>
          </fieldset>
        ))}
        <div className="form__actions">
          <Button
            onPress={() =>
              setD((x) => ({
                ...x,
                sessions: [...x.sessions, { startsOn: '', endsOn: '', seats: '', siteId: '' }],
              }))
            }
          >
            {tt('addSession')}
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

/** A training of a centre: new (under the centre's address) or to modify, with its sessions; deletion asked twice. */
export function TrainingFormPage() {
  const { t } = useTranslation()
  const params = useParams<{ id?: string; centreId?: string }>()
  const [, navigate] = useLocation()
  const training = useLoad(
    () => call(trainingsApi.editorTraining, { params: { id: params.id ?? '' } }),
    Boolean(params.id),
  )
  const centreId = params.centreId ?? training.data?.centreId
  const centre = useLoad(
    () => call(trainingsApi.centre, { params: { id: centreId ?? '' } }),
    Boolean(centreId),
  )
  const [asking, setAsking] = useState(false)
  const [saved, setSaved] = useState<EditorTraining | null>(null)
  const current = saved ?? training.data
  const title = current
    ? t('metiers_trainings.training.title', { title: current.title })
    : t('metiers_trainings.training.newTitle')
  const error = training.error ?? centre.error
  return (
    <Page title={title}>
      {centreId ? (
        <p>
          <Link href={centreHref(centreId)}>{t('metiers_trainings.training.back')}</Link>
        </p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {centre.data && (!params.id || current) ? (
        <TrainingForm
          key={current?.id ?? 'nouvelle'}
          centre={centre.data}
          training={current}
          onSaved={(tr) => {
            setSaved(tr)
            if (!params.id) navigate(trainingHref(tr.id), { replace: true })
          }}
        />
      ) : error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
      {current ? (
        <div className="form__actions">
          <Button variant="danger" onPress={() => setAsking(true)}>
            {t('metiers_trainings.training.delete')}
          </Button>
        </div>
      ) : null}
      {asking && current ? (
        <ConfirmDialog
          title={t('metiers_trainings.training.deleteTitle')}
          confirmLabel={t('metiers_trainings.training.delete')}
          onConfirm={async () => {
            await call(trainingsApi.deleteTraining, { params: { id: current.id } })
            navigate(centreHref(current.centreId))
          }}
          onClose={() => setAsking(false)}
        >
          <p>{t('metiers_trainings.training.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
