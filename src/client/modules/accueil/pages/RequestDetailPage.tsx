import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearch } from 'wouter'
import { isOpen } from '../../../../shared/modules/accueil/accueil.constants'
import { acceptsFollowUp, allowedStates } from '../../../../shared/modules/accueil/accueil.policy'
import { call } from '../../../api'
import { isolate } from '../../../app/bidi'
import { formatDateTime } from '../../../app/format'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { ME, NOBODY, useAssignees } from '../accueil.assignees'
import { isAnswerChannel, isOutcome, useAccueilLabels } from '../accueil.labels'
import { accueilApi, announceRequestsChanged, type RequestDetail } from '../accueil.queries'
import { DueDate, StateBadge } from '../components/Badges'
import { RequestHistory } from '../components/RequestHistory'
import { RequestReferrals } from '../../partenaires/orientations/components/RequestReferrals'
import '../accueil.css'

interface SectionProps {
  request: RequestDetail
  onChanged: (request: RequestDetail) => void
}

/** What was answered, by which channel: the request becomes "répondue". */
function AnswerForm({ request, onChanged }: SectionProps) {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const [channel, setChannel] = useState<string | null>(null)
  const [body, setBody] = useState('')
  const submit = async () => {
    if (!isAnswerChannel(channel)) return form.fail(t('accueil.answer.channelRequired'), 'channel')
    const next = await form.run(() =>
      call(accueilApi.answer, { params: { id: request.id }, body: { channel, body } }),
    )
    if (next) {
      setBody('')
      setChannel(null)
      onChanged(next)
    }
  }
  if (!acceptsFollowUp(request.state)) return <p>{t('accueil.answer.closed')}</p>
  return (
    <Form state={form} onSubmit={submit} label={t('accueil.answer.title')}>
      <Select
        label={t('accueil.answer.channel')}
        name="channel"
        options={labels.answerChannelOptions}
        value={channel}
        onChange={setChannel}
        placeholder={t('accueil.answer.channelPlaceholder')}
        isRequired
      />
      <TextArea
        label={t('accueil.answer.body')}
        description={t('accueil.answer.bodyHelp')}
        name="body"
        value={body}
        onChange={setBody}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('accueil.answer.submit')}
        </Button>
      </div>
    </Form>
  )
}

/** Only the moves the shared state machine allows now. */
function StateActions({ request, onChanged }: SectionProps) {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const moves = allowedStates({
    state: request.state,
    answerCount: request.answers.length,
    orientationCount: request.orientations.length,
  })
  const move = async (state: (typeof moves)[number]) => {
    const next = await form.run(() =>
      call(accueilApi.changeState, { params: { id: request.id }, body: { state } }),
    )
    if (next) onChanged(next)
  }
  return (
    <Form state={form} onSubmit={() => undefined} label={t('accueil.state.title')}>
      <p>
        {t('accueil.state.current')} <StateBadge state={request.state} />
      </p>
      {request.answers.length === 0 && isOpen(request.state) ? (
        <p className="small muted">{t('accueil.state.answerFirst')}</p>
      ) : null}
      <div className="actions">
        {moves.map((s) => (
          <Button key={s} onPress={() => void move(s)} isPending={form.pending}>
            {request.state === 'close' && s === 'en_cours'
              ? t('accueil.state.reopen')
              : t('accueil.state.moveTo', { state: labels.state(s) })}
          </Button>
        ))}
      </div>
    </Form>
  )
}

/** Give the request to another service or agent; the history keeps the previous ones. */
function ReassignForm({ request, onChanged }: SectionProps) {
  const { t } = useTranslation()
  const assignees = useAssignees()
  const form = useApiForm()
  const [service, setService] = useState<string | null>(request.service?.id ?? NOBODY)
  const [agent, setAgent] = useState<string | null>(
    request.assignee ? (request.assignee.id === assignees.meId ? ME : request.assignee.id) : NOBODY,
  )
  const [saved, setSaved] = useState(false)
  const offered = assignees.agentOptions(service)
  // The agent who holds it stays shown, even outside the chosen service.
  const agentOptions =
    offered.some((o) => o.id === agent) || agent !== request.assignee?.id
      ? offered
      : [...offered, { id: agent, label: request.assignee.displayName }]
  const chooseService = (next: string | null) => {
    setService(next)
    if (agent !== request.assignee?.id && !assignees.agentOptions(next).some((o) => o.id === agent))
      setAgent(NOBODY)
  }
  const submit = async () => {
    setSaved(false)
    const next = await form.run(() =>
      call(accueilApi.reassign, {
        params: { id: request.id },
        body: { serviceId: assignees.serviceId(service), assigneeId: assignees.agentId(agent) },
      }),
    )
    if (next) {
      setSaved(true)
      onChanged(next)
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('accueil.assign.title')}>
      {saved ? <Alert tone="success">{t('accueil.assign.saved')}</Alert> : null}
      <div className="form__row">
        <Select
          label={t('accueil.fields.service')}
          name="serviceId"
          options={assignees.serviceOptions}
          value={service}
          onChange={chooseService}
        />
        <Select
          label={t('accueil.fields.assignee')}
          description={t('accueil.assign.agentsHelp')}
          name="assigneeId"
          options={agentOptions}
          value={agent}
          onChange={setAgent}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" isPending={form.pending}>
          {t('accueil.assign.submit')}
        </Button>
      </div>
    </Form>
  )
}

