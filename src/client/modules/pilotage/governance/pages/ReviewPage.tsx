import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  pilotageGovernanceContract as api,
  type ReviewSnapshot,
  type ReviewView,
} from '../../../../../shared/modules/pilotage/governance.contract'
import { actionStatuses, type TrafficLight } from '../../../../../shared/modules/pilotage/pilotage.constants'
import { call } from '../../../../api'
import { formatDate, formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { StatusBadge } from '../../plans/components'
import '../governance.css'

function Light({ light }: { light: TrafficLight }) {
  const { t } = useTranslation()
  return (
    <span className={`gv-light gv-light--${light}`}>
      <span className="gv-light__dot" aria-hidden="true" />
      {t(`pilotage_governance.lights.${light}`)}
    </span>
  )
}

/** The plan as the review froze it: read-only, never today's state. */
function Snapshot({ snapshot, review }: { snapshot: ReviewSnapshot; review: ReviewView }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="card gv-snapshot" aria-labelledby="snapshot-title">
      <h2 id="snapshot-title">
        {t('pilotage_governance.review.frozen', { date: formatDateTime(review.frozenAt!, i18n.language) })}
        {review.frozenByName
          ? ` ${t('pilotage_governance.review.frozenBy', { name: review.frozenByName })}`
          : ''}
      </h2>
      <p className="muted">{t('pilotage_governance.review.frozenNote')}</p>
      <p>
        {t('pilotage_governance.review.planLight')} <Light light={snapshot.light} />
      </p>
      <h3>{t('pilotage_governance.review.counts')}</h3>
      <ul className="gv-counts">
        {actionStatuses.map((s) => (
          <li key={s}>
            <StatusBadge status={s} /> {snapshot.counts[s] ?? 0}
          </li>
        ))}
      </ul>
      {snapshot.axes.map((axis) => (
        <div key={axis.id}>
          <Table
            caption={
              <>
                {t('pilotage_governance.review.axis', { number: axis.number, title: axis.title })}{' '}
                <Light light={axis.light} />
              </>
            }
            columns={[
              t('pilotage_governance.review.number'),
              t('pilotage_governance.review.action'),
              t('pilotage_governance.review.status'),
              t('pilotage_governance.review.light'),
            ]}
          >
            {axis.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.number}</td>
                <td>
                  <bdi>{a.title}</bdi>
                </td>
                <td>
                  <StatusBadge status={a.status} />
                  {a.statusReason ? (
                    <div className="small">
                      <bdi>{a.statusReason}</bdi>
                    </div>
                  ) : null}
                </td>
                <td>
                  <Light light={a.light} />
                </td>
              </tr>
            ))}
          </Table>
        </div>
      ))}
    </section>
  )
}

/** A review: its decisions (recorded while open), then « Figer l'état du plan » and the frozen state. */
export function ReviewPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(api.review, { params: { id } }))
  const [review, setReview] = useState<ReviewView | null>(null)
  const [confirming, setConfirming] = useState(false)
  const form = useApiForm()
  const [text, setText] = useState('')
  const [actionId, setActionId] = useState<string>('')
  const current = review ?? loaded.data

  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  if (!current) return <p className="loading">{t('common.loading')}</p>

  const addDecision = async () => {
    const after = await form.run(() =>
      call(api.addDecision, { params: { id }, body: { text, actionId: actionId || null } }),
    )
    if (after) {
      setReview(after)
      setText('')
      setActionId('')
    }
  }

  return (
    <Page
      title={current.title}
      intro={t('pilotage_governance.review.heldOn', {
        kind: t(`pilotage_governance.kinds.${current.kind}`),
        date: formatDate(current.heldOn, i18n.language),
      })}
    >
      <p className="gv-links">
        <Link href={`/pilotage/plans/${current.planId}/instances`}>
          {t('pilotage_governance.review.reviews')}
        </Link>
        <Link href={`/pilotage/plans/${current.planId}`}>{t('pilotage_governance.backToPlan')}</Link>
      </p>
      <p className="muted">
        <bdi>{current.planTitle}</bdi>
      </p>
      {current.notes ? (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">{t('pilotage_governance.review.notes')}</h2>
          <p className="gv-notes">
            <bdi>{current.notes}</bdi>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t('pilotage_governance.review.decisions')}</h2>
        {current.decisions.length === 0 ? (
          <p>{t('pilotage_governance.review.noDecision')}</p>
        ) : (
          <ol className="gv-decisions">
            {current.decisions.map((d) => (
              <li key={d.id}>
                <p className="gv-decision__text">
                  <bdi>{d.text}</bdi>
                </p>
                <p className="small muted">
                  {d.actionLabel
                    ? t('pilotage_governance.review.about', { action: d.actionLabel })
                    : t('pilotage_governance.review.wholePlan')}
                  {d.createdByName
                    ? ` · ${t('pilotage_governance.review.by', { name: d.createdByName })}`
                    : ''}
                </p>
              </li>
            ))}
          </ol>
        )}
        {current.canWrite ? (
          <Form state={form} onSubmit={addDecision} label={t('pilotage_governance.review.addDecision')}>
            <h3>{t('pilotage_governance.review.addDecision')}</h3>
            <TextArea
              label={t('pilotage_governance.review.decisionText')}
              name="text"
              value={text}
              onChange={setText}
              rows={3}
              isRequired
            />
            <Select
              label={t('pilotage_governance.review.decisionAction')}
              name="actionId"
              value={actionId}
              onChange={(v) => setActionId(v ?? '')}
              options={[
                { id: '', label: t('pilotage_governance.review.wholePlan') },
                ...current.actions.map((a) => ({ id: a.id, label: a.label })),
              ]}
            />
            <Button type="submit" isPending={form.pending}>
              {t('pilotage_governance.review.save')}
            </Button>
          </Form>
        ) : null}
      </section>
      {current.canWrite ? (
        <p>
          <Button variant="danger" onPress={() => setConfirming(true)}>
            {t('pilotage_governance.review.freeze')}
          </Button>
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('pilotage_governance.review.freezeTitle')}
          confirmLabel={t('pilotage_governance.review.freezeConfirm')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            setReview(await call(api.freeze, { params: { id }, body: { confirm: true } }))
          }}
        >
          <p>{t('pilotage_governance.review.freezeText')}</p>
        </ConfirmDialog>
      ) : null}
      {current.snapshot ? <Snapshot snapshot={current.snapshot} review={current} /> : null}
    </Page>
  )
}
