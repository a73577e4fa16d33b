import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { pilotageGovernanceContract as api } from '../../../../../shared/modules/pilotage/governance.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { euros, StatusBadge } from '../../plans/components'
import { Gantt } from '../components/Gantt'
import '../governance.css'

const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())

/** The yearly recap: the table of flagship projects and actions by axis, the Gantt calendar, the downloads. */
export function RecapPage({ id }: { id: string }) {
  const search = useSearch()
  const asked = Number(new URLSearchParams(search).get('annee'))
  const year =
    Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(parisToday().slice(0, 4))
  return <Recap key={year} id={id} year={year} />
}

function Recap({ id, year }: { id: string; year: number }) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const [typed, setTyped] = useState(String(year))
  const loaded = useLoad(() => call(api.recap, { params: { id }, query: { annee: year } }))
  const recap = loaded.data
  const lang = i18n.language
  const date = (d: string | null) => (d ? formatDate(d, lang) : '—')

  return (
    <Page title={t('pilotage_governance.recap.title', { year })} intro={t('pilotage_governance.recap.intro')}>
      <p>
        <Link href={`/pilotage/plans/${id}`}>{t('pilotage_governance.backToPlan')}</Link>
      </p>
      <form
        className="gv-year"
        onSubmit={(e) => {
          e.preventDefault()
          navigate(`/pilotage/plans/${id}/bilan?annee=${encodeURIComponent(typed)}`)
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="recap-year">
            {t('pilotage_governance.recap.year')}
          </label>
          <input
            id="recap-year"
            className="field__input gv-year__input"
            type="number"
            min={2000}
            max={2100}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <Button type="submit">{t('pilotage_governance.recap.show')}</Button>
      </form>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {!recap ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <h2 className="gv-plan-title">
            <bdi>{recap.plan.title}</bdi>
          </h2>
          <p className="gv-downloads">
            <a className="button" href={`/api/pilotage/plans/${id}/bilan.pdf?annee=${year}`} download>
              {t('pilotage_governance.recap.pdf')}
            </a>
            <a className="button" href={`/api/pilotage/plans/${id}/bilan.xlsx?annee=${year}`} download>
              {t('pilotage_governance.recap.xlsx')}
            </a>
          </p>
          {recap.axes.map((axis) => (
            <div key={axis.id} className="gv-axis">
              <Table
                caption={t('pilotage_governance.recap.axis', { number: axis.number, title: axis.title })}
                columns={[
                  t('pilotage_governance.recap.number'),
                  t('pilotage_governance.recap.action'),
                  t('pilotage_governance.recap.pilots'),
                  t('pilotage_governance.recap.status'),
                  t('pilotage_governance.recap.start'),
                  t('pilotage_governance.recap.end'),
                  t('pilotage_governance.recap.milestones'),
                  t('pilotage_governance.recap.planned'),
                  t('pilotage_governance.recap.consumed'),
                ]}
                isEmpty={axis.actions.length === 0}
                empty={t('pilotage_governance.recap.none')}
              >
                {axis.actions.map((a) => (
                  <tr key={a.id}>
                    <td>{a.number}</td>
                    <td>
                      <Link href={`/pilotage/fiches/${a.id}`}>
                        <bdi>{a.title}</bdi>
                      </Link>
                      {a.kind === 'projet_phare' ? (
                        <span className="small muted"> ({t('pilotage_governance.recap.flagship')})</span>
                      ) : null}
                    </td>
                    <td>
                      {a.pilots.map((p, i) => (
                        <span key={i}>
                          {i > 0 ? ', ' : ''}
                          <bdi>{p}</bdi>
                        </span>
                      ))}
                    </td>
                    <td>
                      <StatusBadge status={a.status} />
                      {a.statusReason ? (
                        <div className="small">
                          <bdi>{a.statusReason}</bdi>
                        </div>
                      ) : null}
                    </td>
                    <td>{date(a.startDate)}</td>
                    <td>{date(a.endDate)}</td>
                    <td>
                      {a.milestones.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="gv-list">
                          {a.milestones.map((m) => (
                            <li key={m.id}>
                              {date(m.dueDate)} <bdi>{m.title}</bdi>
                              {m.doneOn ? ` (${t('pilotage_governance.recap.done')})` : ''}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="gv-num">{euros(a.plannedCents, lang)}</td>
                    <td className="gv-num">{euros(a.consumedCents, lang)}</td>
                  </tr>
                ))}
              </Table>
            </div>
          ))}
          <p>
            <strong>
              {t('pilotage_governance.recap.totals', {
                planned: euros(recap.totals.plannedCents, lang),
                consumed: euros(recap.totals.consumedCents, lang),
              })}
            </strong>
          </p>
          {recap.planMilestones.length > 0 ? (
            <section aria-labelledby="plan-milestones">
              <h3 id="plan-milestones">{t('pilotage_governance.recap.planMilestones')}</h3>
              <ul>
                {recap.planMilestones.map((m) => (
                  <li key={m.id}>
                    {date(m.dueDate)} — <bdi>{m.title}</bdi>
                    {m.doneOn ? ` (${t('pilotage_governance.recap.done')})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <div className="gv-calendar">
            <h2 id="gantt-title">{t('pilotage_governance.recap.gantt', { year })}</h2>
            <p className="small muted">{t('pilotage_governance.recap.scroll')}</p>
            <Gantt recap={recap} today={parisToday()} />
            <p className="gv-key small">
              <span className="gv-key__diamond" aria-hidden="true" />{' '}
              {t('pilotage_governance.recap.milestoneKey')}
              <span className="gv-key__diamond gv-key__diamond--done" aria-hidden="true" />{' '}
              {t('pilotage_governance.recap.doneKey')}
              <span className="gv-key__today" aria-hidden="true" /> {t('pilotage_governance.recap.today')}
            </p>
          </div>
        </>
      )}
    </Page>
  )
}
