import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { pilotageImportsContract as c } from '../../../../../shared/modules/pilotage/imports.contract'
import type { PlanTemplateKey } from '../../../../../shared/modules/pilotage/template-catalogue'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { TextField } from '../../../../ui/TextField'

/** A new plan from a template: the blank plan, Besançon's social project or the Ain plan, with its own dates. */
export function TemplatePage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const templates = useLoad(() => call(c.templates, {}))
  const form = useApiForm()
  const [template, setTemplate] = useState<PlanTemplateKey>('projet-social-ccas')
  const [title, setTitle] = useState('')
  const [periodStart, setPeriodStart] = useState('')
  const [periodEnd, setPeriodEnd] = useState('')

  const submit = async () => {
    const plan = await form.run(() =>
      call(c.createFromTemplate, {
        body: { template, periodStart, periodEnd, ...(title.trim() ? { title: title.trim() } : {}) },
      }),
    )
    if (plan) navigate(`/pilotage/plans/${plan.id}`)
  }

  return (
    <Page title={t('pilotage_imports.template.title')} intro={t('pilotage_imports.template.intro')}>
      {templates.error ? <Alert tone="error">{templates.error}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('pilotage_imports.template.title')}>
        <RadioGroup
          label={t('pilotage_imports.template.choose')}
          name="template"
          value={template}
          onChange={(v) => setTemplate(v as PlanTemplateKey)}
          options={(templates.data ?? []).map((m) => ({
            id: m.key,
            label: (
              <span className="stack-tight">
                <strong>{t(`pilotage_imports.template.names.${m.key}`)}</strong>{' '}
                <span className="small">
                  {m.axes > 0
                    ? t('pilotage_imports.template.counts', { axes: m.axes, actions: m.actions })
                    : t('pilotage_imports.template.blank')}
                </span>
              </span>
            ),
          }))}
          description={t('pilotage_imports.template.noPerson')}
        />
        <TextField
          label={t('pilotage_imports.template.planTitle')}
          description={t('pilotage_imports.template.planTitleHelp')}
          name="title"
          value={title}
          onChange={setTitle}
        />
        <NativeField
          type="date"
          label={t('pilotage_imports.fields.periodStart')}
          name="periodStart"
          value={periodStart}
          onChange={setPeriodStart}
        />
        <NativeField
          type="date"
          label={t('pilotage_imports.fields.periodEnd')}
          name="periodEnd"
          value={periodEnd}
          onChange={setPeriodEnd}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('pilotage_imports.template.create')}
          </Button>
          <Link href="/pilotage/import">{t('pilotage_imports.template.orImport')}</Link>
        </div>
      </Form>
    </Page>
  )
}
