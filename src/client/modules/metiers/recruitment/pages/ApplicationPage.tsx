import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { formatDate, formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { ApplicationHistory } from '../components/ApplicationHistory'
import { NotesPanel } from '../components/NotesPanel'
import { StatusChangeForm } from '../components/StatusChangeForm'
import { useRecruitmentLabels } from '../recruitment.labels'
import {
  cvHref,
  dashboardHref,
  pipelineHref,
  recruitmentApi,
  type ApplicationDetail,
} from '../recruitment.queries'
import '../recruitment.css'

/** "+33612345678" as people write it in France: "06 12 34 56 78"; other numbers as they are. */
const readablePhone = (phone: string) => {
  const french = /^\+33([1-9]\d{8})$/.exec(phone)
  return french ? `0${french[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : phone
}

/** One application: who, their message and CV, the answer to send, the history and the team's notes. */
export function ApplicationPage() {
  const { t, i18n } = useTranslation()
  const labels = useRecruitmentLabels()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(recruitmentApi.detail, { params: { id } }))
  const [changed, setChanged] = useState<ApplicationDetail | null>(null)
  const application = changed?.id === id ? changed : loaded.data

  if (!application) {
    return loaded.error ? (
      <Page title={t('metiers_recruitment.dashboard.title')}>
        <Alert tone="error">{loaded.error}</Alert>
        <p>
          <Link href={dashboardHref}>{t('metiers_recruitment.pipeline.back')}</Link>
        </p>
      </Page>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )
  }
  const name = `${application.firstName} ${application.lastName}`
  return (
    <Page title={name}>
      <p>
        <Link href={pipelineHref(application.offer.id)}>{t('metiers_recruitment.detail.back')}</Link>
      </p>
      <p>
        {t('metiers_recruitment.detail.offer', { title: isolate(application.offer.title) })} ·{' '}
        <strong>
          {t('metiers_recruitment.detail.status', { status: labels.status(application.status) })}
        </strong>
      </p>
      {application.withdrawnAt ? (
        <Alert tone="info">
          {t('metiers_recruitment.detail.withdrawn', {
            date: formatDate(application.withdrawnAt, i18n.language),
          })}
        </Alert>
      ) : application.overdue ? (
        <Alert tone="info">{t('metiers_recruitment.detail.overdue')}</Alert>
      ) : null}

      <div className="rc-layout">
        <div className="stack">
          <section className="card" aria-labelledby="rc-contact-title">
            <h2 id="rc-contact-title">{t('metiers_recruitment.detail.contact')}</h2>
            <dl className="facts">
              <dt>{t('metiers_recruitment.detail.email')}</dt>
              <dd>
                <a className="link" href={`mailto:${application.email}`} dir="ltr">
                  {application.email}
                </a>
              </dd>
              {application.phone ? (
                <>
                  <dt>{t('metiers_recruitment.detail.phone')}</dt>
                  <dd>
                    <a className="link" href={`tel:${application.phone}`} dir="ltr">
                      {readablePhone(application.phone)}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt>{t('metiers_recruitment.detail.receivedOn')}</dt>
              <dd>{formatDateTime(application.createdAt, i18n.language)}</dd>
            </dl>
            {application.withAccount ? (
              <p className="small">{t('metiers_recruitment.detail.withAccount')}</p>
            ) : null}
          </section>

          <section className="card" aria-labelledby="rc-message-title">
            <h2 id="rc-message-title">{t('metiers_recruitment.detail.message')}</h2>
            {application.message ? (
              <p className="rc-message" dir="auto">
                {application.message}
              </p>
            ) : (
              <p className="muted">{t('metiers_recruitment.detail.noMessage')}</p>
            )}
            <h3>{t('metiers_recruitment.detail.cv')}</h3>
            {application.cv ? (
              <p>
                <a className="link" href={cvHref(application.id)} download>
                  {t('metiers_recruitment.detail.download', {
                    name: isolate(application.cv.name),
                    size: labels.size(application.cv.bytes),
                  })}
                </a>
              </p>
            ) : (
              <p className="muted">{t('metiers_recruitment.detail.noCv')}</p>
            )}
          </section>

          {application.allowedStatuses.length > 0 ? (
            <StatusChangeForm application={application} onChanged={setChanged} />
          ) : null}
        </div>

        <div className="stack">
          <section className="card" aria-labelledby="rc-history-title">
            <h2 id="rc-history-title">{t('metiers_recruitment.detail.history')}</h2>
            <ApplicationHistory events={application.history} />
          </section>
          <NotesPanel application={application} onChanged={setChanged} />
        </div>
      </div>
    </Page>
  )
}
