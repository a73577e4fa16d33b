import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WaitingTimeBand } from '../../../../../shared/modules/domiciliation/reports.constants'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { formatCount, isWaitingTimeBand, useDeskLabels } from '../desk.labels'
import { reportsApi, type ReportAnswers } from '../desk.queries'

type Numeric = 'staffFte' | 'volunteers' | 'humanCostEuros' | 'totalCostEuros'
const numericFields: readonly Numeric[] = ['staffFte', 'volunteers', 'humanCostEuros', 'totalCostEuros']

interface Draft {
  waitingList: 'oui' | 'non' | null
  averageWaitingTime: WaitingTimeBand | null
  staffFte: string
  volunteers: string
  humanCostEuros: string
  totalCostEuros: string
  comments: string
}

const draftOf = (a: ReportAnswers): Draft => ({
  waitingList: a.waitingList === null ? null : a.waitingList ? 'oui' : 'non',
  averageWaitingTime: a.averageWaitingTime,
  staffFte: a.staffFte === null ? '' : String(a.staffFte).replace('.', ','),
  volunteers: a.volunteers === null ? '' : String(a.volunteers),
  humanCostEuros: a.humanCostEuros === null ? '' : String(a.humanCostEuros).replace('.', ','),
  totalCostEuros: a.totalCostEuros === null ? '' : String(a.totalCostEuros).replace('.', ','),
  comments: a.comments ?? '',
})

/** "1 234,5" or "1234.5" → 1234.5; empty → null; anything else is left to the server to refuse. */
function numberOf(text: string): number | null | string {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (cleaned === '') return null
  const n = Number(cleaned)
  return Number.isFinite(n) ? n : text
}

/**
 * The declarative questions of the report: what the software cannot count (waiting list, staff,
 * costs). The roles that may save see a form; the others read the answers.
 */
export function ReportAnswersForm({
  answers,
  canWrite,
  onSaved,
}: {
  answers: ReportAnswers
  canWrite: boolean
  onSaved: () => void
}) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const form = useApiForm()
  const [draft, setDraft] = useState<Draft>(() => draftOf(answers))
  const [saved, setSaved] = useState(false)
  const set = (patch: Partial<Draft>) => {
    setSaved(false)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const question = (key: string) => t(`domiDesk.questions.${key}`)

  if (!canWrite) {
    const shown = (n: number | null) =>
      n === null ? t('domiDesk.report.notGiven') : formatCount(n, i18n.language)
    return (
      <dl className="facts desk-answers">
        <dt>{question('waitingList')}</dt>
        <dd>
          {answers.waitingList === null
            ? t('domiDesk.report.notGiven')
            : t(answers.waitingList ? 'domiDesk.report.yes' : 'domiDesk.report.no')}
        </dd>
        <dt>{question('averageWaitingTime')}</dt>
        <dd>
          {answers.averageWaitingTime
            ? labels.waitingBand(answers.averageWaitingTime)
            : t('domiDesk.report.notGiven')}
        </dd>
        {numericFields.map((f) => (
          <Fragment key={f}>
            <dt>{question(f)}</dt>
            <dd>{shown(answers[f])}</dd>
          </Fragment>
        ))}
        <dt>{question('comments')}</dt>
        <dd className="desk-note" dir="auto">
          {answers.comments ?? t('domiDesk.report.notGiven')}
        </dd>
      </dl>
    )
  }

  const submit = async () => {
    setSaved(false)
    const numbers = Object.fromEntries(numericFields.map((f) => [f, numberOf(draft[f])]))
    const bad = numericFields.find((f) => typeof numbers[f] === 'string')
    if (bad) return form.fail(t('domiDesk.questions.notANumber'), bad)
    const next = await form.run(() =>
      call(reportsApi.setReportAnswers, {
        body: {
          year: answers.year,
          waitingList: draft.waitingList === null ? null : draft.waitingList === 'oui',
          averageWaitingTime: draft.averageWaitingTime,
          staffFte: numbers.staffFte as number | null,
          volunteers: numbers.volunteers as number | null,
          humanCostEuros: numbers.humanCostEuros as number | null,
          totalCostEuros: numbers.totalCostEuros as number | null,
          comments: draft.comments.trim() || null,
        },
      }),
    )
    if (!next) return
    setDraft(draftOf(next))
    setSaved(true)
    onSaved()
  }

  return (
    <Form state={form} onSubmit={submit} label={t('domiDesk.questions.title')} className="form">
      <RadioGroup
        label={question('waitingList')}
        name="waitingList"
        inline
        options={[
          { id: 'oui', label: t('domiDesk.report.yes') },
          { id: 'non', label: t('domiDesk.report.no') },
        ]}
        value={draft.waitingList}
        onChange={(v) => set({ waitingList: v === 'oui' || v === 'non' ? v : null })}
      />
      <Select
        label={question('averageWaitingTime')}
        name="averageWaitingTime"
        options={labels.waitingBandOptions}
        value={draft.averageWaitingTime}
        placeholder={t('domiDesk.questions.choose')}
        onChange={(v) => set({ averageWaitingTime: isWaitingTimeBand(v) ? v : null })}
      />
      {numericFields.map((f) => (
        <TextField
          key={f}
          label={question(f)}
          description={f === 'staffFte' ? t('domiDesk.questions.fteHelp') : undefined}
          name={f}
          inputMode={f === 'volunteers' ? 'numeric' : 'text'}
          value={draft[f]}
          onChange={(v) => set({ [f]: v })}
        />
      ))}
      <TextArea
        label={question('comments')}
        name="comments"
        value={draft.comments}
        onChange={(comments) => set({ comments })}
        rows={4}
        maxLength={4000}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiDesk.questions.submit')}
        </Button>
      </div>
      {saved ? <Alert tone="success">{t('domiDesk.questions.saved', { year: answers.year })}</Alert> : null}
    </Form>
  )
}
