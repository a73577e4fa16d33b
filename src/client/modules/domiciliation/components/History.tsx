import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { grantingKinds } from '../../../../shared/modules/domiciliation/domiciliation.constants'
import { call } from '../../../api'
import { isolate } from '../../../app/bidi'
import { formatDateTime } from '../../../app/format'
import { Button } from '../../../ui/Button'
import { TextArea } from '../../../ui/TextArea'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { formatDay, useDomiciliationLabels } from '../domiciliation.labels'
import {
  decisionsApi,
  documentHref,
  type DecisionEntry,
  type DomiciliationFile,
  type RequestEntry,
} from '../domiciliation.queries'
import { DocumentLink } from './DocumentLink'

type Entry =
  | { kind: 'request'; day: string; at: string; request: RequestEntry }
  | { kind: 'decision'; day: string; at: string; decision: DecisionEntry }

/** Requests and decisions in one list, the newest first (same day: the later entered first). */
export function timeline(file: DomiciliationFile): Entry[] {
  const entries: Entry[] = [
    ...file.requests.map((r) => ({ kind: 'request' as const, day: r.filedOn, at: r.createdAt, request: r })),
    ...file.decisions.map((d) => ({
      kind: 'decision' as const,
      day: d.decidedOn,
      at: d.createdAt,
      decision: d,
    })),
  ]
  return entries.sort((a, b) => b.day.localeCompare(a.day) || b.at.localeCompare(a.at))
}

/** The decision that may be cancelled: the last one still in force (the chain is undone from its end). */
export const lastInForce = (file: DomiciliationFile) => file.decisions.find((d) => !d.cancelled) ?? null

const isGrant = (d: DecisionEntry) => grantingKinds.includes(d.kind)

function RequestItem({ request }: { request: RequestEntry }) {
  const { t, i18n } = useTranslation()
  const labels = useDomiciliationLabels()
  const day = (d: string) => formatDay(d, i18n.language)
  return (
    <li className="timeline__item timeline__item--request">
      <p className="entry__title">
        {t('domiciliation.history.request', {
          kind: labels.requestKind(request.kind),
          date: day(request.filedOn),
        })}
      </p>
      <ul className="domi-lines small">
        {request.createdBy ? (
          <li>{t('domiciliation.history.recordedBy', { name: isolate(request.createdBy.displayName) })}</li>
        ) : null}
        {request.acknowledgedOn ? (
          <li>{t('domiciliation.history.acknowledged', { date: day(request.acknowledgedOn) })}</li>
        ) : null}
        {request.interviewAt ? (
          <li>
            {t('domiciliation.history.interview', {
              at: formatDateTime(request.interviewAt, i18n.language),
              name: isolate(request.interviewer?.displayName ?? t('domiciliation.someone')),
            })}
          </li>
        ) : null}
        <li>{labels.requestStatus(request.status)}</li>
      </ul>
      <p>
        <DocumentLink href={documentHref.requestForm(request.id)}>
          {t('domiciliation.documents.requestForm')}
        </DocumentLink>
      </p>
    </li>
  )
}

