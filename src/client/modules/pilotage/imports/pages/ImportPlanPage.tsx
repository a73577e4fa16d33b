import { useId, useState } from 'react'
import { FileTrigger } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import {
  pilotageImportsContract as c,
  type ImportPreviewView,
} from '../../../../../shared/modules/pilotage/imports.contract'
import { useSession } from '../../../../app/session'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { TextField } from '../../../../ui/TextField'
import { commitPlanImport, PlanImportRefused, previewPlanImport } from '../plan-upload'

const accepted = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

/** What the file would create, and every problem with its line and column. */
function Preview({ preview }: { preview: ImportPreviewView }) {
  const { t } = useTranslation()
  const bad = new Set(preview.errors.map((e) => e.line)).size
  const actions = preview.axes.reduce((n, a) => n + a.actions.length, 0)
  return (
    <div className="stack">
      {preview.ready ? (
        <Alert tone="success">
          {t('pilotage_imports.import.ready', { axes: preview.axes.length, actions })}
        </Alert>
      ) : (
        <Alert tone="error" title={t('pilotage_imports.import.refused', { count: bad })}>
          <p>{t('pilotage_imports.import.refusedText')}</p>
        </Alert>
      )}
      <p className="small">
        {t('pilotage_imports.import.read', {
          lines: preview.lines,
          type: [preview.fileType.toUpperCase(), preview.encoding].filter(Boolean).join(', '),
        })}
      </p>
      {preview.errors.length > 0 ? (
        <Table
          caption={t('pilotage_imports.import.errorsCaption', { count: preview.errors.length })}
          columns={[
            t('pilotage_imports.import.line'),
            t('pilotage_imports.import.column'),
            t('pilotage_imports.import.problem'),
          ]}
        >
          {preview.errors.map((e, i) => (
            <tr key={`${e.line}-${i}`}>
              <th scope="row">{e.line}</th>
              <td lang="fr">{e.column}</td>
              <td lang="fr">{e.message}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {preview.axes.length > 0 ? (
        <Table
          caption={t('pilotage_imports.import.structureCaption')}
          columns={[
            t('pilotage_imports.import.number'),
            t('pilotage_imports.import.axisOrAction'),
            t('pilotage_imports.import.line'),
          ]}
        >
          {preview.axes.flatMap((axis, a) => [
            <tr key={`axe-${a}`}>
              <th scope="row">{a + 1}</th>
              <td dir="auto">
                <strong>{axis.title}</strong>
              </td>
              <td />
            </tr>,
            ...axis.actions.map((action) => (
              <tr key={`${a}-${action.line}`}>
                <th scope="row">{action.number}</th>
                <td dir="auto">
                  {t(`pilotage_imports.kind.${action.kind}`)} · {action.title}
                </td>
                <td>{action.line}</td>
              </tr>
            )),
          ])}
        </Table>
      ) : null}
    </div>
  )
}

/** A plan imported from a spreadsheet: checked first, then imported whole or not at all. */
export function ImportPlanPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const [, navigate] = useLocation()
  const check = useApiForm()
  const commit = useApiForm()
  const [title, setTitle] = useState('')
  const [periodStart, setPeriodStart] = useState('')
  const [periodEnd, setPeriodEnd] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [upload, setUpload] = useState<number | null>(null)
  const [preview, setPreview] = useState<ImportPreviewView | null>(null)
  const fileLabel = useId()
  const fileHelp = useId()

  const reset = () => {
    check.clear()
    commit.clear()
    setPreview(null)
  }
  const request = () => ({
    file: file!,
    title,
    periodStart,
    periodEnd,
    csrfToken: session?.csrfToken ?? null,
  })

  const runPreview = async () => {
    if (!file) return check.fail(t('pilotage_imports.import.fileRequired'), 'file')
    setUpload(0)
    const result = await check.run(() => previewPlanImport(request(), setUpload))
    setUpload(null)
    if (result) setPreview(result)
  }

  const runCommit = async () => {
    if (!file) return
    setUpload(0)
    const refused: { preview: ImportPreviewView | null } = { preview: null }
    const result = await commit.run(async () => {
      try {
        return await commitPlanImport(request(), setUpload)
      } catch (e) {
        if (e instanceof PlanImportRefused) refused.preview = e.preview
        throw e
      }
    })
    setUpload(null)
    if (refused.preview) setPreview(refused.preview)
    if (result) navigate(`/pilotage/plans/${result.id}`)
  }

  return (
    <Page title={t('pilotage_imports.import.title')} intro={t('pilotage_imports.import.intro')}>
      <section className="card stack" aria-labelledby="import-fichier">
        <h2 id="import-fichier">{t('pilotage_imports.import.fileTitle')}</h2>
        <ol className="steps">
          <li>
            {t('pilotage_imports.import.step1')}{' '}
            <a href={c.importModel.path} download>
              {t('pilotage_imports.import.model')}
            </a>
          </li>
          <li>{t('pilotage_imports.import.step2')}</li>
          <li>{t('pilotage_imports.import.step3')}</li>
        </ol>
        <Form state={check} onSubmit={runPreview} label={t('pilotage_imports.import.check')}>
          <TextField
            label={t('pilotage_imports.import.planTitle')}
            name="title"
            value={title}
            isRequired
            onChange={(v) => {
              setTitle(v)
              reset()
            }}
          />
          <NativeField
            type="date"
            label={t('pilotage_imports.fields.periodStart')}
            name="periodStart"
            value={periodStart}
            onChange={(v) => {
              setPeriodStart(v)
              reset()
            }}
          />
          <NativeField
            type="date"
            label={t('pilotage_imports.fields.periodEnd')}
            name="periodEnd"
            value={periodEnd}
            onChange={(v) => {
              setPeriodEnd(v)
              reset()
            }}
          />
          <div role="group" aria-labelledby={fileLabel} aria-describedby={fileHelp} className="field">
            <span id={fileLabel} className="field__label">
              {t('pilotage_imports.import.file')}
            </span>
            <p id={fileHelp} className="field__help">
              {t('pilotage_imports.import.fileHelp')}
            </p>
            <div className="form__actions">
              <FileTrigger
                acceptedFileTypes={accepted}
                onSelect={(files) => {
                  const picked = files?.[0]
                  reset()
                  if (picked) setFile(picked)
                }}
              >
                <Button>{t('pilotage_imports.import.pick')}</Button>
              </FileTrigger>
              {file ? (
                <p>
                  {t('pilotage_imports.import.chosen')} <bdi>{file.name}</bdi>
                </p>
              ) : null}
            </div>
            {check.fieldErrors.file ? <p className="field__error">{check.fieldErrors.file}</p> : null}
          </div>
          <div className="form__actions">
            <Button
              type="submit"
              variant={preview?.ready ? 'secondary' : 'primary'}
              isPending={check.pending}
            >
              {t('pilotage_imports.import.check')}
            </Button>
          </div>
        </Form>
        {upload !== null ? (
          <div className="import-progress">
            <label className="field__label" htmlFor="envoi-plan">
              {t('pilotage_imports.import.sending')}
            </label>
            <progress id="envoi-plan" max={100} value={upload} />
          </div>
        ) : null}
        {preview ? (
          <section className="stack" aria-labelledby="import-apercu">
            <h3 id="import-apercu">{t('pilotage_imports.import.previewTitle')}</h3>
            <Preview preview={preview} />
            <Form state={commit} onSubmit={runCommit} label={t('pilotage_imports.import.commit')}>
              <div className="form__actions">
                <Button
                  type="submit"
                  variant="primary"
                  isDisabled={!preview.ready}
                  isPending={commit.pending}
                >
                  {t('pilotage_imports.import.commit')}
                </Button>
              </div>
              {!preview.ready ? <p className="small">{t('pilotage_imports.import.commitBlocked')}</p> : null}
            </Form>
          </section>
        ) : null}
      </section>
    </Page>
  )
}
