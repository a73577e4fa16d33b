import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pilotagePlansContract as plansApi } from '../../../../../shared/modules/pilotage/plans.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Table } from '../../../../ui/Table'
import { TextField } from '../../../../ui/TextField'

/** The plan's own milestones (council presentations), with their owner and yearly recurrence. */
export function PlanMilestones({ planId, manage }: { planId: string; manage: boolean }) {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(plansApi.planMilestones, { params: { id: planId } }))
  const choices = useLoad(() => call(plansApi.choices, {}), manage)
  const form = useApiForm()
  const { session } = useSession()
  const me = session?.account?.id
  const [error, setError] = useState<string | null>(null)
  const act = async (change: () => Promise<unknown>) => {
    setError(null)
    try {
      await change()
      await loaded.reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const today = new Date().toISOString().slice(0, 10)
  const [title, setTitle] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [owner, setOwner] = useState('')
  const [yearly, setYearly] = useState(true)
  const submit = async () => {
    const done = await form.run(() =>
      call(plansApi.createPlanMilestone, {
        params: { id: planId },
        body: { title, dueDate, ownerAccountId: owner || null, recurrence: yearly ? 'annuelle' : 'aucune' },
      }),
    )
    if (done) {
      setTitle('')
      setDueDate('')
      await loaded.reload()
    }
  }
  return (
    <section className="card" aria-labelledby="plan-milestones">
      <h2 id="plan-milestones">{t('pilotage_plans.plan.milestones')}</h2>
      <p className="muted">{t('pilotage_plans.plan.milestonesIntro')}</p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {loaded.data ? (
        <Table
          caption={t('pilotage_plans.plan.milestones')}
          columns={[
            t('pilotage_plans.fiche.milestone'),
            t('pilotage_plans.fiche.dueDate'),
            t('pilotage_plans.fiche.done'),
          ]}
          isEmpty={loaded.data.milestones.length === 0}
          empty={t('pilotage_plans.plan.noMilestones')}
        >
          {loaded.data.milestones.map((m) => (
            <tr key={m.id}>
              <td>
                <bdi>{m.title}</bdi>
                {m.owner ? <span className="small muted"> · {m.owner.displayName}</span> : null}
              </td>
              <td>{formatDate(m.dueDate, i18n.language)}</td>
              <td>
                {m.doneOn ? formatDate(m.doneOn, i18n.language) : t('pilotage_plans.fiche.notDone')}
                {manage || (me && m.owner?.accountId === me) ? (
                  <>
                    {' '}
                    <Button
                      variant="quiet"
                      onPress={() =>
                        void act(() =>
                          call(plansApi.milestoneDone, {
                            params: { id: m.id },
                            body: { doneOn: m.doneOn ? null : today },
                          }),
                        )
                      }
                    >
                      {m.doneOn
                        ? t('pilotage_plans.fiche.reopen', { title: m.title })
                        : t('pilotage_plans.fiche.markDone', { title: m.title })}
                    </Button>
                  </>
                ) : null}
                {manage ? (
                  <Button
                    variant="quiet"
                    onPress={() => void act(() => call(plansApi.deleteMilestone, { params: { id: m.id } }))}
                  >
                    {t('pilotage_plans.common.delete')}
                    <span className="visually-hidden"> : {m.title}</span>
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {manage ? (
        <Form state={form} onSubmit={submit} label={t('pilotage_plans.fiche.addMilestone')}>
          <div className="pl-grid">
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
              value={dueDate || ''}
              onChange={setDueDate}
            />
            <div className="field">
              <label className="field__label" htmlFor={`owner-${planId}`}>
                {t('pilotage_plans.fiche.owner')}
              </label>
              <select
                id={`owner-${planId}`}
                name="ownerAccountId"
                className="field__input"
                value={owner}
                onChange={(e) => setOwner(e.target.value)}
              >
                <option value="">{t('pilotage_plans.common.none')}</option>
                {choices.data?.members.map((m) => (
                  <option key={m.accountId} value={m.accountId}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label className="pl-check">
              <input
                type="checkbox"
                name="recurrence"
                checked={yearly}
                onChange={(e) => setYearly(e.target.checked)}
              />{' '}
              {t('pilotage_plans.fiche.yearly')}
            </label>
          </div>
          <Button type="submit" isPending={form.pending}>
            {t('pilotage_plans.fiche.addMilestone')}
          </Button>
        </Form>
      ) : null}
    </section>
  )
}