function DecisionItem({
  decision,
  cancellable,
  onCancel,
}: {
  decision: DecisionEntry
  cancellable: boolean
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const labels = useDomiciliationLabels()
  const day = (d: string) => formatDay(d, i18n.language)
  const cancelled = decision.cancelled
  const motive = decision.motive ? labels.motive(decision) : null
  const orientation = labels.orientation(decision)
  return (
    <li
      className={`timeline__item timeline__item--${decision.kind.toLowerCase()}${cancelled ? ' timeline__item--cancelled' : ''}`}
    >
      <div className={cancelled ? 'timeline__struck' : undefined}>
        <p className="entry__title">
          {t('domiciliation.history.decision', {
            kind: labels.decisionKind(decision.kind),
            date: day(decision.decidedOn),
          })}
        </p>
        <ul className="domi-lines small">
          {decision.decidedBy ? (
            <li>{t('domiciliation.history.decidedBy', { name: isolate(decision.decidedBy.displayName) })}</li>
          ) : null}
          {decision.validFrom && decision.validUntil ? (
            <li>
              {t('domiciliation.history.validity', {
                from: day(decision.validFrom),
                until: day(decision.validUntil),
              })}
            </li>
          ) : null}
          {motive ? <li>{t('domiciliation.history.motive', { motive })}</li> : null}
          {decision.motiveDetail ? (
            <li>
              {t('domiciliation.history.detail')}{' '}
              <span className="free-text" dir="auto">
                {decision.motiveDetail}
              </span>
            </li>
          ) : null}
          {orientation ? (
            <li>
              {t('domiciliation.history.orientation', { orientation })}
              {decision.orientationDetail ? (
                <>
                  {' '}
                  : <bdi>{decision.orientationDetail}</bdi>
                </>
              ) : null}
            </li>
          ) : null}
        </ul>
      </div>
      {cancelled ? (
        <p className="timeline__cancel">
          <strong>{t('domiciliation.history.cancelled')}</strong>{' '}
          {t('domiciliation.history.cancelledBy', {
            at: formatDateTime(cancelled.at, i18n.language),
            name: isolate(cancelled.by?.displayName ?? t('domiciliation.someone')),
          })}{' '}
          <span className="free-text" dir="auto">
            {cancelled.reason}
          </span>
        </p>
      ) : (
        <div className="actions">
          {isGrant(decision) && decision.requestId ? (
            <DocumentLink href={documentHref.attestation(decision.requestId)}>
              {t('domiciliation.documents.attestation')}
            </DocumentLink>
          ) : null}
          {decision.kind === 'REFUS' ? (
            <DocumentLink href={documentHref.letter(decision.id)}>
              {t('domiciliation.documents.refusalLetter')}
            </DocumentLink>
          ) : null}
          {decision.kind === 'RADIATION' ? (
            <DocumentLink href={documentHref.letter(decision.id)}>
              {t('domiciliation.documents.radiationLetter')}
            </DocumentLink>
          ) : null}
          {cancellable ? (
            <Button variant="quiet" onPress={onCancel}>
              {t('domiciliation.cancel.open')}
              <span className="visually-hidden">
                {' '}
                {t('domiciliation.history.decision', {
                  kind: labels.decisionKind(decision.kind),
                  date: day(decision.decidedOn),
                })}
              </span>
            </Button>
          ) : null}
        </div>
      )}
    </li>
  )
}

/** Cancels a decision entered by mistake: it stays in the history, struck, with the reason. */
function CancelDialog({
  decision,
  onClose,
  onCancelled,
}: {
  decision: DecisionEntry
  onClose: () => void
  onCancelled: (file: DomiciliationFile) => void
}) {
  const { t, i18n } = useTranslation()
  const labels = useDomiciliationLabels()
  const [reason, setReason] = useState('')
  const what = t('domiciliation.history.decision', {
    kind: labels.decisionKind(decision.kind),
    date: formatDay(decision.decidedOn, i18n.language),
  })
  return (
    <ConfirmDialog
      title={t('domiciliation.cancel.title')}
      confirmLabel={t('domiciliation.cancel.confirm')}
      onClose={onClose}
      onConfirm={async () =>
        onCancelled(
          await call(decisionsApi.cancel, { params: { id: decision.id }, body: { cancelReason: reason } }),
        )
      }
    >
      <p className="entry__title">{what}</p>
      <p>
        {t(
          decision.kind === 'RADIATION' ? 'domiciliation.cancel.textRadiation' : 'domiciliation.cancel.text',
        )}
      </p>
      <TextArea
        label={t('domiciliation.cancel.reason')}
        description={t('domiciliation.cancel.reasonHelp')}
        name="cancelReason"
        value={reason}
        onChange={setReason}
        rows={3}
        isRequired
      />
    </ConfirmDialog>
  )
}

/** The history of the file: requests and the chain of decisions, never overwritten. */
export function History({
  file,
  canCancel,
  onChanged,
}: {
  file: DomiciliationFile
  canCancel: boolean
  onChanged: (file: DomiciliationFile, notice: string) => void
}) {
  const { t } = useTranslation()
  const [cancelling, setCancelling] = useState<DecisionEntry | null>(null)
  const entries = timeline(file)
  const last = lastInForce(file)
  if (entries.length === 0) return <p className="muted">{t('domiciliation.history.none')}</p>
  return (
    <>
      <ol className="timeline">
        {entries.map((e) =>
          e.kind === 'request' ? (
            <RequestItem key={e.request.id} request={e.request} />
          ) : (
            <DecisionItem
              key={e.decision.id}
              decision={e.decision}
              cancellable={canCancel && last?.id === e.decision.id}
              onCancel={() => setCancelling(e.decision)}
            />
          ),
        )}
      </ol>
      {cancelling ? (
        <CancelDialog
          decision={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={(next) => onChanged(next, 'domiciliation.cancel.done')}
        />
      ) : null}
    </>
  )
}
