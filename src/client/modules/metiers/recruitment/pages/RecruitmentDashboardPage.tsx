import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { AnswerRate } from '../components/AnswerRate'
import { useRecruitmentLabels } from '../recruitment.labels'
import { pipelineHref, recruitmentApi } from '../recruitment.queries'
import '../recruitment.css'

/** The recruiters' dashboard: each offer with its applications waiting, and the answer rate. */
export function RecruitmentDashboardPage() {
  const { t } = useTranslation()
  const labels = useRecruitmentLabels()
  const loaded = useLoad(() => call(recruitmentApi.dashboard, {}))
  const board = loaded.data
  return (
    <Page title={t('metiers_recruitment.dashboard.title')} intro={t('metiers_recruitment.dashboard.intro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {!board ? (
        loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )
      ) : (
        <>
          <AnswerRate rate={board.answerRate} />
          <Table
            caption={t('metiers_recruitment.dashboard.caption')}
            columns={[
              t('metiers_recruitment.dashboard.offer'),
              t('metiers_recruitment.dashboard.state'),
              t('metiers_recruitment.dashboard.total'),
              t('metiers_recruitment.dashboard.unanswered'),
              t('metiers_recruitment.dashboard.overdue'),
            ]}
            isEmpty={board.offers.length === 0}
            empty={t('metiers_recruitment.dashboard.empty')}
          >
            {board.offers.map((offer) => (
              <tr key={offer.id}>
                <td>
                  <Link href={pipelineHref(offer.id)}>
                    <bdi>{offer.title}</bdi>
                  </Link>
                  <span className="small muted"> · {offer.commune}</span>
                </td>
                <td>{labels.offerState(offer.state)}</td>
                <td>{offer.total}</td>
                <td>{offer.unanswered}</td>
                <td>{offer.overdue > 0 ? <strong className="rc-flag">{offer.overdue}</strong> : 0}</td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </Page>
  )
}
