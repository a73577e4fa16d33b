import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextField } from '../../../../ui/TextField'
import {
  euros,
  fichesApi,
  fichesHref,
  sendFile,
  UploadRefused,
  type PayGridImport,
  type RomeImport,
} from '../fiches.queries'
import '../fiches.css'

function CsvPicker({
  label,
  help,
  onFile,
}: {
  label: string
  help: string
  onFile: (f: File | null) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__help" id={`${id}-help`}>
        {help}
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-help`}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </div>
  )
}

function BadLines({ lines }: { lines: { line: number; reasons: string[] }[] }) {
  const { t } = useTranslation()
  if (lines.length === 0) return null
  return (
    <Table
      caption={t('metiers_fiches.imports.badLines', { count: lines.length })}
      columns={[t('metiers_fiches.imports.line'), t('metiers_fiches.imports.reasons')]}
    >
      {lines.slice(0, 100).map((b) => (
        <tr key={b.line}>
          <td>{b.line}</td>
          <td>{b.reasons.join(' ')}</td>
        </tr>
      ))}
    </Table>
  )
}

/** The ROME referential: its version, and the import of a new release with what it changes in the fiches. */
function RomeSection({ csrf }: { csrf: string | null }) {
  const { t, i18n } = useTranslation()
  const summary = useLoad(() => call(fichesApi.romeReferential, {}))
  const form = useApiForm()
  const [file, setFile] = useState<File | null>(null)
  const [version, setVersion] = useState('')
  const [report, setReport] = useState<RomeImport | null>(null)

  const send = async (commit: boolean) => {
    if (!file) return form.fail(t('metiers_fiches.imports.fileRequired'))
    setReport(null)
    const route = commit ? fichesApi.romeImportCommit : fichesApi.romeImportPreview
    const query = { fileName: file.name, version: version.trim() || undefined }
    try {
      const next = await form.run(async () => {
        try {
          return await sendFile<RomeImport>(route, { query }, file, csrf)
        } catch (e) {
          if (e instanceof UploadRefused && e.report) setReport(e.report as RomeImport)
          throw e
        }
      })
      if (next) {
        setReport(next)
        if (commit) void summary.reload()
      }
    } catch {
      /* shown by the form */
    }
  }

  return (
    <section className="fiche-section" aria-labelledby="rome-title">
      <h2 id="rome-title">{t('metiers_fiches.imports.romeTitle')}</h2>
      {summary.data ? (
        <p>
          {summary.data.version
            ? t('metiers_fiches.imports.romeSummary', {
                version: summary.data.version,
                codes: summary.data.codes,
                appellations: summary.data.appellations,
                date: summary.data.importedAt ? formatDate(summary.data.importedAt, i18n.language) : '—',
              })
            : t('metiers_fiches.imports.romeEmpty')}
        </p>
      ) : null}
      <Form state={form} onSubmit={() => send(false)} label={t('metiers_fiches.imports.romeTitle')}>
        <CsvPicker
          label={t('metiers_fiches.imports.romeFile')}
          help={t('metiers_fiches.imports.romeFileHelp')}
          onFile={setFile}
        />
        <TextField
          label={t('metiers_fiches.imports.version')}
          description={t('metiers_fiches.imports.versionHelp')}
          name="version"
          dir="ltr"
          value={version}
          onChange={setVersion}
        />
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t('metiers_fiches.imports.preview')}
          </Button>
          {report && !report.committed && report.badLines.length === 0 ? (
            <Button variant="primary" onPress={() => void send(true)}>
              {t('metiers_fiches.imports.confirm')}
            </Button>
          ) : null}
        </div>
      </Form>
      {report ? (
        <div className="fiche-report" role="status">
          <p>
            {t(report.committed ? 'metiers_fiches.imports.romeDone' : 'metiers_fiches.imports.romePreview', {
              version: report.version,
              kind: t(`metiers_fiches.imports.romeKinds.${report.kind}`),
              lines: report.lines,
              added: report.added,
              renamed: report.renamed,
              removed: report.removed,
            })}
          </p>
          <BadLines lines={report.badLines} />
          {report.fiches.length > 0 ? (
            <Table
              caption={t('metiers_fiches.imports.fichesTouched', { count: report.fiches.length })}
              columns={[
                t('metiers_fiches.list.columns.title'),
                t('metiers_fiches.list.columns.code'),
                t('metiers_fiches.imports.change'),
              ]}
            >
              {report.fiches.map((f) => (
                <tr key={f.slug}>
                  <td>{f.title}</td>
                  <td dir="ltr">{f.codeOgr ? `${f.codeRome} / ${f.codeOgr}` : f.codeRome}</td>
                  <td>
                    {t(`metiers_fiches.imports.changes.${f.change}`, {
                      before: f.before,
                      after: f.after ?? '',
                    })}
                  </td>
                </tr>
              ))}
            </Table>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

/** The pay grids: those imported, and the import of one grid from a CSV file with what the form says about it. */
function PayGridsSection({ csrf }: { csrf: string | null }) {
  const { t, i18n } = useTranslation()
  const list = useLoad(() => call(fichesApi.payGrids, {}))
  const form = useApiForm()
  const [file, setFile] = useState<File | null>(null)
  const [meta, setMeta] = useState({
    name: '',
    kind: 'fpt',
    category: 'B',
    pointValue: '',
    validFrom: '',
    source: '',
  })
  const [report, setReport] = useState<PayGridImport | null>(null)
  const set = (patch: Partial<typeof meta>) => {
    setReport(null)
    setMeta({ ...meta, ...patch })
  }

  const send = async (commit: boolean) => {
    if (!file) return form.fail(t('metiers_fiches.imports.fileRequired'))
    setReport(null)
    const route = commit ? fichesApi.payGridImportCommit : fichesApi.payGridImportPreview
    const query = {
      name: meta.name,
      kind: meta.kind,
      category: meta.kind === 'fpt' ? meta.category : undefined,
      pointValue: meta.kind === 'fpt' ? meta.pointValue || undefined : undefined,
      validFrom: meta.validFrom,
      source: meta.source || undefined,
      fileName: file.name,
    }
    const next = await form.run(async () => {
      try {
        return await sendFile<PayGridImport>(route, { query }, file, csrf)
      } catch (e) {
        if (e instanceof UploadRefused && e.report) setReport(e.report as PayGridImport)
        throw e
      }
    })
    if (next) {
      setReport(next)
      if (commit) void list.reload()
    }
  }

  return (
    <section className="fiche-section" aria-labelledby="grids-title">
      <h2 id="grids-title">{t('metiers_fiches.imports.gridsTitle')}</h2>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.data ? (
        <Table
          caption={t('metiers_fiches.imports.gridsCaption', { count: list.data.length })}
          columns={[
            t('metiers_fiches.imports.gridName'),
            t('metiers_fiches.imports.validFrom'),
            t('metiers_fiches.imports.steps'),
            t('metiers_fiches.imports.source'),
            t('metiers_fiches.imports.usedBy'),
          ]}
          isEmpty={list.data.length === 0}
          empty={t('metiers_fiches.imports.gridsEmpty')}
        >
          {list.data.map((g) => (
            <tr key={g.id}>
              <td>
                {g.name}
                {g.category ? ` (${t('metiers_fiches.imports.category')} ${g.category})` : ''}
              </td>
              <td>{formatDate(g.validFrom, i18n.language)}</td>
              <td>{g.steps}</td>
              <td>{g.source}</td>
              <td>{g.usedBy.join(', ') || '—'}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      <h3>{t('metiers_fiches.imports.gridImport')}</h3>
      <Form state={form} onSubmit={() => send(false)} label={t('metiers_fiches.imports.gridImport')}>
        <TextField
          label={t('metiers_fiches.imports.gridName')}
          name="name"
          value={meta.name}
          onChange={(name) => set({ name })}
          isRequired
        />
        <Select
          label={t('metiers_fiches.imports.kind')}
          name="kind"
          options={[
            { id: 'fpt', label: t('metiers_fiches.imports.kinds.fpt') },
            { id: 'convention', label: t('metiers_fiches.imports.kinds.convention') },
          ]}
          value={meta.kind}
          onChange={(kind) => set({ kind: kind ?? 'fpt' })}
        />
        {meta.kind === 'fpt' ? (
          <>
            <Select
              label={t('metiers_fiches.imports.category')}
              name="category"
              options={['A', 'B', 'C'].map((id) => ({ id, label: id }))}
              value={meta.category}
              onChange={(category) => set({ category: category ?? 'B' })}
            />
            <TextField
              label={t('metiers_fiches.imports.pointValue')}
              description={t('metiers_fiches.imports.pointValueHelp')}
              name="pointValue"
              dir="ltr"
              value={meta.pointValue}
              onChange={(pointValue) => set({ pointValue })}
              isRequired
            />
          </>
        ) : null}
        <NativeField
          type="date"
          label={t('metiers_fiches.imports.validFrom')}
          name="validFrom"
          value={meta.validFrom}
          onChange={(validFrom) => set({ validFrom })}
        />
        <TextField
          label={t('metiers_fiches.imports.source')}
          description={t('metiers_fiches.imports.sourceHelp')}
          name="source"
          value={meta.source}
          onChange={(source) => set({ source })}
        />
        <CsvPicker
          label={t('metiers_fiches.imports.gridFile')}
          help={t(`metiers_fiches.imports.gridFileHelp.${meta.kind}`)}
          onFile={setFile}
        />
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t('metiers_fiches.imports.preview')}
          </Button>
          {report && !report.committed && report.badLines.length === 0 ? (
            <Button variant="primary" onPress={() => void send(true)}>
              {t('metiers_fiches.imports.confirm')}
            </Button>
          ) : null}
        </div>
      </Form>
      {report ? (
        <div className="fiche-report" role="status">
          <p>
            {t(report.committed ? 'metiers_fiches.imports.gridDone' : 'metiers_fiches.imports.gridPreview', {
              name: report.name,
              lines: report.lines,
              grades: report.grades.length,
            })}
            {report.replaces ? ` ${t('metiers_fiches.imports.replaces')}` : ''}
          </p>
          <BadLines lines={report.badLines} />
          {report.rows.length > 0 ? (
            <Table
              caption={t('metiers_fiches.imports.rowsCaption')}
              columns={[
                t('metiers_fiches.imports.grade'),
                t('metiers_fiches.imports.step'),
                t('metiers_fiches.imports.indices'),
                t('metiers_fiches.imports.monthly'),
              ]}
            >
              {report.rows.slice(0, 60).map((r) => (
                <tr key={`${r.grade}-${r.step}`}>
                  <td>{r.grade}</td>
                  <td>{r.step}</td>
                  <td dir="ltr">
                    {r.indiceMajore === null ? '—' : `${r.indiceBrut ?? '—'} / ${r.indiceMajore}`}
                  </td>
                  <td>{euros(r.monthlyGrossCents, i18n.language)}</td>
                </tr>
              ))}
            </Table>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

/** The referentials editors keep current: ROME and pay grids. */
export function ReferentialsPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const csrf = session?.csrfToken ?? null
  return (
    <Page title={t('metiers_fiches.imports.title')} intro={t('metiers_fiches.imports.intro')}>
      <p>
        <Link href={fichesHref}>{t('metiers_fiches.editor.back')}</Link>
      </p>
      <RomeSection csrf={csrf} />
      <PayGridsSection csrf={csrf} />
    </Page>
  )
}