function OutcomeForm({
  orientation,
  onChanged,
}: {
  orientation: RequestDetail['orientations'][number]
  onChanged: (r: RequestDetail) => void
}) {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const [outcome, setOutcome] = useState<string | null>(orientation.outcome)
  const submit = async () => {
    if (!isOutcome(outcome)) return
    const next = await form.run(() =>
      call(accueilApi.orientationOutcome, { params: { id: orientation.id }, body: { outcome } }),
    )
    if (next) onChanged(next)
  }
  return (
    <Form
      state={form}
      onSubmit={submit}
      className="form form--inline"
      label={t('accueil.orient.outcomeOf', { partner: isolate(orientation.partnerName) })}
    >
      <Select
        label={t('accueil.orient.outcome')}
        name="outcome"
        options={labels.outcomeOptions}
        value={outcome}
        onChange={setOutcome}
      />
      <Button type="submit" isPending={form.pending} isDisabled={outcome === orientation.outcome}>
        {t('accueil.orient.saveOutcome')}
        <span className="visually-hidden"> {orientation.partnerName}</span>
      </Button>
    </Form>
  )
}

/** Orientations to partners (free text for now) and what came of them. */
function Orientations({ request, onChanged }: SectionProps) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const [partnerName, setPartnerName] = useState('')
  const [reason, setReason] = useState('')
  const submit = async () => {
    const next = await form.run(() =>
      call(accueilApi.orient, {
        params: { id: request.id },
        body: { partnerName, reason: reason.trim() || null },
      }),
    )
    if (next) {
      setPartnerName('')
      setReason('')
      onChanged(next)
    }
  }
  return (
    <>
      {request.orientations.length === 0 ? (
        <p className="muted">{t('accueil.orient.none')}</p>
      ) : (
        <ul className="entries">
          {request.orientations.map((o) => (
            <li key={o.id} className="entry">
              <p className="entry__title">
                <bdi>{o.partnerName}</bdi> — {labels.outcome(o.outcome)}
              </p>
              <p className="small muted">
                {t('accueil.orient.by', {
                  name: isolate(o.createdBy?.displayName ?? t('accueil.someone')),
                  at: formatDateTime(o.createdAt, i18n.language),
                })}
                {o.outcomeAt
                  ? ` · ${t('accueil.orient.outcomeAt', { at: formatDateTime(o.outcomeAt, i18n.language) })}`
                  : null}
              </p>
              {o.reason ? (
                <p className="free-text" dir="auto">
                  {o.reason}
                </p>
              ) : null}
              <OutcomeForm orientation={o} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {acceptsFollowUp(request.state) ? (
        <Form state={form} onSubmit={submit} label={t('accueil.orient.new')}>
          <h3 className="subheading">{t('accueil.orient.new')}</h3>
          <TextField
            label={t('accueil.orient.partner')}
            description={t('accueil.orient.partnerHelp')}
            name="partnerName"
            value={partnerName}
            onChange={setPartnerName}
            isRequired
            dir="auto"
          />
          <TextArea
            label={t('accueil.orient.reason')}
            name="reason"
            value={reason}
            onChange={setReason}
            rows={3}
          />
          <div className="form__actions">
            <Button type="submit" isPending={form.pending}>
              {t('accueil.orient.submit')}
            </Button>
          </div>
        </Form>
      ) : null}
    </>
  )
}

function Facts({ request }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  return (
    <dl className="facts">
      <dt>{t('accueil.fields.state')}</dt>
      <dd>
        <StateBadge state={request.state} />
      </dd>
      <dt>{t('accueil.fields.dueOn')}</dt>
      <dd>
        <DueDate dueOn={request.dueOn} overdue={request.overdue} open={isOpen(request.state)} />
      </dd>
      <dt>{t('accueil.fields.channel')}</dt>
      <dd>{labels.channel(request.channel)}</dd>
      <dt>{t('accueil.fields.themes')}</dt>
      <dd>{labels.themes(request.themes)}</dd>
      <dt>{t('accueil.fields.person')}</dt>
      <dd>
        {request.usagerId ? (
          <Link href={`/usagers/${request.usagerId}`}>
            <bdi>{request.personLabel}</bdi>
            <span className="visually-hidden"> {t('accueil.detail.openFile')}</span>
          </Link>
        ) : (
          <>
            <bdi>{request.personLabel}</bdi>
            {request.contactName && request.personLabel !== request.contactName ? (
              <span className="muted">
                {' '}
                (<bdi>{request.contactName}</bdi>)
              </span>
            ) : null}
          </>
        )}
      </dd>
      {request.replyTo ? (
        <>
          <dt>{t('accueil.fields.replyToShort')}</dt>
          <dd>
            <bdi>{request.replyTo}</bdi>
          </dd>
        </>
      ) : null}
      <dt>{t('accueil.fields.receivedAt')}</dt>
      <dd>
        {formatDateTime(request.receivedAt, i18n.language)}
        {request.receivedBy ? (
          <> {t('accueil.detail.receivedBy', { name: isolate(request.receivedBy.displayName) })}</>
        ) : null}
      </dd>
      <dt>{t('accueil.fields.service')}</dt>
      <dd>{request.service ? <bdi>{request.service.name}</bdi> : t('accueil.assign.noService')}</dd>
      <dt>{t('accueil.fields.assignee')}</dt>
      <dd>{request.assignee ? <bdi>{request.assignee.displayName}</bdi> : t('accueil.list.noAssignee')}</dd>
      {request.firstAnsweredAt ? (
        <>
          <dt>{t('accueil.fields.firstAnsweredAt')}</dt>
          <dd>{formatDateTime(request.firstAnsweredAt, i18n.language)}</dd>
        </>
      ) : null}
    </dl>
  )
}

function Answers({ request }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  if (request.answers.length === 0) return <p className="muted">{t('accueil.answer.none')}</p>
  return (
    <ol className="entries">
      {request.answers.map((a) => (
        <li key={a.id} className="entry">
          <p className="entry__title">
            {labels.answerChannel(a.channel)} —{' '}
            {t('accueil.answer.by', {
              name: isolate(a.answeredBy?.displayName ?? t('accueil.someone')),
              at: formatDateTime(a.answeredAt, i18n.language),
            })}
          </p>
          <p className="free-text" dir="auto">
            {a.body}
          </p>
        </li>
      ))}
    </ol>
  )
}

/** One request: what was asked, what was answered, who handles it, and its whole history. */
export function RequestDetailPage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const justCreated = new URLSearchParams(useSearch()).has('enregistree')
  const loaded = useLoad(() => call(accueilApi.get, { params: { id } }))
  const [changed, setChanged] = useState<RequestDetail | null>(null)
  const request = changed ?? loaded.data

  const onChanged = (next: RequestDetail) => {
    setChanged(next)
    announceRequestsChanged()
  }

  if (loaded.error && !request) {
    return (
      <Page title={t('accueil.detail.notFound')}>
        <Alert tone="error">{loaded.error}</Alert>
        <p>
          <Link href="/demandes">{t('accueil.detail.back')}</Link>
        </p>
      </Page>
    )
  }
  if (!request) return <p className="loading">{t('common.loading')}</p>

  return (
    <Page title={t('accueil.detail.title', { reference: request.reference })}>
      <p>
        <Link href="/demandes">{t('accueil.detail.back')}</Link>
      </p>
      {justCreated && !changed ? (
        <Alert tone="success">{t('accueil.detail.created', { reference: request.reference })}</Alert>
      ) : null}
      <div className="detail">
        <div className="detail__main">
          <section className="card" aria-labelledby="resume">
            <h2 id="resume">{t('accueil.detail.summary')}</h2>
            <Facts request={request} />
          </section>
          <section className="card" aria-labelledby="message">
            <h2 id="message">{t('accueil.fields.message')}</h2>
            {request.subject ? (
              <p className="entry__title" dir="auto">
                {request.subject}
              </p>
            ) : null}
            {request.message ? (
              <p className="free-text" dir="auto">
                {request.message}
              </p>
            ) : (
              <p className="muted">{t('accueil.detail.noMessage')}</p>
            )}
          </section>
          <section className="card" aria-labelledby="reponses">
            <h2 id="reponses">{t('accueil.answer.list')}</h2>
            <Answers request={request} />
            {acceptsFollowUp(request.state) ? (
              <h3 className="subheading">{t('accueil.answer.title')}</h3>
            ) : null}
            <AnswerForm request={request} onChanged={onChanged} />
          </section>
          <section className="card" aria-labelledby="orientations">
            <h2 id="orientations">{t('accueil.orient.title')}</h2>
            <Orientations request={request} onChanged={onChanged} />
          </section>
          <RequestReferrals requestId={request.id} canOrient={acceptsFollowUp(request.state)} />
        </div>
        <div className="detail__side">
          <section className="card" aria-labelledby="etat">
            <h2 id="etat">{t('accueil.state.title')}</h2>
            <StateActions request={request} onChanged={onChanged} />
          </section>
          <section className="card" aria-labelledby="attribution">
            <h2 id="attribution">{t('accueil.assign.title')}</h2>
            <ReassignForm request={request} onChanged={onChanged} />
          </section>
          <section className="card" aria-labelledby="historique">
            <h2 id="historique">{t('accueil.history.title')}</h2>
            <RequestHistory request={request} />
          </section>
        </div>
      </div>
    </Page>
  )
}
