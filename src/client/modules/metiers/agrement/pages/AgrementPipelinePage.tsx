import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { agrementApi, fileHref, meetingsHref, newFileHref, type AgrementPipeline } from '../agrement.queries'
import '../agrement.css'

type Card = AgrementPipeline['columns'][number]['applications'][number]

function FileCard({ card }: { card: Card }) {
  const { t, i18n } = useTranslation()
  const flag = card.lapsed ? 'ag-card--lapsed' : card.dueSoon ? 'ag-card--soon' : ''
  return (
    <li>
      <Link href={fileHref(card.id)} className={`ag-card ${flag}`}>
        <span className="ag-card__name">
          <bdi>
            {card.firstName} {card.lastName}
          </bdi>
        </span>
        <span className="ag-card__meta">
          <bdi>{card.commune}</bdi>
        </span>
        {card.decision ? (
          <span className="ag-card__meta">{t(`metiers_agrement.outcomes.${card.decision}`)}</span>
        ) : card.decisionDueOn ? (
          <span className="ag-card__meta">
            {t('metiers_agrement.pipeline.due', { date: formatDate(card.decisionDueOn, i18n.language) })}
            {card.daysLeft !== null && card.daysLeft >= 0
              ? ` · ${t('metiers_agrement.pipeline.daysLeft', { count: card.daysLeft })}`
              : ''}
          </span>
        ) : null}
        {card.lapsed ? (
          <span className="ag-flag ag-flag--lapsed">{t('metiers_agrement.pipeline.lapsed')}</span>
        ) : null}
        {card.dueSoon && !card.lapsed ? (
          <span className="ag-flag ag-flag--soon">{t('metiers_agrement.pipeline.soon')}</span>
        ) : null}
        {card.extended ? <span className="ag-flag">{t('metiers_agrement.pipeline.extended')}</span> : null}
      </Link>
    </li>
  )
}

/** `/agrement`: the files, one column per step (stacked on a phone), late and closest due first. */
export function AgrementPipelinePage() {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(agrementApi.pipeline, {}))
  const pipeline = loaded.data
  return (
    <Page title={t('metiers_agrement.pipeline.title')} intro={t('metiers_agrement.pipeline.intro')}>
      <p className="ag-links">
        <Link href={newFileHref}>{t('metiers_agrement.pipeline.newFile')}</Link>
        <Link href={meetingsHref}>{t('metiers_agrement.pipeline.meetings')}</Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {pipeline ? (
        <div className="ag-pipeline" role="group" aria-label={t('metiers_agrement.pipeline.columnsLabel')}>
          {pipeline.columns.map((column) => (
            <section key={column.stage} className="ag-column" aria-labelledby={`ag-stage-${column.stage}`}>
              <h2 id={`ag-stage-${column.stage}`} className="ag-column__title">
                {t(`metiers_agrement.stages.${column.stage}`)} ({column.applications.length})
              </h2>
              {column.applications.length === 0 ? (
                <p className="small muted">{t('metiers_agrement.pipeline.empty')}</p>
              ) : (
                <ul className="ag-cards">
                  {column.applications.map((card) => (
                    <FileCard key={card.id} card={card} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
