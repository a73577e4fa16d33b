import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { immersionOutcomes } from '../../../../../shared/modules/metiers/immersions.constants'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { formatDate, formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { immersionsApi, immersionsHref, type ImmersionRequest } from '../immersions.queries'
import { ConventionForm } from '../components/ConventionForm'
import '../immersions.css'

const readablePhone = (phone: string) => {
  const french = /^\+33([1-9]\d{8})$/.exec(phone)
  return french ? `0${french[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : phone
}

/** One request: the person, the answer (accept within capacity, or refuse with a reason), the convention, the outcome. */
export function ImmersionRequestPage() {
  const { t, i18n } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(immersionsApi.getRequest, { params: { id } }))
  const [changed, setChanged] = useState<ImmersionRequest | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const request = changed?.id === id ? changed : loaded.data
  const decide = useApiForm()
  const outcomeForm = useApiForm()
  const [reason, setReason] = useState('')
  const [happened, setHappened] = useState<'realisee' | 'annulee'>('realisee')
  const [outcome, setOutcome] = useState<string | null>(null)
  const [assessment, setAssessment] = useState('')

  if (!request)
    return loaded.error ? (
      <Page title={t('metiers_immersions.title')}>
        <Alert tone="error">{loaded.error}</Alert>
      </Page>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )

  const r = (key: string, values?: Record<string, unknown>) => t(`metiers_immersions.request.${key}`, values)
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, i18n.language)
  const update = (next: ImmersionRequest | undefined, message: string) => {
    if (!next) return
    setChanged(next)
    setNotice(message)
  }
  const accept = async () =>
    update(await decide.run(() => call(immersionsApi.acceptRequest, { params: { id } })), r('accepted'))
  const refuse = async () =>
    update(
      await decide.run(() => call(immersionsApi.refuseRequest, { params: { id }, body: { reason } })),
      r('refused'),
    )
  const recordOutcome = async () =>
    update(
      await outcomeForm.run(() =>
        call(immersionsApi.recordOutcome, {
          params: { id },
          body: {
            state: happened,
            outcome: happened === 'realisee' ? (immersionOutcomes.find((o) => o === outcome) ?? null) : null,
            assessment,
          },
        }),
      ),
      r('outcomeSaved'),
    )

  return (
    <Page title={`${request.firstName} ${request.lastName}`}>
      <p>
        <Link href={immersionsHref}>{r('back')}</Link>
      </p>
      <p>
        {r('offer', { title: isolate(request.offer.title) })} ·{' '}
        <strong>{r('state', { state: t(`metiers_immersions.states.${request.state}`) })}</strong>
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="im-layout">
        <div className="stack">
          <section className="card" aria-labelledby="im-contact">
            <h2 id="im-contact">{r('contact')}</h2>
            <dl className="facts">
              <dt>{r('email')}</dt>
              <dd>
                <a className="link" href={`mailto:${request.email}`} dir="ltr">
                  {request.email}
                </a>
              </dd>
              {request.phone ? (
                <>
                  <dt>{r('phone')}</dt>
                  <dd>
                    <a className="link" href={`tel:${request.phone}`} dir="ltr">
                      {readablePhone(request.phone)}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt>{r('receivedOn')}</dt>
              <dd>{formatDateTime(request.createdAt, i18n.language)}</dd>
              <dt>{r('days')}</dt>
              <dd>
                {t('metiers_immersions.period', { from: day(request.startDate), to: day(request.endDate) })}
              </dd>
              <dt>{r('objective')}</dt>
              <dd>{t(`metiers_immersions.objectives.${request.objective}`)}</dd>
            </dl>
            <h3>{r('message')}</h3>
            {request.message ? (
              <p className="im-message" dir="auto">
                {request.message}
              </p>
            ) : (
              <p className="muted">{r('noMessage')}</p>
            )}
            {request.refusalReason ? <p>{r('refusalReason', { reason: request.refusalReason })}</p> : null}
            {request.outcome ? (
              <p>{r('outcomeRecorded', { outcome: t(`metiers_immersions.outcomes.${request.outcome}`) })}</p>
            ) : null}
          </section>

          {request.canDecide ? (
            <section className="card stack" aria-labelledby="im-decide">
              <h2 id="im-decide">{r('decide')}</h2>
              <p className="small">
                {r('sharing', { count: request.sharingDays, capacity: request.offer.capacity })}
              </p>
              {decide.error && !decide.fieldErrors.reason ? (
                <Alert tone="error">{decide.error.message}</Alert>
              ) : null}
              <div className="form__actions">
                <Button variant="primary" onPress={() => void accept()} isPending={decide.pending}>
                  {r('accept')}
                </Button>
              </div>
              <Form state={decide} onSubmit={refuse} label={r('refuse')}>
                <TextArea
                  label={r('refuseReason')}
                  description={r('refuseHelp')}
                  name="reason"
                  value={reason}
                  onChange={setReason}
                  rows={3}
                />
                <div className="form__actions">
                  <Button type="submit" isPending={decide.pending}>
                    {r('refuse')}
                  </Button>
                </div>
              </Form>
            </section>
          ) : null}

          {request.canRecordOutcome ? (
            <section className="card" aria-labelledby="im-outcome">
              <h2 id="im-outcome">{r('outcome')}</h2>
              <p className="small">{r('outcomeIntro')}</p>
              <Form state={outcomeForm} onSubmit={recordOutcome} label={r('outcome')}>
                <RadioGroup
                  label={r('happened')}
                  name="state"
                  options={[
                    { id: 'realisee', label: r('realisee') },
                    { id: 'annulee', label: r('annulee') },
                  ]}
                  value={happened}
                  onChange={(v) => setHappened(v === 'annulee' ? 'annulee' : 'realisee')}
                />
                {happened === 'realisee' ? (
                  <Select
                    label={r('result')}
                    name="outcome"
                    options={immersionOutcomes.map((o) => ({
                      id: o,
                      label: t(`metiers_immersions.outcomes.${o}`),
                    }))}
                    value={outcome}
                    onChange={setOutcome}
                    isRequired
                  />
                ) : null}
                <TextArea
                  label={r('assessment')}
                  name="assessment"
                  value={assessment}
                  onChange={setAssessment}
                  rows={3}
                />
                <div className="form__actions">
                  <Button type="submit" variant="primary" isPending={outcomeForm.pending}>
                    {r('saveOutcome')}
                  </Button>
                </div>
              </Form>
            </section>
          ) : null}
        </div>

        {request.convention ? (
          <ConventionForm request={request} onSaved={(next) => update(next, r('conventionSaved'))} />
        ) : null}
      </div>
    </Page>
  )
}
