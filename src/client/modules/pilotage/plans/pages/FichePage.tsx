import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  pilotagePlansContract as plansApi,
  type FicheView,
} from '../../../../../shared/modules/pilotage/plans.contract'
import { actionKinds, actionStatuses } from '../../../../../shared/modules/pilotage/pilotage.constants'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { ActionIndicators } from '../../indicators/ActionIndicators'
import { StatusBadge, centsOf, euros, eurosInput } from '../components'
import '../plans.css'

/** An action's fiche opérationnelle, laid out like the social project's model. */
export function FichePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(plansApi.fiche, { params: { id } }))
  const [fiche, setFiche] = useState<FicheView | null>(null)
  const [editing, setEditing] = useState(false)
  const current = fiche ?? loaded.data
  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  if (!current) return <p className="loading">{t('common.loading')}</p>
  const none = <span className="muted">{t('pilotage_plans.common.none')}</span>
  const text = (value: string) => (value ? <bdi>{value}</bdi> : none)
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : none)
  const pilots = [
    ...current.pilots.map((p) => p.displayName),
    ...(current.pilotNames ? [current.pilotNames] : []),
  ]

  return (
    <Page
      title={t('pilotage_plans.fiche.title', { number: current.number, title: current.title })}
      intro={t('pilotage_plans.fiche.inPlan', {
        plan: current.plan.title,
        axis: current.axis.number,
        axisTitle: current.axis.title,
      })}
    >
      <p className="pl-actions">
        <Link href={`/pilotage/plans/${current.plan.id}`}>{t('pilotage_plans.fiche.back')}</Link>
        <span>
          {t(`pilotage_plans.kind.${current.kind}`)} · <StatusBadge status={current.status} />{' '}
          <span className="small muted">
            {t('pilotage_plans.fiche.since', { date: formatDate(current.statusChangedAt, i18n.language) })}
          </span>
        </span>
      </p>
      {current.statusReason ? (
        <p>
          <strong>{t('pilotage_plans.fiche.reason')} :</strong> <bdi>{current.statusReason}</bdi>
        </p>
      ) : null}

      <section className="card" aria-labelledby="fiche-h-model">
        <h2 id="fiche-h-model">{t('pilotage_plans.fiche.model')}</h2>
        {editing ? (
          <FicheForm
            fiche={current}
            onSaved={(f) => (setFiche(f), setEditing(false))}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <dl className="pl-fiche">
              <dt>{t('pilotage_plans.fiche.objective')}</dt>
              <dd>{text(current.objective || current.axis.objective)}</dd>
              <dt>{t('pilotage_plans.fiche.description')}</dt>
              <dd>{text(current.description)}</dd>
              <dt>{t('pilotage_plans.fiche.pilots')}</dt>
              <dd>{pilots.length ? pilots.join(', ') : none}</dd>
              <dt>{t('pilotage_plans.fiche.services')}</dt>
              <dd>{current.services.length ? current.services.map((s) => s.name).join(', ') : none}</dd>
              <dt>{t('pilotage_plans.fiche.partners')}</dt>
              <dd>{current.partners.length ? current.partners.map((p) => p.name).join(', ') : none}</dd>
              <dt>{t('pilotage_plans.fiche.targetPublics')}</dt>
              <dd>{text(current.targetPublics)}</dd>
              <dt>{t('pilotage_plans.fiche.means')}</dt>
              <dd>
                {t('pilotage_plans.fiche.budgetTotal')} :{' '}
                {euros(current.budget.total.plannedCents, i18n.language)}
                {current.budget.byFunder.length
                  ? ` (${current.budget.byFunder.map((f) => `${f.funderName} ${euros(f.plannedCents, i18n.language)}`).join(', ')})`
                  : ''}
                <br />
                {t('pilotage_plans.fiche.staffTime')} : {text(current.staffTime)}
              </dd>
              <dt>{t('pilotage_plans.fiche.calendar')}</dt>
              <dd>
                {t('pilotage_plans.fiche.startsOn')} : {date(current.startsOn)} ·{' '}
                {t('pilotage_plans.fiche.endsOn')} : {date(current.endsOn)}
              </dd>
              <dt>{t('pilotage_plans.fiche.userParticipation')}</dt>
              <dd>{text(current.userParticipation)}</dd>
              <dt>{t('pilotage_plans.fiche.qualityCommitments')}</dt>
              <dd>{text(current.qualityCommitments)}</dd>
              <dt>{t('pilotage_plans.fiche.agentInvolvement')}</dt>
              <dd>{text(current.agentInvolvement)}</dd>
            </dl>
            {current.abilities.edit ? (
              <p>
                <Button variant="primary" onPress={() => setEditing(true)}>
                  {t('pilotage_plans.fiche.editTitle')}
                </Button>
              </p>
            ) : null}
          </>
        )}
      </section>

      {current.abilities.edit ? <StatusForm fiche={current} onSaved={setFiche} /> : null}

      <section className="card" aria-labelledby="fiche-h-indicators">
        <h2 id="fiche-h-indicators">{t('pilotage_plans.fiche.indicators')}</h2>
        <ActionIndicators actionId={current.id} canMeasure={current.abilities.edit} />
      </section>

      <Milestones fiche={current} onSaved={setFiche} />
      <Budget fiche={current} onSaved={setFiche} />
    </Page>
  )
}

