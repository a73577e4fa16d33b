import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { agrementApi, letterHref, pipelineHref, type AgrementFile } from '../agrement.queries'
import { DecisionForm, DocumentsForm, ExtensionForm, StepForm, TrainingForm } from '../components/FileForms'
import '../agrement.css'

function Facts({ file }: { file: AgrementFile }) {
  const { t, i18n } = useTranslation()
  const none = t('metiers_agrement.file.none')
  const rows: [string, string][] = [
    [t('metiers_agrement.file.birthDate'), file.birthDate ? formatDate(file.birthDate, i18n.language) : none],
    [t('metiers_agrement.file.email'), file.email],
    [t('metiers_agrement.file.phone'), file.phone ?? none],
    [
      t('metiers_agrement.file.address'),
      [file.address, `${file.postcode} ${file.commune}`].filter((s) => s.trim()).join('\n'),
    ],
    [
      t('metiers_agrement.file.household'),
      file.household.length ? file.household.map((m) => `${m.relation} (${m.birthYear})`).join(', ') : none,
    ],
    [
      t('metiers_agrement.file.housing'),
      file.housingType
        ? t('metiers_agrement.file.housingValue', {
            type: t(`metiers_agrement.file.housingTypes.${file.housingType}`),
            rooms: file.housingRooms ?? '?',
            spare: file.housingSpareRooms ?? '?',
          })
        : none,
    ],
    [t('metiers_agrement.file.currentJob'), file.currentJob || none],
    [
      t('metiers_agrement.file.project'),
      file.childrenWished
        ? t('metiers_agrement.file.projectValue', {
            count: file.childrenWished,
            min: file.agesWishedMin ?? 0,
            max: file.agesWishedMax ?? 21,
          })
        : none,
    ],
    [t('metiers_agrement.file.motivation'), file.motivation || none],
  ]
  return (
    <section className="card" aria-labelledby="ag-identity">
      <h2 id="ag-identity">{t('metiers_agrement.file.identity')}</h2>
      <dl className="ag-facts">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {file.withAccount ? <p className="small">{t('metiers_agrement.file.withAccount')}</p> : null}
    </section>
  )
}

