import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { PipelineColumn } from '../components/PipelineColumn'
import { useRecruitmentLabels } from '../recruitment.labels'
import { dashboardHref, offerEditHref, recruitmentApi } from '../recruitment.queries'
import '../recruitment.css'

/**
 * The applications of one offer, one column per step (stacked on a phone). Every application is
 * a link: the keyboard goes through them in reading order, step by step.
 */
export function OfferPipelinePage() {
  const { t } = useTranslation()
  const labels = useRecruitmentLabels()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(recruitmentApi.pipeline, { params: { id } }))
  const pipeline = loaded.data
  const back = (
    <p>
      <Link href={dashboardHref}>{t('metiers_recruitment.pipeline.back')}</Link>
    </p>
  )
  if (!pipeline) {
    return loaded.error ? (
      <Page title={t('metiers_recruitment.dashboard.title')}>
        <Alert tone="error">{loaded.error}</Alert>
        {back}
      </Page>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )
  }
  return (
    <Page title={t('metiers_recruitment.pipeline.title', { title: isolate(pipeline.offer.title) })}>
      {back}
      <p>
        {labels.offerState(pipeline.offer.state)} · <bdi>{pipeline.offer.commune}</bdi> ·{' '}
        <Link href={offerEditHref(pipeline.offer.id)}>{t('metiers_recruitment.pipeline.editOffer')}</Link>
      </p>
      <div className="rc-pipeline" role="group" aria-label={t('metiers_recruitment.pipeline.columnsLabel')}>
        {pipeline.columns.map((column) => (
          <PipelineColumn
            key={column.status}
            id={`rc-step-${column.status}`}
            title={labels.status(column.status)}
            cards={column.applications}
          />
        ))}
      </div>
      {pipeline.withdrawn.length > 0 ? (
        <PipelineColumn
          id="rc-step-withdrawn"
          title={t('metiers_recruitment.pipeline.withdrawn')}
          cards={pipeline.withdrawn}
        />
      ) : null}
    </Page>
  )
}
