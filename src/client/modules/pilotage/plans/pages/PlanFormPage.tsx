import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { pilotagePlansContract as plansApi } from '../../../../../shared/modules/pilotage/plans.contract'
import { call } from '../../../../api'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import '../plans.css'

/** A blank plan: its title, period, summary and source. */
export function PlanFormPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const form = useApiForm()
  const [title, setTitle] = useState('')
  const [periodStart, setStart] = useState('')
  const [periodEnd, setEnd] = useState('')
  const [summary, setSummary] = useState('')
  const [source, setSource] = useState('')
  const submit = async () => {
    const plan = await form.run(() =>
      call(plansApi.create, { body: { title, periodStart, periodEnd, summary, source } }),
    )
    if (plan) navigate(`/pilotage/plans/${plan.id}`)
  }
  return (
    <Page title={t('pilotage_plans.form.title')} intro={t('pilotage_plans.form.intro')}>
      <section className="card">
        <Form state={form} onSubmit={submit} label={t('pilotage_plans.form.title')}>
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
            rows={4}
          />
          <TextField
            label={t('pilotage_plans.form.source')}
            description={t('pilotage_plans.form.sourceHelp')}
            name="source"
            value={source}
            onChange={setSource}
          />
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('pilotage_plans.form.create')}
          </Button>
        </Form>
      </section>
    </Page>
  )
}
