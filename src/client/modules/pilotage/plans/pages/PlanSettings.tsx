import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  pilotagePlansContract as plansApi,
  type PlanView,
} from '../../../../../shared/modules/pilotage/plans.contract'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'

/** Publishing the public page, archiving, and sharing the plan with other organisations. */
export function PlanSettings({ plan, onPlan }: { plan: PlanView; onPlan: (plan: PlanView) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const shareForm = useApiForm()
  const sharing = useLoad(() => call(plansApi.sharing, { params: { id: plan.id } }))
  const [target, setTarget] = useState('')

  const toggle = (field: 'published' | 'archived', value: boolean) =>
    void form.run(async () =>
      onPlan(await call(plansApi.update, { params: { id: plan.id }, body: { [field]: value } })),
    )

  const share = async () => {
    if (!target) return
    const done = await shareForm.run(() =>
      call(plansApi.share, { params: { id: plan.id }, body: { organisationId: target } }),
    )
    if (done) {
      setTarget('')
      await sharing.reload()
    }
  }
  const unshare = async (organisationId: string) => {
    const done = await shareForm.run(() =>
      call(plansApi.unshare, { params: { id: plan.id }, body: { organisationId } }),
    )
    if (done) await sharing.reload()
  }

  return (
    <section className="card" aria-labelledby="plan-settings">
      <h2 id="plan-settings">{t('pilotage_plans.settings.title')}</h2>
      <PlanDetails plan={plan} onPlan={onPlan} />
      <Form state={form} onSubmit={() => undefined} label={t('pilotage_plans.settings.title')}>
        <div className="field">
          <label className="pl-check">
            <input
              type="checkbox"
              name="published"
              checked={plan.published}
              onChange={(e) => toggle('published', e.target.checked)}
            />{' '}
            {t('pilotage_plans.settings.published')}
          </label>
        </div>
        <div className="field">
          <label className="pl-check">
            <input
              type="checkbox"
              name="archived"
              checked={plan.archived}
              onChange={(e) => toggle('archived', e.target.checked)}
            />{' '}
            {t('pilotage_plans.settings.archived')}
          </label>
        </div>
      </Form>
      <h3>{t('pilotage_plans.settings.sharedWith')}</h3>
      {sharing.data && sharing.data.sharedWith.length === 0 ? (
        <p>{t('pilotage_plans.settings.noShare')}</p>
      ) : null}
      <ul>
        {sharing.data?.sharedWith.map((o) => (
          <li key={o.id}>
            <bdi>{o.name}</bdi>{' '}
            <Button variant="quiet" onPress={() => void unshare(o.id)}>
              {t('pilotage_plans.settings.unshare', { name: o.name })}
            </Button>
          </li>
        ))}
      </ul>
      {sharing.data && sharing.data.choices.length > 0 ? (
        <Form
          state={shareForm}
          onSubmit={share}
          label={t('pilotage_plans.settings.shareWith')}
          className="form form--inline"
        >
          <div className="field">
            <label className="field__label" htmlFor="share-with">
              {t('pilotage_plans.settings.shareWith')}
            </label>
            <select
              id="share-with"
              name="organisationId"
              className="field__input"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="">{t('pilotage_plans.settings.choose')}</option>
              {sharing.data.choices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" isPending={shareForm.pending} isDisabled={!target}>
            {t('pilotage_plans.settings.share')}
          </Button>
        </Form>
      ) : null}
    </section>
  )
}

/** The plan's title, period, summary and source. */
function PlanDetails({ plan, onPlan }: { plan: PlanView; onPlan: (plan: PlanView) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [title, setTitle] = useState(plan.title)
  const [periodStart, setStart] = useState(plan.periodStart)
  const [periodEnd, setEnd] = useState(plan.periodEnd)
  const [summary, setSummary] = useState(plan.summary)
  const [source, setSource] = useState(plan.source)
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const next = await form.run(() =>
      call(plansApi.update, {
        params: { id: plan.id },
        body: { title, periodStart, periodEnd, summary, source },
      }),
    )
    if (next) {
      onPlan(next)
      setSaved(true)
    }
  }
  return (
    <>
      <h3>{t('pilotage_plans.settings.details')}</h3>
      {saved ? <p role="status">{t('pilotage_plans.common.saved')}</p> : null}
      <Form state={form} onSubmit={submit} label={t('pilotage_plans.settings.details')}>
        <TextField
          label={t('pilotage_plans.form.planTitle')}
          name="title"
          value={title}
          onChange={setTitle}
          isRequired
        />
        <div className="pl-grid">
          <NativeField
            label={t('pilotage_plans.form.periodStart')}
            name="periodStart"
            type="date"
            value={periodStart}
            onChange={setStart}
          />
          <NativeField
            label={t('pilotage_plans.form.periodEnd')}
            name="periodEnd"
            type="date"
            value={periodEnd}
            onChange={setEnd}
          />
        </div>
        <TextArea
          label={t('pilotage_plans.form.summary')}
          name="summary"
          value={summary}
          onChange={setSummary}
          rows={3}
        />
        <TextField
          label={t('pilotage_plans.form.source')}
          name="source"
          value={source}
          onChange={setSource}
        />
        <Button type="submit" isPending={form.pending}>
          {t('pilotage_plans.common.save')}
        </Button>
      </Form>
      <h3>{t('pilotage_plans.settings.visibility')}</h3>
    </>
  )
}
