import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import { immersionPages } from '../../../../../shared/modules/metiers/immersions.constants'
import { metiersOffersContract } from '../../../../../shared/modules/metiers/offers.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { immersionsApi, immersionsHref, offerHref, type ImmersionOffer } from '../immersions.queries'
import '../immersions.css'

interface Draft {
  jobId: string | null
  title: string
  activities: string
  conditions: string
  schedule: string
  availableFrom: string
  availableTo: string
  capacity: string
  maxDays: string
  tutorName: string
  tutorJob: string
  address: string
  postcode: string
  commune: string
}

const draftOf = (o: ImmersionOffer | null): Draft => ({
  jobId: o?.job.id ?? null,
  title: o?.title ?? '',
  activities: o?.activities ?? '',
  conditions: o?.conditions ?? '',
  schedule: o?.schedule ?? '',
  availableFrom: o?.availableFrom ?? '',
  availableTo: o?.availableTo ?? '',
  capacity: String(o?.capacity ?? 1),
  maxDays: String(o?.maxDays ?? 5),
  tutorName: o?.tutorName ?? '',
  tutorJob: o?.tutorJob ?? '',
  address: o?.address ?? '',
  postcode: o?.postcode ?? '',
  commune: o?.commune ?? '',
})

/** Offer a new immersion, or edit one and publish it. */
export function ImmersionOfferPage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id?: string }>()
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(immersionsApi.getOffer, { params: { id: id! } }), Boolean(id))
  const jobs = useLoad(() => call(metiersOffersContract.jobOptions, {}))
  const [offer, setOffer] = useState<ImmersionOffer | null>(null)
  const [draft, setDraft] = useState<Draft>(draftOf(null))
  const [saved, setSaved] = useState(false)
  const form = useApiForm()
  const publication = useApiForm()
  useEffect(() => {
    if (loaded.data) {
      setOffer(loaded.data)
      setDraft(draftOf(loaded.data))
    }
  }, [loaded.data])

  const set = (key: keyof Draft) => (value: string | null) => {
    setSaved(false)
    setDraft((d) => ({ ...d, [key]: value ?? '' }))
  }
  const body = () => ({
    jobId: draft.jobId ?? '',
    title: draft.title,
    activities: draft.activities,
    conditions: draft.conditions,
    schedule: draft.schedule,
    availableFrom: draft.availableFrom,
    availableTo: draft.availableTo,
    capacity: Number(draft.capacity),
    maxDays: Number(draft.maxDays),
    tutorName: draft.tutorName,
    tutorJob: draft.tutorJob,
    address: draft.address,
    postcode: draft.postcode,
    commune: draft.commune,
  })
  const submit = async () => {
    const next = await form.run(() =>
      offer
        ? call(immersionsApi.updateOffer, { params: { id: offer.id }, body: body() })
        : call(immersionsApi.createOffer, { body: body() }),
    )
    if (!next) return
    setOffer(next)
    setSaved(true)
    if (!offer) navigate(offerHref(next.id), { replace: true })
  }
  const togglePublication = async () => {
    if (!offer) return
    const next = await publication.run(() =>
      call(immersionsApi.publishOffer, { params: { id: offer.id }, body: { published: !offer.published } }),
    )
    if (next) setOffer(next)
  }

  if (id && !offer)
    return loaded.error ? (
      <Alert tone="error">{loaded.error}</Alert>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )

  const f = (key: string) => t(`metiers_immersions.offerForm.${key}`)
  return (
    <Page title={offer ? offer.title : f('newTitle')}>
      <p>
        <Link href={immersionsHref}>{f('back')}</Link>
      </p>
      <div className="im-layout">
        {offer ? (
          <section className="card stack" aria-labelledby="im-publication">
            <h2 id="im-publication">{t('metiers_immersions.col.published')}</h2>
            <p>{offer.published ? f('isPublished') : f('isDraft')}</p>
            {offer.locationWarning ? <Alert tone="info">{offer.locationWarning}</Alert> : null}
            {publication.error ? <Alert tone="error">{publication.error.message}</Alert> : null}
            <div className="form__actions">
              <Button
                variant={offer.published ? 'secondary' : 'primary'}
                onPress={() => void togglePublication()}
                isPending={publication.pending}
              >
                {offer.published ? f('unpublish') : f('publish')}
              </Button>
              {offer.published ? (
                <a className="link" href={immersionPages.offer(offer.id)} target="_blank" rel="noreferrer">
                  {f('openPublic')}
                </a>
              ) : null}
            </div>
          </section>
        ) : (
          <div />
        )}
        <section className="card" aria-labelledby="im-form">
          <h2 id="im-form">{f('editTitle')}</h2>
          {saved ? <Alert tone="success">{f('saved')}</Alert> : null}
          <Form state={form} onSubmit={submit} label={f('editTitle')}>
            <Select
              label={f('job')}
              name="jobId"
              placeholder={f('pickJob')}
              options={(jobs.data ?? []).map((j) => ({ id: j.id, label: j.title }))}
              value={draft.jobId}
              onChange={set('jobId')}
              isRequired
            />
            <TextField
              label={f('title')}
              description={f('titleHelp')}
              name="title"
              value={draft.title}
              onChange={set('title')}
              isRequired
            />
            <TextArea
              label={f('activities')}
              name="activities"
              value={draft.activities}
              onChange={set('activities')}
              rows={4}
              isRequired
            />
            <TextArea
              label={f('conditions')}
              description={f('conditionsHelp')}
              name="conditions"
              value={draft.conditions}
              onChange={set('conditions')}
              rows={2}
            />
            <TextField
              label={f('schedule')}
              description={f('scheduleHelp')}
              name="schedule"
              value={draft.schedule}
              onChange={set('schedule')}
              isRequired
            />
            <NativeField
              type="date"
              label={f('availableFrom')}
              name="availableFrom"
              value={draft.availableFrom}
              onChange={set('availableFrom')}
            />
            <NativeField
              type="date"
              label={f('availableTo')}
              name="availableTo"
              value={draft.availableTo}
              onChange={set('availableTo')}
            />
            <NativeField
              type="number"
              min={1}
              max={20}
              label={f('capacity')}
              name="capacity"
              value={draft.capacity}
              onChange={set('capacity')}
            />
            <NativeField
              type="number"
              min={1}
              max={31}
              label={f('maxDays')}
              name="maxDays"
              value={draft.maxDays}
              onChange={set('maxDays')}
            />
            <TextField
              label={f('tutorName')}
              name="tutorName"
              value={draft.tutorName}
              onChange={set('tutorName')}
              isRequired
            />
            <TextField
              label={f('tutorJob')}
              name="tutorJob"
              value={draft.tutorJob}
              onChange={set('tutorJob')}
              isRequired
            />
            <TextField label={f('address')} name="address" value={draft.address} onChange={set('address')} />
            <TextField
              label={f('postcode')}
              name="postcode"
              inputMode="numeric"
              value={draft.postcode}
              onChange={set('postcode')}
              isRequired
            />
            <TextField
              label={f('commune')}
              name="commune"
              value={draft.commune}
              onChange={set('commune')}
              isRequired
            />
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={form.pending}>
                {f('save')}
              </Button>
            </div>
          </Form>
        </section>
      </div>
    </Page>
  )
}
