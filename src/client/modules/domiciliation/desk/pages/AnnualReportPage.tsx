import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parisDate } from '../../../../../shared/dates'
import type { CountLine } from '../../../../../shared/modules/domiciliation/reports.contract'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { isolate } from '../../../../app/bidi'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { BarChart } from '../components/BarChart'
import { ReportAnswersForm } from '../components/ReportAnswersForm'
import { formatCount, formatDay, formatMoment, useDeskLabels, type CodeGroup } from '../desk.labels'
import { reportPdfUrl, reportsApi, reportXlsxUrl, type AnnualReport } from '../desk.queries'
import '../desk.css'

/** One breakdown of the report as a table: a line per code, its count. */
function CountTable({ caption, group, lines }: { caption: string; group: CodeGroup; lines: CountLine[] }) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const total = lines.reduce((sum, l) => sum + l.count, 0)
  return (
    <Table caption={caption} columns={[t('domiDesk.report.line'), t('domiDesk.report.count')]}>
      {lines.map((l) => (
        <tr key={l.code}>
          <th scope="row">{labels.code(group, l.code, l.label)}</th>
          <td className="desk-number">{formatCount(l.count, i18n.language)}</td>
        </tr>
      ))}
      <tr className="desk-total">
        <th scope="row">{t('domiDesk.report.total')}</th>
        <td className="desk-number">{formatCount(total, i18n.language)}</td>
      </tr>
    </Table>
  )
}

