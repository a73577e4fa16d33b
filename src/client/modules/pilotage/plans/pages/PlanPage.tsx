import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  pilotagePlansContract as plansApi,
  type ActionLineView,
  type AxisView,
  type PlanView,
} from '../../../../../shared/modules/pilotage/plans.contract'
import { actionKinds } from '../../../../../shared/modules/pilotage/pilotage.constants'
import { ApiError, call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { StatusBadge } from '../components'
import { PlanMilestones } from './PlanMilestones'
import { PlanSettings } from './PlanSettings'
import '../plans.css'

/** Runs a change and keeps its French error for the page. */
function useChange(onPlan: (plan: PlanView) => void) {
  const [error, setError] = useState<string | null>(null)
  const run = async (change: () => Promise<PlanView>) => {
    setError(null)
    try {
      onPlan(await change())
      return true
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
      return false
    }
  }
  return { error, run }
}

/** A plan: its axes and actions numbered, their status and pilots; managers build and reorder it. */
export function PlanPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(plansApi.plan, { params: { id } }))
  const [plan, setPlan] = useState<PlanView | null>(null)
  const [focus, setFocus] = useState<string | null>(null)
  const change = useChange(setPlan)
  const current = plan ?? loaded.data

  // After a move, the keyboard stays on the button pressed (or its neighbour at an end).
  useEffect(() => {
    if (!focus) return
    const [key, other] = focus.split('|')
    const target = document.getElementById(key!) as HTMLButtonElement | null
    const fallback = document.getElementById(other!) as HTMLButtonElement | null
    ;(target && !target.disabled ? target : fallback)?.focus()
    setFocus(null)
  }, [focus, current])

  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  if (!current) return <p className="loading">{t('common.loading')}</p>
  const manage = current.abilities.manage

  const moveAxis = async (axis: AxisView, delta: number) => {
    const dir = delta < 0 ? 'up' : 'down'
    if (
      await change.run(() =>
        call(plansApi.moveAxis, { params: { id: axis.id }, body: { position: axis.position + delta } }),
      )
    )
      setFocus(`axis-${dir}-${axis.id}|axis-${dir === 'up' ? 'down' : 'up'}-${axis.id}`)
  }
  const moveAction = async (action: ActionLineView, delta: number) => {
    const dir = delta < 0 ? 'up' : 'down'
    if (
      await change.run(() =>
        call(plansApi.moveAction, {
          params: { id: action.id },
          body: { position: action.position + delta },
        }),
      )
    )
      setFocus(`action-${dir}-${action.id}|action-${dir === 'up' ? 'down' : 'up'}-${action.id}`)
  }

  return (
    <Page
      title={current.title}
      intro={t('pilotage_plans.common.from', {
        start: formatDate(current.periodStart, i18n.language),
        end: formatDate(current.periodEnd, i18n.language),
      })}
    >
      {current.summary ? <p className="pl-summary">{current.summary}</p> : null}
      {current.source ? (
        <p className="small muted">{t('pilotage_plans.plan.source', { source: current.source })}</p>
      ) : null}
      {!current.owned ? (
        <Alert tone="info">{t('pilotage_plans.plan.readOnly', { owner: current.ownerName })}</Alert>
      ) : null}
      {current.owned && current.archived ? (
        <Alert tone="info">{t('pilotage_plans.plan.archivedNotice')}</Alert>
      ) : null}
      <nav aria-label={t('pilotage_plans.plan.links')}>
        <p className="pl-actions">
          <Link href={`/pilotage/plans/${current.id}/tableau-de-bord`} className="button">
            {t('pilotage_plans.plan.dashboard')}
          </Link>
          <Link href={`/pilotage/plans/${current.id}/instances`} className="button">
            {t('pilotage_plans.plan.reviews')}
          </Link>
          <Link href={`/pilotage/plans/${current.id}/bilan`} className="button">
            {t('pilotage_plans.plan.recap')}
          </Link>
        </p>
      </nav>
      {change.error ? <Alert tone="error">{change.error}</Alert> : null}

      <h2>{t('pilotage_plans.plan.axes')}</h2>
      {current.axes.length === 0 ? <p>{t('pilotage_plans.plan.noAxes')}</p> : null}
      {current.axes.map((axis, i) => (
        <section key={axis.id} className="pl-axis card" aria-labelledby={`axis-title-${axis.id}`}>
          <div className="pl-axis__head">
            <h3 id={`axis-title-${axis.id}`}>
              {t('pilotage_plans.plan.axis', { number: axis.number })} : <bdi>{axis.title}</bdi>
            </h3>
            {manage ? (
              <span className="pl-tools">
                <button
                  type="button"
                  id={`axis-up-${axis.id}`}
                  className="button button--quiet"
                  disabled={i === 0}
                  onClick={() => void moveAxis(axis, -1)}
                >
                  {t('pilotage_plans.plan.up')}
                  <span className="visually-hidden"> : {axis.title}</span>
                </button>
                <button
                  type="button"
                  id={`axis-down-${axis.id}`}
                  className="button button--quiet"
                  disabled={i === current.axes.length - 1}
                  onClick={() => void moveAxis(axis, 1)}
                >
                  {t('pilotage_plans.plan.down')}
                  <span className="visually-hidden"> : {axis.title}</span>
                </button>
              </span>
            ) : null}
          </div>
          {axis.objective ? (
            <p className="muted">{t('pilotage_plans.plan.objective', { objective: axis.objective })}</p>
          ) : null}
          {manage ? <AxisEditor axis={axis} onPlan={setPlan} /> : null}
          {axis.actions.length === 0 ? (
            <p>{t('pilotage_plans.plan.noActions')}</p>
          ) : (
            <ol className="pl-list">
              {axis.actions.map((action, j) => (
                <li key={action.id} className="pl-item">
                  <div className="pl-item__main">
                    <span className="pl-number">{action.number}</span>
                    <Link href={`/pilotage/fiches/${action.id}`}>
                      <bdi>{action.title}</bdi>
                    </Link>{' '}
                    <span className="small muted">· {t(`pilotage_plans.kind.${action.kind}`)}</span>
                    <div className="small">
                      {t('pilotage_plans.plan.pilots')} :{' '}
                      {action.pilots.length || action.pilotNames
                        ? [
                            ...action.pilots.map((p) => p.displayName),
                            ...(action.pilotNames ? [action.pilotNames] : []),
                          ].join(', ')
                        : t('pilotage_plans.plan.noPilot')}
                    </div>
                  </div>
                  <StatusBadge status={action.status} />
                  {manage ? (
                    <span className="pl-tools">
                      <button
                        type="button"
                        id={`action-up-${action.id}`}
                        className="button button--quiet"
                        disabled={j === 0}
                        onClick={() => void moveAction(action, -1)}
                      >
                        {t('pilotage_plans.plan.up')}
                        <span className="visually-hidden">
                          {' '}
                          : {action.number} {action.title}
                        </span>
                      </button>
                      <button
                        type="button"
                        id={`action-down-${action.id}`}
                        className="button button--quiet"
                        disabled={j === axis.actions.length - 1}
                        onClick={() => void moveAction(action, 1)}
                      >
                        {t('pilotage_plans.plan.down')}
                        <span className="visually-hidden">
                          {' '}
                          : {action.number} {action.title}
                        </span>
                      </button>
                      {current.axes.length > 1 ? (
                        <MoveToAxis action={action} axes={current.axes} onMove={change.run} />
                      ) : null}
                      <DeleteAction action={action} onDelete={change.run} />
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {manage ? <NewAction axis={axis} onPlan={setPlan} /> : null}
        </section>
      ))}
      {manage ? <NewAxis planId={current.id} onPlan={setPlan} /> : null}
      <PlanMilestones planId={current.id} manage={manage} />
      {current.abilities.settings ? <PlanSettings plan={current} onPlan={setPlan} /> : null}
    </Page>
  )
}

function MoveToAxis({
  action,
  axes,
  onMove,
}: {
  action: ActionLineView
  axes: AxisView[]
  onMove: (change: () => Promise<PlanView>) => Promise<boolean>
}) {
  const { t } = useTranslation()
  const [target, setTarget] = useState('')
  const selectId = `move-to-${action.id}`
  return (
    <span className="pl-tools">
      <label htmlFor={selectId} className="visually-hidden">
        {t('pilotage_plans.plan.moveTo')} : {action.number} {action.title}
      </label>
      <select
        id={selectId}
        className="field__input"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        <option value="">{t('pilotage_plans.plan.moveTo')}…</option>
        {axes
          .filter((a) => a.id !== action.axisId)
          .map((a) => (
            <option key={a.id} value={a.id}>
              {t('pilotage_plans.plan.axis', { number: a.number })} : {a.title}
            </option>
          ))}
      </select>
      <button
        type="button"
        className="button button--quiet"
        disabled={!target}
        onClick={() =>
          void onMove(() =>
            call(plansApi.moveAction, {
              params: { id: action.id },
              body: { position: 10_000, axisId: target },
            }),
          )
        }
      >
        {t('pilotage_plans.plan.move')}
        <span className="visually-hidden">
          {' '}
          : {action.number} {action.title}
        </span>
      </button>
    </span>
  )
}

function DeleteAction({
  action,
  onDelete,
}: {
  action: ActionLineView
  onDelete: (change: () => Promise<PlanView>) => Promise<boolean>
}) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        {t('pilotage_plans.common.delete')}
        <span className="visually-hidden">
          {' '}
          : {action.number} {action.title}
        </span>
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('pilotage_plans.plan.confirmDeleteAction', { number: action.number, title: action.title })}
          confirmLabel={t('pilotage_plans.common.delete')}
          onConfirm={async () => {
            await onDelete(() => call(plansApi.deleteAction, { params: { id: action.id } }))
            setAsking(false)
          }}
          onClose={() => setAsking(false)}
        >
          <p>{action.title}</p>
        </ConfirmDialog>
      ) : null}
    </>
  )
}

function AxisEditor({ axis, onPlan }: { axis: AxisView; onPlan: (plan: PlanView) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState(axis.title)
  const [objective, setObjective] = useState(axis.objective)
  const opener = useRef<HTMLButtonElement>(null)
  if (!open)
    return (
      <p className="pl-actions">
        <button ref={opener} type="button" className="button button--quiet" onClick={() => setOpen(true)}>
          {t('pilotage_plans.plan.editAxis')}
          <span className="visually-hidden"> : {axis.title}</span>
        </button>
        {axis.actions.length === 0 ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              void form.run(async () => onPlan(await call(plansApi.deleteAxis, { params: { id: axis.id } })))
            }
          >
            {t('pilotage_plans.common.delete')}
            <span className="visually-hidden"> : {axis.title}</span>
          </button>
        ) : null}
        {form.error ? <span className="field__error">{form.error.message}</span> : null}
      </p>
    )
  const submit = async () => {
    const plan = await form.run(() =>
      call(plansApi.updateAxis, { params: { id: axis.id }, body: { title, objective } }),
    )
    if (plan) {
      onPlan(plan)
      setOpen(false)
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('pilotage_plans.plan.editAxis')}>
      <TextField
        label={t('pilotage_plans.plan.axisTitle')}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <TextArea
        label={t('pilotage_plans.plan.axisObjective')}
        name="objective"
        value={objective}
        onChange={setObjective}
        rows={3}
      />
      <p className="pl-actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('pilotage_plans.common.save')}
        </Button>
        <Button onPress={() => setOpen(false)}>{t('pilotage_plans.common.cancel')}</Button>
      </p>
    </Form>
  )
}