function Delay({ file }: { file: AgrementFile }) {
  const { t, i18n } = useTranslation()
  const day = (d: string) => formatDate(d, i18n.language)
  const delay = file.legalDelay
  return (
    <section className="card ag-delay--key" aria-labelledby="ag-delay">
      <h2 id="ag-delay">{t('metiers_agrement.file.delay')}</h2>
      {!delay ? <p>{t('metiers_agrement.file.notStarted')}</p> : null}
      {delay ? (
        <>
          <p>{t('metiers_agrement.file.completeOn', { date: day(delay.startedOn) })}</p>
          {file.extendedOn && file.extensionMotive ? (
            <p>
              {t('metiers_agrement.file.extendedBecause', {
                date: day(file.extendedOn),
                motive: isolate(file.extensionMotive),
              })}
            </p>
          ) : null}
          <p className="ag-delay__due">{t('metiers_agrement.file.dueOn', { date: day(delay.dueOn) })}</p>
          {delay.daysLeft !== null && delay.daysLeft >= 0 ? (
            <p>{t('metiers_agrement.file.daysLeft', { count: delay.daysLeft })}</p>
          ) : null}
          {delay.lapsed ? (
            <Alert tone="error">
              {delay.silenceMeans === 'agrement_tacite'
                ? t('metiers_agrement.file.lapsedAgrement', { date: day(delay.tacitOn) })
                : t('metiers_agrement.file.lapsedRefus', { date: day(delay.tacitOn) })}
            </Alert>
          ) : !file.decision ? (
            <p>
              <strong>
                {delay.silenceMeans === 'agrement_tacite'
                  ? t('metiers_agrement.file.silence', { date: day(delay.dueOn) })
                  : t('metiers_agrement.file.silenceRefus', { date: day(delay.dueOn) })}
              </strong>
            </p>
          ) : null}
        </>
      ) : null}
      {file.decision ? (
        <>
          <p className="ag-delay__due">
            {t('metiers_agrement.file.decision', {
              outcome: t(`metiers_agrement.outcomes.${file.decision}`),
              date: file.decisionOn ? day(file.decisionOn) : '',
            })}
          </p>
          {file.approvedChildren && file.validUntil ? (
            <p>
              {t('metiers_agrement.file.approved', {
                count: file.approvedChildren,
                min: file.approvedAgeMin ?? 0,
                max: file.approvedAgeMax ?? 21,
                until: day(file.validUntil),
              })}
            </p>
          ) : null}
          {file.decisionMotive ? <p className="ag-history__note">{file.decisionMotive}</p> : null}
          {file.abilities.letter ? (
            <p>
              <a href={letterHref(file.id)} download>
                {t('metiers_agrement.file.letter')}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

function Training({ file, onDone }: { file: AgrementFile; onDone: () => Promise<void> }) {
  const { t, i18n } = useTranslation()
  if (file.decision !== 'agrement' && file.decision !== 'agrement_tacite') return null
  const tr = file.training
  return (
    <section className="card" aria-labelledby="ag-training">
      <h2 id="ag-training">{t('metiers_agrement.file.training')}</h2>
      <p>
        {t('metiers_agrement.file.preparatory', {
          done: tr.preparatoryDone,
          required: tr.preparatoryRequired,
        })}
      </p>
      <p>
        {t('metiers_agrement.file.deaf', { done: tr.deafDone, required: tr.deafRequired })}
        {tr.deafDueOn
          ? `, ${t('metiers_agrement.file.deafDue', { date: formatDate(tr.deafDueOn, i18n.language) })}`
          : ''}
      </p>
      {tr.placedTooEarly ? <Alert tone="error">{t('metiers_agrement.file.placedTooEarly')}</Alert> : null}
      <TrainingForm file={file} onDone={onDone} />
    </section>
  )
}

function History({ file }: { file: AgrementFile }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="card" aria-labelledby="ag-history">
      <h2 id="ag-history">{t('metiers_agrement.file.history')}</h2>
      <p className="small">{t('metiers_agrement.file.historyHelp')}</p>
      <ol className="ag-history">
        {[...file.history].reverse().map((h) => (
          <li key={h.id}>
            <span className="ag-history__what">
              {formatDate(h.on, i18n.language)} — {t(`metiers_agrement.kinds.${h.kind}`)}
              {h.decision && h.kind === 'decision'
                ? ` : ${t(`metiers_agrement.outcomes.${h.decision}`)}`
                : ''}
            </span>
            <span className="small muted">
              {' '}
              {h.author ? t('metiers_agrement.file.by', { name: isolate(h.author) }) : ''}{' '}
              {t('metiers_agrement.file.recordedAt', { date: formatDate(h.recordedAt, i18n.language) })}
            </span>
            {h.motive ? <p className="ag-history__note">{h.motive}</p> : null}
            {h.note ? <p className="ag-history__note">{h.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** `/agrement/dossiers/:id`: the file, its legal delay, its documents, the steps to record and the history. */
export function AgrementFilePage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(agrementApi.detail, { params: { id } }))
  const file = loaded.data
  const back = (
    <p>
      <Link href={pipelineHref}>{t('metiers_agrement.file.back')}</Link>
    </p>
  )
  if (!file)
    return loaded.error ? (
      <Page title={t('metiers_agrement.pipeline.title')}>
        <Alert tone="error">{loaded.error}</Alert>
        {back}
      </Page>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )
  const reload = () => loaded.reload()
  return (
    <Page title={isolate(`${file.firstName} ${file.lastName}`)}>
      {back}
      <p>{t('metiers_agrement.file.stage', { stage: t(`metiers_agrement.stages.${file.stage}`) })}</p>
      <div className="ag-layout">
        <div className="ag-stack">
          <Delay file={file} />
          <Facts file={file} />
          <History file={file} />
        </div>
        <div className="ag-stack">
          <StepForm file={file} onDone={reload} />
          <DocumentsForm file={file} onDone={reload} />
          {file.abilities.extend ? <ExtensionForm file={file} onDone={reload} /> : null}
          {file.abilities.decide || file.abilities.withdraw ? (
            <DecisionForm key={file.decision ?? 'none'} file={file} onDone={reload} />
          ) : null}
          <Training file={file} onDone={reload} />
        </div>
      </div>
    </Page>
  )
}