/** Key figures as a list of terms and numbers. */
function Figures({ items }: { items: readonly [string, number | string][] }) {
  const { i18n } = useTranslation()
  return (
    <dl className="desk-figures">
      {items.map(([label, value]) => (
        <div key={label} className="desk-figure">
          <dt className="desk-figure__label">{label}</dt>
          <dd className="desk-figure__value">
            {typeof value === 'number' ? formatCount(value, i18n.language) : value}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function Report({ report, onAnswersSaved }: { report: AnnualReport; onAnswersSaved: () => void }) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const { session } = useSession()
  const canAnswer = canAccess(reportsApi.setReportAnswers.access, session)
  const { stock, decisions, activity, waiting } = report
  const day = formatDay(stock.on, i18n.language)
  const sum = (pick: (m: AnnualReport['activity']['mail'][number]) => number) =>
    activity.mail.reduce((n, m) => n + pick(m), 0)

  return (
    <>
      <p className="small muted">
        {t('domiDesk.report.generated', {
          name: isolate(report.organisationName),
          date: formatMoment(report.generatedAt, i18n.language),
        })}
      </p>
      <section className="card" aria-labelledby="rapport-stock">
        <h2 id="rapport-stock">{t('domiDesk.report.stockTitle', { date: day })}</h2>
        <Figures
          items={[
            [t('domiDesk.report.domiciliations'), stock.domiciliations],
            [t('domiDesk.report.ayantsDroit'), stock.ayantsDroit],
            [t('domiDesk.report.persons'), stock.persons],
          ]}
        />
        <BarChart
          title={t('domiDesk.report.agesChart', { date: day })}
          bars={stock.ageBands.map((b) => ({
            label: labels.code('age', b.code, b.label),
            value: b.domiciled,
          }))}
        />
        <Table
          caption={t('domiDesk.report.agesCaption', { date: day })}
          columns={[
            t('domiDesk.report.age'),
            t('domiDesk.report.domiciled'),
            t('domiDesk.report.ayantsDroit'),
          ]}
        >
          {stock.ageBands.map((b) => (
            <tr key={b.code}>
              <th scope="row">{labels.code('age', b.code, b.label)}</th>
              <td className="desk-number">{formatCount(b.domiciled, i18n.language)}</td>
              <td className="desk-number">{formatCount(b.ayantsDroit, i18n.language)}</td>
            </tr>
          ))}
        </Table>
        <div className="grid">
          <CountTable caption={t('domiDesk.report.byKind')} group="kind" lines={stock.byKind} />
          <CountTable caption={t('domiDesk.report.bySex')} group="sex" lines={stock.bySex} />
          <CountTable
            caption={t('domiDesk.report.household')}
            group="household"
            lines={stock.householdType}
          />
          <CountTable caption={t('domiDesk.report.cause')} group="cause" lines={stock.instabilityCause} />
          <CountTable caption={t('domiDesk.report.link')} group="link" lines={stock.linkWithCommune} />
          <CountTable caption={t('domiDesk.report.reason')} group="reason" lines={stock.requestReason} />
          <CountTable
            caption={t('domiDesk.report.residence')}
            group="residence"
            lines={stock.residenceSituation}
          />
          <CountTable
            caption={t('domiDesk.report.accompanied')}
            group="accompanied"
            lines={stock.sociallyAccompanied}
          />
          <CountTable
            caption={t('domiDesk.report.professional')}
            group="professional"
            lines={stock.professionalSituation}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="rapport-decisions">
        <h2 id="rapport-decisions">{t('domiDesk.report.decisionsTitle', { year: report.year })}</h2>
        <Figures
          items={[
            [t('domiDesk.report.attestations'), decisions.attestations],
            [t('domiDesk.report.ayantsDroitCovered'), decisions.ayantsDroitCovered],
            [t('domiDesk.report.refusals'), decisions.refusals],
            [t('domiDesk.report.radiations'), decisions.radiations],
          ]}
        />
        <BarChart
          title={t('domiDesk.report.decisionsChart', { year: report.year })}
          bars={[
            { label: t('domiDesk.report.firstAttestations'), value: decisions.firstAttestations },
            { label: t('domiDesk.report.renewals'), value: decisions.renewals },
            { label: t('domiDesk.report.refusals'), value: decisions.refusals },
            { label: t('domiDesk.report.radiations'), value: decisions.radiations },
          ]}
        />
        <div className="grid">
          <CountTable
            caption={t('domiDesk.report.refusalsByMotive')}
            group="refusal"
            lines={decisions.refusalsByMotive}
          />
          <CountTable
            caption={t('domiDesk.report.orientations')}
            group="orientation"
            lines={decisions.orientations}
          />
          <CountTable
            caption={t('domiDesk.report.radiationsByMotive')}
            group="radiation"
            lines={decisions.radiationsByMotive}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="rapport-activite">
        <h2 id="rapport-activite">{t('domiDesk.report.activityTitle', { year: report.year })}</h2>
        <BarChart
          title={t('domiDesk.report.activityChart', { year: report.year })}
          bars={[
            { label: t('domiDesk.report.visits'), value: activity.visits },
            { label: t('domiDesk.report.calls'), value: activity.calls },
            { label: t('domiDesk.report.portalSignIns'), value: activity.portalSignIns },
            { label: t('domiDesk.report.mailReceived'), value: sum((m) => m.received) },
            { label: t('domiDesk.report.mailHandedOver'), value: sum((m) => m.handedOver) },
          ]}
        />
        <Table
          caption={t('domiDesk.report.mailCaption', { year: report.year })}
          columns={[
            t('domiDesk.report.mailKind'),
            t('domiDesk.report.received'),
            t('domiDesk.report.handedOver'),
            t('domiDesk.report.forwarded'),
            t('domiDesk.report.returned'),
          ]}
        >
          {activity.mail.map((m) => (
            <tr key={m.kind}>
              <th scope="row">{labels.code('mail', m.kind, m.label)}</th>
              <td className="desk-number">{formatCount(m.received, i18n.language)}</td>
              <td className="desk-number">{formatCount(m.handedOver, i18n.language)}</td>
              <td className="desk-number">{formatCount(m.forwarded, i18n.language)}</td>
              <td className="desk-number">{formatCount(m.returned, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      </section>

      <section className="card" aria-labelledby="rapport-delais">
        <h2 id="rapport-delais">{t('domiDesk.report.waitingTitle')}</h2>
        <Figures
          items={[
            [t('domiDesk.report.pending', { date: day }), waiting.pendingOnLastDay],
            [t('domiDesk.report.decided'), waiting.decidedRequests],
            [
              t('domiDesk.report.averageDays'),
              waiting.averageDaysToDecide === null
                ? t('domiDesk.report.notGiven')
                : t('domiDesk.report.days', {
                    count: Math.round(waiting.averageDaysToDecide),
                    n: formatCount(waiting.averageDaysToDecide, i18n.language),
                  }),
            ],
          ]}
        />
        <h3>{t('domiDesk.report.openingHours')}</h3>
        {report.openingHours ? (
          <p className="desk-note" dir="auto">
            {report.openingHours}
          </p>
        ) : (
          <p className="muted">{t('domiDesk.report.noOpeningHours')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="rapport-questions">
        <h2 id="rapport-questions">{t('domiDesk.questions.title')}</h2>
        <p className="small">{t('domiDesk.questions.intro')}</p>
        <ReportAnswersForm
          key={report.year}
          answers={report.answers}
          canWrite={canAnswer}
          onSaved={onAnswersSaved}
        />
      </section>
    </>
  )
}

/** The annual activity report owed to the préfet (CASF D264-8): figures, charts, questions, PDF and XLSX. */
export function AnnualReportPage() {
  const { t } = useTranslation()
  const thisYear = Number(parisDate(new Date()).slice(0, 4))
  const [year, setYear] = useState(thisYear - 1)
  const loaded = useLoad(() => call(reportsApi.annualReport, { query: { year } }))
  const reload = loaded.reload
  const readYear = useRef(year)
  useEffect(() => {
    // useLoad reads once on mount; another year is read when chosen.
    if (year === readYear.current) return
    readYear.current = year
    void reload()
  }, [year, reload])
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i)
  const report = loaded.data?.year === year ? loaded.data : null

  return (
    <Page title={t('domiDesk.report.title')} intro={t('domiDesk.report.intro')}>
      <div className="desk-toolbar">
        <Select
          label={t('domiDesk.report.year')}
          name="year"
          options={years.map((y) => ({ id: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(v) => {
            if (!v) return
            setYear(Number(v))
          }}
        />
        <div className="actions">
          <a className="button button--secondary" href={reportPdfUrl(year)} download>
            {t('domiDesk.report.pdf', { year })}
          </a>
          <a className="button button--secondary" href={reportXlsxUrl(year)} download>
            {t('domiDesk.report.xlsx', { year })}
          </a>
        </div>
      </div>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {report ? (
        <Report report={report} onAnswersSaved={() => void loaded.reload()} />
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
