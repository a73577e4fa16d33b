import { useEffect, useId, useState } from 'react'
import { FileTrigger } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  MAX_RNA_BYTES,
  MAX_SHEET_BYTES,
  type ImportPreviewView,
  type ImportView,
} from '../../../../../shared/modules/partenaires/imports.contract'
import { call } from '../../../../api'
import { formatDateTime } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Table } from '../../../../ui/Table'
import { TextField } from '../../../../ui/TextField'
import { useDirectoryLabels } from '../directory.labels'
import { importsApi, structuresHref } from '../directory.queries'
import { commitImport, ImportRefused, previewImport } from '../import-upload'
import { Link } from '../../../../ui/Link'
import '../directory.css'

type Kind = 'rna' | 'tableur'
const accepted: Record<Kind, string[]> = {
  rna: ['.csv', '.txt', 'text/csv', 'text/plain'],
  tableur: ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
}
const POLL_MS = 1000

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

/** What a file holds: counts, every bad line with its reasons, warnings, the first entries. */
function Preview({ preview }: { preview: ImportPreviewView }) {
  const { t } = useTranslation()
  const labels = useDirectoryLabels()
  const bad = preview.badLines.length
  return (
    <div className="stack">
      {bad > 0 ? (
        <Alert tone="error" title={t('directory.import.refused', { count: bad })}>
          <p>{t('directory.import.refusedText')}</p>
        </Alert>
      ) : preview.structures === 0 ? (
        <Alert tone="info">{t('directory.import.nothing')}</Alert>
      ) : (
        <Alert tone="success">
          {t('directory.import.ready', { structures: preview.structures, services: preview.services })}
        </Alert>
      )}
      <dl className="facts">
        <dt>{t('directory.import.lines')}</dt>
        <dd>{preview.lines}</dd>
        <dt>{t('directory.import.creations')}</dt>
        <dd>{preview.creations}</dd>
        <dt>{t('directory.import.updates')}</dt>
        <dd>{preview.updates}</dd>
        {preview.kind === 'tableur' ? (
          <>
            <dt>{t('directory.import.services')}</dt>
            <dd>{preview.services}</dd>
          </>
        ) : (
          <>
            <dt>{t('directory.import.skipped')}</dt>
            <dd>
              {t('directory.import.skippedDetail', {
                dissolved: preview.skipped.dissolved,
                outside: preview.skipped.outsideArea,
                duplicates: preview.skipped.duplicates,
              })}
            </dd>
            {preview.area.length > 0 ? (
              <>
                <dt>{t('directory.import.area')}</dt>
                <dd dir="auto">{preview.area.map((a) => a.name).join(', ')}</dd>
              </>
            ) : null}
          </>
        )}
        <dt>{t('directory.import.read')}</dt>
        <dd>
          {preview.fileType.toUpperCase()}
          {preview.encoding ? ` (${preview.encoding})` : ''}
        </dd>
      </dl>
      {preview.ignoredColumns.length > 0 ? (
        <p className="small">
          {t('directory.import.ignored')} <bdi>{preview.ignoredColumns.join(', ')}</bdi>
        </p>
      ) : null}
      {bad > 0 ? (
        <Table
          caption={t('directory.import.badCaption', { count: bad })}
          columns={[t('directory.import.line'), t('directory.import.reasons')]}
        >
          {preview.badLines.map((l) => (
            <tr key={l.line}>
              <th scope="row">{t('directory.import.lineNumber', { n: l.line })}</th>
              <td>
                <ul className="plain-list">
                  {l.reasons.map((r, i) => (
                    <li key={i} lang="fr">
                      {r}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {preview.warnings.length > 0 ? (
        <Table
          caption={t('directory.import.warningsCaption', { count: preview.warnings.length })}
          columns={[t('directory.import.line'), t('directory.import.warnings')]}
        >
          {preview.warnings.map((w) => (
            <tr key={w.line}>
              <th scope="row">{t('directory.import.lineNumber', { n: w.line })}</th>
              <td lang="fr">{w.messages.join(' ')}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {preview.entries.length > 0 ? (
        <Table
          caption={t('directory.import.entriesCaption', {
            shown: preview.entries.length,
            count: preview.structures,
          })}
          columns={[
            t('directory.import.line'),
            t('directory.import.action'),
            t('directory.entries.name'),
            t('directory.results.address'),
            t('directory.import.service'),
          ]}
        >
          {preview.entries.map((e) => (
            <tr key={`${e.line}-${e.name}`}>
              <td>{e.line}</td>
              <td>{e.action === 'creation' ? t('directory.import.create') : t('directory.import.update')}</td>
              <td dir="auto">{e.name}</td>
              <td dir="auto">{[e.address, e.postcode, e.city].filter(Boolean).join(' ')}</td>
              <td dir="auto">
                {e.serviceName ?? '—'}
                {e.themes.length > 0 ? ` (${labels.list(e.themes, labels.theme)})` : ''}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
    </div>
  )
}

/** The progress of locating the imported addresses, then the final report. */
export function ImportProgress({ job }: { job: ImportView }) {
  const { t, i18n } = useTranslation()
  const labelId = useId()
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 100
  const r = job.report
  return (
    <section className="card" aria-labelledby={`import-${job.id}`}>
      <h3 id={`import-${job.id}`}>
        {t('directory.import.jobTitle', { name: job.fileName || t(`directory.import.kinds.${job.kind}`) })}
      </h3>
      <p className="small">{formatDateTime(job.createdAt, i18n.language)}</p>
      <div className="import-progress">
        <span id={labelId} className="field__label">
          {job.status === 'en_cours'
            ? t('directory.import.locating')
            : t(`directory.import.statuses.${job.status}`)}
        </span>
        <progress
          aria-labelledby={labelId}
          max={Math.max(job.total, 1)}
          value={job.total > 0 ? job.done : 1}
          aria-valuetext={t('directory.import.progress', { done: job.done, total: job.total, percent })}
        />
        <span aria-hidden="true">
          {t('directory.import.progress', { done: job.done, total: job.total, percent })}
        </span>
      </div>
      <dl className="facts">
        <dt>{t('directory.import.created')}</dt>
        <dd>{r.created}</dd>
        <dt>{t('directory.import.updated')}</dt>
        <dd>{r.updated}</dd>
        <dt>{t('directory.import.services')}</dt>
        <dd>{r.services}</dd>
        {job.status !== 'en_cours' ? (
          <>
            <dt>{t('directory.import.located')}</dt>
            <dd>
              {t('directory.import.locatedDetail', {
                address: r.located.adresse,
                street: r.located.rue,
                commune: r.located.commune,
                unknown: r.located.inconnue,
              })}
            </dd>
          </>
        ) : null}
      </dl>
      {r.error ? (
        <Alert tone="error">
          <span lang="fr">{r.error}</span>
        </Alert>
      ) : null}
      {r.warnings.length > 0 ? (
        <Table
          caption={t('directory.import.addressWarnings', { count: r.warnings.length })}
          columns={[
            t('directory.entries.name'),
            t('directory.results.address'),
            t('directory.import.warnings'),
          ]}
        >
          {r.warnings.map((w) => (
            <tr key={w.placeId}>
              <th scope="row" dir="auto">
                {w.structureName}
              </th>
              <td dir="auto">{w.address}</td>
              <td lang="fr">{w.message}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {job.status === 'terminee' ? (
        <p>
          <Link href={`${structuresHref}?source=${job.kind === 'rna' ? 'rna' : 'import'}`}>
            {t('directory.import.seeEntries')}
          </Link>
        </p>
      ) : null}
    </section>
  )
}

/** Imports of the directory: the RNA's associations of some communes or an EPCI, or a spreadsheet of structures and services. */
export function ImportPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const check = useApiForm()
  const commit = useApiForm()
  const [kind, setKind] = useState<Kind>('tableur')
  const [file, setFile] = useState<File | null>(null)
  const [communes, setCommunes] = useState('')
  const [epci, setEpci] = useState('')
  const [upload, setUpload] = useState<number | null>(null)
  const [preview, setPreview] = useState<ImportPreviewView | null>(null)
  const [job, setJob] = useState<ImportView | null>(null)
  const fileLabel = useId()
  const fileHelp = useId()
  const max = kind === 'rna' ? MAX_RNA_BYTES : MAX_SHEET_BYTES

  useEffect(() => {
    if (!job || job.status !== 'en_cours') return
    const timer = setTimeout(() => {
      call(importsApi.get, { params: { id: job.id } }).then(setJob, () => undefined)
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [job])

  const reset = () => {
    check.clear()
    commit.clear()
    setPreview(null)
  }

  const request = () => ({ kind, file: file!, communes, epci, csrfToken: session?.csrfToken ?? null })

  const runPreview = async () => {
    if (!file) return check.fail(t('directory.import.fileRequired'), 'file')
    if (file.size === 0) return check.fail(t('directory.import.emptyFile'), 'file')
    if (file.size > max)
      return check.fail(
        t('directory.import.tooBig', {
          size: formatSize(file.size, i18n.language),
          max: formatSize(max, i18n.language),
        }),
        'file',
      )
    setJob(null)
    setUpload(0)
    const result = await check.run(() => previewImport(request(), setUpload))
    setUpload(null)
    if (result) setPreview(result)
  }

  const runCommit = async () => {
    if (!file) return
    setUpload(0)
    const refused: { preview: ImportPreviewView | null } = { preview: null }
    const result = await commit.run(async () => {
      try {
        return await commitImport(request(), setUpload)
      } catch (e) {
        if (e instanceof ImportRefused) refused.preview = e.preview
        throw e
      }
    })
    setUpload(null)
    if (refused.preview) setPreview(refused.preview)
    if (!result) return
    setPreview(null)
    setFile(null)
    setJob(result)
  }

  const fileMessage = check.fieldErrors.file
  const ready = preview !== null && preview.badLines.length === 0 && preview.structures > 0

  return (
    <Page title={t('directory.import.title')} intro={t('directory.import.intro')}>
      <section className="card" aria-labelledby="fichier">
        <h2 id="fichier">{t('directory.import.fileTitle')}</h2>
        <ol className="steps">
          <li>{t('directory.import.step1')}</li>
          <li>{t('directory.import.step2')}</li>
          <li>{t('directory.import.step3')}</li>
        </ol>
        <Form state={check} onSubmit={runPreview} label={t('directory.import.check')}>
          <RadioGroup
            label={t('directory.import.kind')}
            name="kind"
            value={kind}
            onChange={(v) => {
              setKind(v === 'rna' ? 'rna' : 'tableur')
              reset()
            }}
            options={[
              { id: 'tableur', label: t('directory.import.kinds.tableur') },
              { id: 'rna', label: t('directory.import.kinds.rna') },
            ]}
            description={kind === 'tableur' ? t('directory.import.sheetHelp') : t('directory.import.rnaHelp')}
          />
          {kind === 'rna' ? (
            <>
              <TextField
                label={t('directory.import.communes')}
                description={t('directory.import.communesHelp')}
                name="communes"
                dir="ltr"
                value={communes}
                onChange={(v) => {
                  setCommunes(v)
                  reset()
                }}
              />
              <TextField
                label={t('directory.import.epci')}
                description={t('directory.import.epciHelp')}
                name="epci"
                inputMode="numeric"
                dir="ltr"
                value={epci}
                onChange={(v) => {
                  setEpci(v)
                  reset()
                }}
              />
            </>
          ) : null}
          <div role="group" aria-labelledby={fileLabel} aria-describedby={fileHelp} className="field">
            <span id={fileLabel} className="field__label">
              {t('directory.import.file')}
            </span>
            <p id={fileHelp} className="field__help">
              {t('directory.import.fileHelp', { max: formatSize(max, i18n.language) })}
            </p>
            <div className="form__actions">
              <FileTrigger
                acceptedFileTypes={accepted[kind]}
                onSelect={(files) => {
                  const picked = files?.[0]
                  reset()
                  if (picked) setFile(picked)
                }}
              >
                <Button>{t('directory.import.pick')}</Button>
              </FileTrigger>
              {file ? (
                <p>
                  {t('directory.import.chosen')} <bdi>{file.name}</bdi> (
                  {formatSize(file.size, i18n.language)})
                </p>
              ) : null}
            </div>
            {fileMessage ? <p className="field__error">{fileMessage}</p> : null}
          </div>
          <div className="form__actions">
            <Button type="submit" variant={ready ? 'secondary' : 'primary'} isPending={check.pending}>
              {t('directory.import.check')}
            </Button>
          </div>
        </Form>
        {upload !== null ? (
          <div className="import-progress">
            <label className="field__label" htmlFor="envoi">
              {t('directory.import.sending')}
            </label>
            <progress id="envoi" max={100} value={upload} />
          </div>
        ) : null}
        {preview ? (
          <section className="stack" aria-labelledby="apercu">
            <h3 id="apercu">{t('directory.import.previewTitle')}</h3>
            <Preview preview={preview} />
            <Form state={commit} onSubmit={runCommit} label={t('directory.import.commit')}>
              <div className="form__actions">
                <Button type="submit" variant="primary" isDisabled={!ready} isPending={commit.pending}>
                  {t('directory.import.commitCount', { count: preview.structures })}
                </Button>
              </div>
              {!ready ? <p className="small">{t('directory.import.commitBlocked')}</p> : null}
            </Form>
          </section>
        ) : null}
      </section>
      {job ? <ImportProgress job={job} /> : null}
      <RecentImports current={job?.id ?? null} />
    </Page>
  )
}

/** The last imports, with their state: a long geocoding can be followed after leaving the page. */
function RecentImports({ current }: { current: string | null }) {
  const { t } = useTranslation()
  const [jobs, setJobs] = useState<ImportView[] | null>(null)
  useEffect(() => {
    call(importsApi.list, {}).then(setJobs, () => setJobs([]))
  }, [current])
  const others = (jobs ?? []).filter((j) => j.id !== current)
  if (others.length === 0) return null
  return (
    <section className="stack" aria-labelledby="imports-recents">
      <h2 id="imports-recents">{t('directory.import.recent')}</h2>
      {others.slice(0, 5).map((j) => (
        <ImportProgress key={j.id} job={j} />
      ))}
    </section>
  )
}