function NewAction({ axis, onPlan }: { axis: AxisView; onPlan: (plan: PlanView) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<(typeof actionKinds)[number]>('action')
  const kindId = `kind-${axis.id}`
  const submit = async () => {
    const plan = await form.run(() =>
      call(plansApi.createAction, { params: { id: axis.id }, body: { title, kind } }),
    )
    if (plan) {
      onPlan(plan)
      setTitle('')
    }
  }
  return (
    <Form
      state={form}
      onSubmit={submit}
      label={`${t('pilotage_plans.plan.addAction')} (${t('pilotage_plans.plan.axis', { number: axis.number })})`}
      className="form form--inline"
    >
      <TextField
        label={`${t('pilotage_plans.plan.actionTitle')} (${t('pilotage_plans.plan.axis', { number: axis.number })})`}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          {t('pilotage_plans.plan.actionKind')}
        </label>
        <select
          id={kindId}
          name="kind"
          className="field__input"
          value={kind}
          onChange={(e) => setKind(e.target.value as (typeof actionKinds)[number])}
        >
          {actionKinds.map((k) => (
            <option key={k} value={k}>
              {t(`pilotage_plans.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" isPending={form.pending}>
        {t('pilotage_plans.plan.addAction')}
      </Button>
    </Form>
  )
}

function NewAxis({ planId, onPlan }: { planId: string; onPlan: (plan: PlanView) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [title, setTitle] = useState('')
  const [objective, setObjective] = useState('')
  const submit = async () => {
    const plan = await form.run(() =>
      call(plansApi.createAxis, { params: { id: planId }, body: { title, objective } }),
    )
    if (plan) {
      onPlan(plan)
      setTitle('')
      setObjective('')
    }
  }
  return (
    <section className="card" aria-labelledby="new-axis">
      <h2 id="new-axis">{t('pilotage_plans.plan.addAxis')}</h2>
      <Form state={form} onSubmit={submit} label={t('pilotage_plans.plan.addAxis')}>
        <TextField
          label={t('pilotage_plans.plan.axisTitle')}
          name="title"
          value={title}
          onChange={setTitle}
          isRequired
        />
        <TextArea
          label={t('pilotage_plans.plan.axisObjective')}
          name="objective"
          value={objective}
          onChange={setObjective}
          rows={3}
        />
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('pilotage_plans.plan.addAxis')}
        </Button>
      </Form>
    </section>
  )
}