function Select({
  label,
  name,
  value,
  onChange,
  children,
}: {
  label: string
  name: string
  value: string
  onChange: (v: string) => void
  children: ReactNode
}) {
  const id = `fiche-${name}`
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  )
}

function FicheForm({
  fiche,
  onSaved,
  onCancel,
}: {
  fiche: FicheView
  onSaved: (f: FicheView) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const choices = useLoad(() => call(plansApi.choices, {}))
  const manage = fiche.abilities.manage
  const [title, setTitle] = useState(fiche.title)
  const [kind, setKind] = useState<string>(fiche.kind)
  const [objective, setObjective] = useState(fiche.objective)
  const [description, setDescription] = useState(fiche.description)
  const [pilotIds, setPilotIds] = useState(fiche.pilots.map((p) => p.accountId))
  const [pilotNames, setPilotNames] = useState(fiche.pilotNames)
  const [serviceIds, setServiceIds] = useState(fiche.services.map((s) => s.id))
  const [partners, setPartners] = useState(fiche.partners.map((p) => p.name).join('\n'))
  const [targetPublics, setTargetPublics] = useState(fiche.targetPublics)
  const [staffTime, setStaffTime] = useState(fiche.staffTime)
  const [userParticipation, setUserParticipation] = useState(fiche.userParticipation)
  const [qualityCommitments, setQualityCommitments] = useState(fiche.qualityCommitments)
  const [agentInvolvement, setAgentInvolvement] = useState(fiche.agentInvolvement)
  const [startsOn, setStartsOn] = useState(fiche.startsOn ?? '')
  const [endsOn, setEndsOn] = useState(fiche.endsOn ?? '')

  const submit = async () => {
    const linked = new Map(fiche.partners.map((p) => [p.name, p.directoryOrganisationId]))
    const saved = await form.run(() =>
      call(plansApi.updateFiche, {
        params: { id: fiche.id },
        body: {
          title,
          kind: kind as (typeof actionKinds)[number],
          objective,
          description,
          ...(manage ? { pilotAccountIds: pilotIds } : {}),
          pilotNames,
          serviceIds,
          partners: partners
            .split('\n')
            .map((p) => p.trim())
            .filter(Boolean)
            .map((name) => ({ name, directoryOrganisationId: linked.get(name) ?? null })),
          targetPublics,
          staffTime,
          userParticipation,
          qualityCommitments,
          agentInvolvement,
          startsOn: startsOn || null,
          endsOn: endsOn || null,
        },
      }),
    )
    if (saved) onSaved(saved)
  }
  return (
    <Form state={form} onSubmit={submit} label={t('pilotage_plans.fiche.editTitle')}>
      <TextField
        label={t('pilotage_plans.fiche.actionTitle')}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <Select label={t('pilotage_plans.fiche.kind')} name="kind" value={kind} onChange={setKind}>
        {actionKinds.map((k) => (
          <option key={k} value={k}>
            {t(`pilotage_plans.kind.${k}`)}
          </option>
        ))}
      </Select>
      <TextArea
        label={t('pilotage_plans.fiche.objective')}
        name="objective"
        value={objective}
        onChange={setObjective}
        rows={3}
      />
      <TextArea
        label={t('pilotage_plans.fiche.description')}
        name="description"
        value={description}
        onChange={setDescription}
        rows={4}
      />
      {manage && choices.data ? (
        <CheckboxGroup
          label={t('pilotage_plans.fiche.pilots')}
          name="pilotAccountIds"
          options={choices.data.members.map((m) => ({ id: m.accountId, label: m.displayName }))}
          value={pilotIds}
          onChange={setPilotIds}
        />
      ) : null}
      <TextField
        label={t('pilotage_plans.fiche.pilotNames')}
        name="pilotNames"
        value={pilotNames}
        onChange={setPilotNames}
      />
      {choices.data ? (
        <CheckboxGroup
          label={t('pilotage_plans.fiche.services')}
          name="serviceIds"
          options={choices.data.services.map((s) => ({ id: s.id, label: s.name }))}
          value={serviceIds}
          onChange={setServiceIds}
        />
      ) : null}
      <TextArea
        label={t('pilotage_plans.fiche.partners')}
        description={t('pilotage_plans.fiche.partnersHelp')}
        name="partners"
        value={partners}
        onChange={setPartners}
        rows={3}
      />
      <TextArea
        label={t('pilotage_plans.fiche.targetPublics')}
        name="targetPublics"
        value={targetPublics}
        onChange={setTargetPublics}
        rows={3}
      />
      <TextField
        label={t('pilotage_plans.fiche.staffTime')}
        name="staffTime"
        value={staffTime}
        onChange={setStaffTime}
      />
      <div className="pl-grid">
        <NativeField
          label={t('pilotage_plans.fiche.startsOn')}
          name="startsOn"
          type="date"
          value={startsOn}
          onChange={setStartsOn}
        />
        <NativeField
          label={t('pilotage_plans.fiche.endsOn')}
          name="endsOn"
          type="date"
          value={endsOn}
          onChange={setEndsOn}
        />
      </div>
      <TextArea
        label={t('pilotage_plans.fiche.userParticipation')}
        name="userParticipation"
        value={userParticipation}
        onChange={setUserParticipation}
        rows={3}
      />
      <TextArea
        label={t('pilotage_plans.fiche.qualityCommitments')}
        name="qualityCommitments"
        value={qualityCommitments}
        onChange={setQualityCommitments}
        rows={3}
      />
      <TextArea
        label={t('pilotage_plans.fiche.agentInvolvement')}
        name="agentInvolvement"
        value={agentInvolvement}
        onChange={setAgentInvolvement}
        rows={3}
      />
      <p className="pl-actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('pilotage_plans.common.save')}
        </Button>
        <Button onPress={onCancel}>{t('pilotage_plans.common.cancel')}</Button>
      </p>
    </Form>
  )
}

function StatusForm({ fiche, onSaved }: { fiche: FicheView; onSaved: (f: FicheView) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [status, setStatus] = useState<string>(fiche.status)
  const [reason, setReason] = useState(fiche.statusReason)
  const [done, setDone] = useState(false)
  const submit = async () => {
    setDone(false)
    const saved = await form.run(() =>
      call(plansApi.changeStatus, {
        params: { id: fiche.id },
        body: { status: status as (typeof actionStatuses)[number], reason },
      }),
    )
    if (saved) {
      onSaved(saved)
      setDone(true)
    }
  }
  return (
    <section className="card" aria-labelledby="fiche-h-status">
      <h2 id="fiche-h-status">{t('pilotage_plans.fiche.changeStatus')}</h2>
      {done ? <Alert tone="success">{t('pilotage_plans.common.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('pilotage_plans.fiche.changeStatus')}>
        <Select label={t('pilotage_plans.fiche.status')} name="status" value={status} onChange={setStatus}>
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`pilotage_plans.status.${s}`)}
            </option>
          ))}
        </Select>
        <TextArea
          label={t('pilotage_plans.fiche.reason')}
          description={t('pilotage_plans.fiche.reasonHelp')}
          name="reason"
          value={reason}
          onChange={setReason}
          rows={2}
        />
        <Button type="submit" isPending={form.pending}>
          {t('pilotage_plans.fiche.changeStatus')}
        </Button>
      </Form>
    </section>
  )
}

