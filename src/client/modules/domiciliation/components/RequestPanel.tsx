import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BodyInputOf } from '../../../../shared/contract'
import { call } from '../../../api'
import { formatDateTime } from '../../../app/format'
import { isolate } from '../../../app/bidi'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { RadioGroup } from '../../../ui/RadioGroup'
import { formatDay, useDomiciliationLabels } from '../domiciliation.labels'
import { decisionsApi, type DomiciliationFile, type RequestEntry } from '../domiciliation.queries'
import { DeadlineBadge } from './Badges'
import { DateField } from './DateField'
import { DecisionForm } from './DecisionForm'
import { InterviewForm, InterviewSummary } from './InterviewForm'

type FileRequestBody = BodyInputOf<typeof decisionsApi.fileRequest>

interface Abilities {
  /** Files requests, acknowledges, holds interviews. */
  agent: boolean
  /** Decides (direction, administrator). */
  decider: boolean
}

type Changed = (file: DomiciliationFile, notice: string) => void

/** A new request: a first one, or a renewal of a domiciliation in force or just expired. */
export function NewRequestForm({ file, onChanged }: { file: DomiciliationFile; onChanged: Changed }) {
  const { t } = useTranslation()
  const labels = useDomiciliationLabels()
  const form = useApiForm()
  const renewable = file.status === 'valide' || file.status === 'expiree'
  const [kind, setKind] = useState<string | null>(renewable ? 'RENOUVELLEMENT' : 'PREMIERE')
  const [filedOn, setFiledOn] = useState('')
  const submit = async () => {
    const body = { kind: kind ?? undefined, filedOn: filedOn || undefined } as FileRequestBody
    const next = await form.run(() => call(decisionsApi.fileRequest, { params: { id: file.id }, body }))
    if (next) {
      setFiledOn('')
      onChanged(next, 'domiciliation.request.filed')
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('domiciliation.request.new')}>
      <RadioGroup
        label={t('domiciliation.request.kind')}
        name="kind"
        options={[
          { id: 'PREMIERE', label: labels.requestKind('PREMIERE') },
          { id: 'RENOUVELLEMENT', label: labels.requestKind('RENOUVELLEMENT') },
        ]}
        value={kind}
        onChange={setKind}
        isRequired
        inline
      />
      <DateField
        label={t('domiciliation.request.filedOn')}
        description={t('domiciliation.request.filedOnHelp')}
        name="filedOn"
        value={filedOn}
        onChange={setFiledOn}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiciliation.request.submit')}
        </Button>
      </div>
    </Form>
  )
}

function Acknowledge({ request, onChanged }: { request: RequestEntry; onChanged: Changed }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const submit = async () => {
    const next = await form.run(() =>
      call(decisionsApi.acknowledge, { params: { id: request.id }, body: {} }),
    )
    if (next) onChanged(next, 'domiciliation.request.acknowledgedNow')
  }
  return (
    <Form
      state={form}
      onSubmit={submit}
      label={t('domiciliation.request.acknowledge')}
      className="form form--inline"
    >
      <Button type="submit" isPending={form.pending}>
        {t('domiciliation.request.acknowledge')}
      </Button>
    </Form>
  )
}

/**
 * The request waiting for its decision, step by step: acknowledgement, interview, decision. Each
 * step is offered to the roles that may take it.
 */
export function RequestPanel({
  request,
  can,
  onChanged,
}: {
  request: RequestEntry
  can: Abilities
  onChanged: Changed
}) {
  const { t, i18n } = useTranslation()
  const labels = useDomiciliationLabels()
  const [editing, setEditing] = useState(false)
  const day = (d: string) => formatDay(d, i18n.language)
  const interviewHeld = request.interviewAt !== null

  return (
    <div className="domi-steps">
      <p className="entry__title">
        {t('domiciliation.history.request', {
          kind: labels.requestKind(request.kind),
          date: day(request.filedOn),
        })}
      </p>
      <p>
        <DeadlineBadge deadlineOn={request.deadlineOn} state={request.deadline} />
      </p>
      <p className="small">{t('domiciliation.request.deadlineHelp')}</p>
      <ol className="domi-steps__list">
        <li className="domi-step">
          <h3 className="subheading">{t('domiciliation.request.stepAcknowledge')}</h3>
          {request.acknowledgedOn ? (
            <p>{t('domiciliation.history.acknowledged', { date: day(request.acknowledgedOn) })}</p>
          ) : can.agent ? (
            <>
              <p className="small">{t('domiciliation.request.acknowledgeHelp')}</p>
              <Acknowledge request={request} onChanged={onChanged} />
            </>
          ) : (
            <p className="muted">{t('domiciliation.request.notAcknowledged')}</p>
          )}
        </li>
        <li className="domi-step">
          <h3 className="subheading">{t('domiciliation.request.stepInterview')}</h3>
          {interviewHeld && !editing ? (
            <>
              <p>
                {t('domiciliation.history.interview', {
                  at: formatDateTime(request.interviewAt!, i18n.language),
                  name: isolate(request.interviewer?.displayName ?? t('domiciliation.someone')),
                })}
                {request.interviewPlace ? (
                  <>
                    {' '}
                    — <bdi>{request.interviewPlace}</bdi>
                  </>
                ) : null}
              </p>
              <InterviewSummary request={request} />
              {can.agent ? (
                <div className="actions">
                  <Button onPress={() => setEditing(true)}>{t('domiciliation.interview.edit')}</Button>
                </div>
              ) : null}
            </>
          ) : can.agent ? (
            <>
              <p className="small">{t('domiciliation.interview.intro')}</p>
              <InterviewForm
                request={request}
                onSaved={(next) => {
                  setEditing(false)
                  onChanged(next, 'domiciliation.interview.saved')
                }}
                onCancel={editing ? () => setEditing(false) : undefined}
              />
            </>
          ) : (
            <p className="muted">{t('domiciliation.interview.notHeld')}</p>
          )}
        </li>
        <li className="domi-step">
          <h3 className="subheading">{t('domiciliation.request.stepDecision')}</h3>
          {!can.decider ? (
            <p className="muted">{t('domiciliation.decide.notYours')}</p>
          ) : !interviewHeld ? (
            <p className="muted">{t('domiciliation.decide.interviewFirst')}</p>
          ) : (
            <DecisionForm
              request={request}
              onDecided={(next) => onChanged(next, 'domiciliation.decide.done')}
            />
          )}
        </li>
      </ol>
    </div>
  )
}
