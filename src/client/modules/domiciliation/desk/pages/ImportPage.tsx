import { useId, useState } from 'react'
import { FileTrigger, Label, ProgressBar } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  importFormats,
  MAX_IMPORT_BYTES,
  type ImportFormat,
} from '../../../../../shared/modules/domiciliation/reports.constants'
import { canAccess } from '../../../../app/access'
import { useSession } from '../../../../app/session'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Table } from '../../../../ui/Table'
import { formatCount, formatDay, useDeskLabels } from '../desk.labels'
import { exportUrl, ImportRefused, exchangeApi, uploadImport, type ImportReport } from '../desk.queries'
import type { UploadPhase } from '../../../../api/upload'
import '../desk.css'

const accepted = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]
/** Lines of the file shown before the import (all bad lines are always shown). */
const PREVIEW_LINES = 50

const isFormat = (v: string): v is ImportFormat => importFormats.some((f) => f === v)

function formatSize(bytes: number, language: string): string {
  const units = ['o', 'ko', 'Mo'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`
}

/** The report of a checked file: counts, every bad line with its reasons, the first lines read. */
function Preview({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const bad = report.badLines.length
  const shown = report.parsed.slice(0, PREVIEW_LINES)
  return (
    <div className="stack">
      <dl className="desk-figures">
        <div className="desk-figure">
          <dt className="desk-figure__label">{t('domiDesk.import.lines')}</dt>
          <dd className="desk-figure__value">{formatCount(report.lines, i18n.language)}</dd>
        </div>
        <div className="desk-figure">
          <dt className="desk-figure__label">{t('domiDesk.import.goodLines')}</dt>
          <dd className="desk-figure__value">{formatCount(report.goodLines, i18n.language)}</dd>
        </div>
        <div className={`desk-figure${bad > 0 ? ' desk-figure--bad' : ''}`}>
          <dt className="desk-figure__label">{t('domiDesk.import.badLines')}</dt>
          <dd className="desk-figure__value">{formatCount(bad, i18n.language)}</dd>
        </div>
      </dl>
      <p className="small">
        {t('domiDesk.import.read', {
          format: t(`domiDesk.import.formats.${report.format}`),
          type: report.fileType.toUpperCase(),
        })}
        {report.encoding ? ` ${t('domiDesk.import.encoding', { encoding: report.encoding })}` : ''}
      </p>
      {report.ignoredColumns.length > 0 ? (
        <p className="small">
          {t('domiDesk.import.ignored', { count: report.ignoredColumns.length })}{' '}
          <bdi>{report.ignoredColumns.join(', ')}</bdi>
        </p>
      ) : null}
      {bad > 0 ? (
        <Table
          caption={t('domiDesk.import.badCaption', { count: bad })}
          columns={[t('domiDesk.import.line'), t('domiDesk.import.reasons')]}
        >
          {report.badLines.map((l) => (
            <tr key={l.line} className="desk-bad-line">
              <th scope="row">{t('domiDesk.import.lineNumber', { n: l.line })}</th>
              <td>
                <ul className="desk-reasons">
                  {l.reasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {shown.length > 0 ? (
        <Table
          caption={
            report.parsed.length > shown.length
              ? t('domiDesk.import.previewSome', { shown: shown.length, count: report.parsed.length })
              : t('domiDesk.import.previewAll', { count: report.parsed.length })
          }
          columns={[
            t('domiDesk.import.line'),
            t('domiDesk.import.fileNumber'),
            t('domiDesk.import.name'),
            t('domiDesk.import.birthDate'),
            t('domiDesk.import.status'),
            t('domiDesk.import.validity'),
            t('domiDesk.import.existing'),
          ]}
        >
          {shown.map((l) => (
            <tr key={l.line}>
              <td>{l.line}</td>
              <td>{l.fileNumber ?? t('domiDesk.import.newNumber')}</td>
              <td dir="auto">
                {l.firstName} {l.lastName.toLocaleUpperCase('fr-FR')}
              </td>
              <td className="nowrap">{formatDay(l.birthDate, i18n.language)}</td>
              <td>{labels.status(l.status)}</td>
              <td>
                {l.validFrom && l.validUntil
                  ? t('domiDesk.import.between', {
                      from: formatDay(l.validFrom, i18n.language),
                      until: formatDay(l.validUntil, i18n.language),
                    })
                  : '—'}
              </td>
              <td>{l.existingUsager ? t('domiDesk.report.yes') : t('domiDesk.report.no')}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </div>
  )
}

/** Export of every domiciled person, and the import of a DomiFa template or a spreadsheet: all or nothing. */
export function ImportPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const check = useApiForm()
  const commit = useApiForm()
  const [format, setFormat] = useState<'auto' | ImportFormat>('auto')
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<{ phase: UploadPhase; percent: number } | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [imported, setImported] = useState<number | null>(null)
  const fileLabel = useId()
  const fileHelp = useId()
  const fileError = useId()
  const canExport = canAccess(exchangeApi.exportPeople.access, session)
  const maxSize = formatSize(MAX_IMPORT_BYTES, i18n.language)

  const pick = (picked: File | undefined) => {
    check.clear()
    commit.clear()
    setReport(null)
    setImported(null)
    if (picked) setFile(picked)
  }

  const send = async (step: 'preview' | 'commit', form: typeof check) => {
    if (!file) return form.fail(t('domiDesk.import.fileRequired'), 'file')
    if (file.size > MAX_IMPORT_BYTES)
      return form.fail(
        t('domiDesk.import.tooBig', { size: formatSize(file.size, i18n.language), max: maxSize }),
        'file',
      )
    if (file.size === 0) return form.fail(t('domiDesk.import.emptyFile'), 'file')
    setImported(null)
    setProgress({ phase: 'sending', percent: 0 })
    const refusal: { report: ImportReport | null } = { report: null }
    const result = await form.run(async () => {
      try {
        return await uploadImport(
          { step, file, format: format === 'auto' ? null : format, csrfToken: session?.csrfToken ?? null },
          (phase, percent) => setProgress({ phase, percent }),
        )
      } catch (e) {
        if (e instanceof ImportRefused) refusal.report = e.report
        throw e
      }
    })
    setProgress(null)
    if (refusal.report) setReport(refusal.report)
    if (!result) return
    setReport(result)
    if (step === 'commit') {
      setImported(result.imported ?? result.goodLines)
      setFile(null)
    }
  }

  const fileMessage = check.fieldErrors.file
  const ready = report !== null && report.badLines.length === 0 && report.goodLines > 0 && imported === null

  return (
    <Page title={t('domiDesk.import.title')} intro={t('domiDesk.import.intro')}>
      {canExport ? (
        <section className="card" aria-labelledby="export">
          <h2 id="export">{t('domiDesk.import.exportTitle')}</h2>
          <p>{t('domiDesk.import.exportText')}</p>
          <p>
            <a className="button button--secondary" href={exportUrl} download>
              {t('domiDesk.import.exportLink')}
            </a>
          </p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="import">
        <h2 id="import">{t('domiDesk.import.importTitle')}</h2>
        <ol className="steps">
          <li>{t('domiDesk.import.step1')}</li>
          <li>{t('domiDesk.import.step2')}</li>
          <li>{t('domiDesk.import.step3')}</li>
        </ol>
        <Form state={check} onSubmit={() => send('preview', check)} label={t('domiDesk.import.check')}>
          <RadioGroup
            label={t('domiDesk.import.format')}
            name="format"
            options={[
              { id: 'auto', label: t('domiDesk.import.formats.auto') },
              ...importFormats.map((f) => ({ id: f, label: t(`domiDesk.import.formats.${f}`) })),
            ]}
            value={format}
            onChange={(v) => {
              setFormat(v === 'auto' || isFormat(v) ? v : 'auto')
              setReport(null)
            }}
          />
          <div
            role="group"
            aria-labelledby={fileLabel}
            aria-describedby={fileMessage ? `${fileHelp} ${fileError}` : fileHelp}
            className="field"
          >
            <span id={fileLabel} className="field__label">
              {t('domiDesk.import.file')}
            </span>
            <p id={fileHelp} className="field__help">
              {t('domiDesk.import.fileHelp', { max: maxSize })}
            </p>
            <div className="form__actions">
              <FileTrigger acceptedFileTypes={accepted} onSelect={(files) => pick(files?.[0])}>
                <Button aria-describedby={fileMessage ? `${fileHelp} ${fileError}` : fileHelp}>
                  {t('domiDesk.import.pick')}
                </Button>
              </FileTrigger>
              {file ? (
                <p className="desk-chosen">
                  {t('domiDesk.import.chosen')} <bdi>{file.name}</bdi> ({formatSize(file.size, i18n.language)}
                  )
                </p>
              ) : null}
            </div>
            {fileMessage ? (
              <p className="field__error" id={fileError}>
                {fileMessage}
              </p>
            ) : null}
          </div>
          <div className="form__actions">
            <Button type="submit" variant={ready ? 'secondary' : 'primary'} isPending={check.pending}>
              {t('domiDesk.import.check')}
            </Button>
          </div>
        </Form>
        {progress ? (
          <ProgressBar
            className="upload-progress desk-progress"
            value={progress.percent}
            isIndeterminate={progress.phase === 'checking'}
          >
            {({ percentage, valueText }) => (
              <>
                <Label className="field__label">
                  {progress.phase === 'sending'
                    ? t('domiDesk.import.sending')
                    : t('domiDesk.import.checking')}
                </Label>
                {progress.phase === 'sending' ? (
                  <span className="upload-progress__value">{valueText}</span>
                ) : null}
                <div className="upload-progress__track">
                  <div
                    className={`upload-progress__fill${progress.phase === 'checking' ? ' desk-progress__busy' : ''}`}
                    style={{ inlineSize: progress.phase === 'checking' ? '100%' : `${percentage ?? 0}%` }}
                  />
                </div>
              </>
            )}
          </ProgressBar>
        ) : null}
        {imported !== null ? (
          <Alert tone="success" title={t('domiDesk.import.done', { count: imported })}>
            <p>{t('domiDesk.import.doneText')}</p>
          </Alert>
        ) : null}
        {report && imported === null ? (
          <section className="stack" aria-labelledby="apercu">
            <h3 id="apercu">{t('domiDesk.import.previewTitle')}</h3>
            {report.badLines.length > 0 ? (
              <Alert tone="error" title={t('domiDesk.import.refused', { count: report.badLines.length })}>
                <p>{t('domiDesk.import.refusedText')}</p>
              </Alert>
            ) : report.goodLines === 0 ? (
              <Alert tone="info">{t('domiDesk.import.nothing')}</Alert>
            ) : (
              <Alert tone="success">{t('domiDesk.import.allGood', { count: report.goodLines })}</Alert>
            )}
            <Preview report={report} />
            <Form
              state={commit}
              onSubmit={() => send('commit', commit)}
              label={t('domiDesk.import.commitLabel')}
            >
              <div className="form__actions">
                <Button type="submit" variant="primary" isDisabled={!ready} isPending={commit.pending}>
                  {t('domiDesk.import.commit', { count: report.goodLines })}
                </Button>
              </div>
              {!ready ? <p className="small">{t('domiDesk.import.commitBlocked')}</p> : null}
            </Form>
          </section>
        ) : null}
      </section>
    </Page>
  )
}