function Milestones({ fiche, onSaved }: { fiche: FicheView; onSaved: (f: FicheView) => void }) {
  const { t, i18n } = useTranslation()
  const form = useApiForm()
  const [title, setTitle] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [error, setError] = useState<string | null>(null)
  const reload = async () => onSaved(await call(plansApi.fiche, { params: { id: fiche.id } }))
  const submit = async () => {
    const saved = await form.run(() =>
      call(plansApi.createActionMilestone, { params: { id: fiche.id }, body: { title, dueDate } }),
    )
    if (saved) {
      onSaved(saved)
      setTitle('')
      setDueDate('')
    }
  }
  const mark = async (id: string, doneOn: string | null) => {
    setError(null)
    try {
      await call(plansApi.milestoneDone, { params: { id }, body: { doneOn } })
      await reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const remove = async (id: string) => {
    setError(null)
    try {
      await call(plansApi.deleteMilestone, { params: { id } })
      await reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const today = new Date().toISOString().slice(0, 10)
  return (
    <section className="card" aria-labelledby="fiche-h-milestones">
      <h2 id="fiche-h-milestones">{t('pilotage_plans.fiche.milestones')}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Table
        caption={t('pilotage_plans.fiche.milestones')}
        columns={[
          t('pilotage_plans.fiche.milestone'),
          t('pilotage_plans.fiche.dueDate'),
          t('pilotage_plans.fiche.done'),
        ]}
        isEmpty={fiche.milestones.length === 0}
        empty={t('pilotage_plans.fiche.noMilestones')}
      >
        {fiche.milestones.map((m) => (
          <tr key={m.id}>
            <td>
              <bdi>{m.title}</bdi>
            </td>
            <td>{formatDate(m.dueDate, i18n.language)}</td>
            <td>
              {m.doneOn ? formatDate(m.doneOn, i18n.language) : t('pilotage_plans.fiche.notDone')}
              {fiche.abilities.edit ? (
                <>
                  {' '}
                  <Button variant="quiet" onPress={() => void mark(m.id, m.doneOn ? null : today)}>
                    {m.doneOn
                      ? t('pilotage_plans.fiche.reopen', { title: m.title })
                      : t('pilotage_plans.fiche.markDone', { title: m.title })}
                  </Button>
                  <Button variant="quiet" onPress={() => void remove(m.id)}>
                    {t('pilotage_plans.common.delete')}
                    <span className="visually-hidden"> : {m.title}</span>
                  </Button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      {fiche.abilities.edit ? (
        <Form
          state={form}
          onSubmit={submit}
          label={t('pilotage_plans.fiche.addMilestone')}
          className="form form--inline"
        >
          <TextField
            label={t('pilotage_plans.fiche.milestoneTitle')}
            name="title"
            value={title}
            onChange={setTitle}
            isRequired
          />
          <NativeField
            label={t('pilotage_plans.fiche.dueDate')}
            name="dueDate"
            type="date"
            value={dueDate}
            onChange={setDueDate}
          />
          <Button type="submit" isPending={form.pending}>
            {t('pilotage_plans.fiche.addMilestone')}
          </Button>
        </Form>
      ) : null}
    </section>
  )
}

function Budget({ fiche, onSaved }: { fiche: FicheView; onSaved: (f: FicheView) => void }) {
  const { t, i18n } = useTranslation()
  const money = (cents: number) => euros(cents, i18n.language)
  const b = fiche.budget
  return (
    <section className="card" aria-labelledby="fiche-h-budget">
      <h2 id="fiche-h-budget">{t('pilotage_plans.fiche.budget')}</h2>
      <Table
        caption={t('pilotage_plans.fiche.budget')}
        columns={[
          t('pilotage_plans.fiche.funder'),
          t('pilotage_plans.fiche.year'),
          t('pilotage_plans.fiche.label'),
          t('pilotage_plans.fiche.planned'),
          t('pilotage_plans.fiche.consumed'),
        ]}
        isEmpty={b.lines.length === 0}
        empty={t('pilotage_plans.fiche.noBudget')}
      >
        {b.lines.map((l) => (
          <tr key={l.id}>
            <td>
              <bdi>{l.funderName}</bdi>
            </td>
            <td>{l.year}</td>
            <td>
              <bdi>{l.label}</bdi>
            </td>
            <td className="pl-amount">
              {money(l.plannedCents)}
              {fiche.abilities.manage ? (
                <>
                  {' '}
                  <Button
                    variant="quiet"
                    onPress={() =>
                      void call(plansApi.deleteBudgetLine, { params: { id: l.id } }).then(
                        onSaved,
                        () => undefined,
                      )
                    }
                  >
                    {t('pilotage_plans.common.delete')}
                    <span className="visually-hidden">
                      {' '}
                      : {l.funderName} {l.year}
                    </span>
                  </Button>
                </>
              ) : null}
            </td>
            <td className="pl-amount">
              {fiche.abilities.edit ? (
                <ConsumedForm
                  lineId={l.id}
                  label={t('pilotage_plans.fiche.consumedOf', { funder: l.funderName, year: l.year })}
                  cents={l.consumedCents}
                  onSaved={onSaved}
                />
              ) : (
                money(l.consumedCents)
              )}
            </td>
          </tr>
        ))}
        {b.byFunder.map((f) => (
          <tr key={f.funderId}>
            <th scope="row" colSpan={3}>
              {t('pilotage_plans.fiche.totalFunder', { name: f.funderName })}
            </th>
            <td className="pl-amount">{money(f.plannedCents)}</td>
            <td className="pl-amount">{money(f.consumedCents)}</td>
          </tr>
        ))}
        {b.byYear.map((y) => (
          <tr key={y.year}>
            <th scope="row" colSpan={3}>
              {t('pilotage_plans.fiche.total')} {y.year}
            </th>
            <td className="pl-amount">{money(y.plannedCents)}</td>
            <td className="pl-amount">{money(y.consumedCents)}</td>
          </tr>
        ))}
        {b.lines.length > 0 ? (
          <tr>
            <th scope="row" colSpan={3}>
              {t('pilotage_plans.fiche.total')}
            </th>
            <td className="pl-amount">
              <strong>{money(b.total.plannedCents)}</strong>
            </td>
            <td className="pl-amount">
              <strong>{money(b.total.consumedCents)}</strong>
            </td>
          </tr>
        ) : null}
      </Table>
      {fiche.abilities.manage ? <BudgetManager fiche={fiche} onSaved={onSaved} /> : null}
    </section>
  )
}

function ConsumedForm({
  lineId,
  label,
  cents,
  onSaved,
}: {
  lineId: string
  label: string
  cents: number
  onSaved: (f: FicheView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [value, setValue] = useState(eurosInput(cents))
  const submit = async () => {
    const saved = await form.run(() =>
      call(plansApi.updateBudgetLine, { params: { id: lineId }, body: { consumedCents: centsOf(value) } }),
    )
    if (saved) onSaved(saved)
  }
  return (
    <Form state={form} onSubmit={submit} label={label} className="form form--inline">
      <TextField
        label={label}
        name="consumedCents"
        value={value}
        onChange={setValue}
        inputMode="text"
        dir="ltr"
      />
      <Button type="submit" variant="quiet" isPending={form.pending}>
        {t('pilotage_plans.fiche.saveConsumed')}
        <span className="visually-hidden"> : {label}</span>
      </Button>
    </Form>
  )
}

function BudgetManager({ fiche, onSaved }: { fiche: FicheView; onSaved: (f: FicheView) => void }) {
  const { t } = useTranslation()
  const funderForm = useApiForm()
  const lineForm = useApiForm()
  const [name, setName] = useState('')
  const [funderId, setFunderId] = useState('')
  const [year, setYear] = useState(fiche.plan.periodStart.slice(0, 4))
  const [label, setLabel] = useState('')
  const [planned, setPlanned] = useState('')
  const reload = async () => onSaved(await call(plansApi.fiche, { params: { id: fiche.id } }))
  const addFunder = async () => {
    const done = await funderForm.run(() =>
      call(plansApi.createFunder, { params: { id: fiche.plan.id }, body: { name } }),
    )
    if (done) {
      setName('')
      await reload()
    }
  }
  const addLine = async () => {
    const saved = await lineForm.run(() =>
      call(plansApi.createBudgetLine, {
        params: { id: fiche.id },
        body: { funderId, year: Number(year), label, plannedCents: centsOf(planned) },
      }),
    )
    if (saved) {
      onSaved(saved)
      setLabel('')
      setPlanned('')
    }
  }
  return (
    <>
      <h3>{t('pilotage_plans.fiche.addLine')}</h3>
      {fiche.funders.length === 0 ? (
        <p>{t('pilotage_plans.fiche.noFunder')}</p>
      ) : (
        <Form state={lineForm} onSubmit={addLine} label={t('pilotage_plans.fiche.addLine')}>
          <div className="pl-grid">
            <Select
              label={t('pilotage_plans.fiche.funder')}
              name="funderId"
              value={funderId}
              onChange={setFunderId}
            >
              <option value="">—</option>
              {fiche.funders.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
            <NativeField
              label={t('pilotage_plans.fiche.year')}
              name="year"
              type="number"
              value={year}
              onChange={setYear}
            />
            <TextField
              label={t('pilotage_plans.fiche.label')}
              name="label"
              value={label}
              onChange={setLabel}
            />
            <TextField
              label={t('pilotage_plans.fiche.plannedEuros')}
              name="plannedCents"
              value={planned}
              onChange={setPlanned}
              dir="ltr"
            />
          </div>
          <Button type="submit" isPending={lineForm.pending}>
            {t('pilotage_plans.fiche.addLine')}
          </Button>
        </Form>
      )}
      <h3>{t('pilotage_plans.fiche.funders')}</h3>
      <Form
        state={funderForm}
        onSubmit={addFunder}
        label={t('pilotage_plans.fiche.addFunder')}
        className="form form--inline"
      >
        <TextField
          label={t('pilotage_plans.fiche.funderName')}
          name="name"
          value={name}
          onChange={setName}
          isRequired
        />
        <Button type="submit" isPending={funderForm.pending}>
          {t('pilotage_plans.fiche.addFunder')}
        </Button>
      </Form>
    </>
  )
}
