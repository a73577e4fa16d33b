import { useTranslation } from 'react-i18next'
import { useSearch } from 'wouter'
import type { WelcomeKitView } from '../../../../../shared/modules/metiers/trainings.contract'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'
import { formatDay } from './trainings-format'
import { useTrainingsData } from './useTrainingsData'

/** `/metiers/employeurs/:organisationId/accueil-apprentis?cle=…`: an employer's welcome kit, by the link it gave. */
export function WelcomeKitPage({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const key = new URLSearchParams(useSearch()).get('cle') ?? ''
  const kit = useTrainingsData<WelcomeKitView>(`${organisationId}:${key}`, () =>
    portalGet(portalRoutes.metiersTrainings.welcomeKit, { params: { organisationId }, query: { cle: key } }),
  )
  usePageTitle(kit.data?.title)
  if (!kit.data) {
    if (kit.notFound || kit.error?.code === 'validation')
      return (
        <div className="pf-page">
          <h1>{t('trainings.mallette.titre')}</h1>
          <p className="pf-notice">{t('trainings.kit.introuvable')}</p>
        </div>
      )
    return <PageState loading={kit.loading} notFound={false} error={kit.error} onRetry={kit.reload} />
  }
  const data = kit.data
  const whens = [...new Set(data.checklist.map((c) => c.when))]
  return (
    <div className="pf-page">
      <h1 dir="auto">{data.title || t('trainings.kit.titre', { employeur: data.organisationName })}</h1>
      <p className="pf-lead">{t('trainings.kit.titre', { employeur: data.organisationName })}</p>
      {data.welcomeText ? (
        <p dir="auto" style={{ whiteSpace: 'pre-line' }}>
          {data.welcomeText}
        </p>
      ) : null}
      {whens.length ? (
        <section className="pf-section" aria-labelledby="kit-jours">
          <h2 id="kit-jours">{t('trainings.kit.premiersJours')}</h2>
          {whens.map((when) => (
            <div key={when}>
              <h3 dir="auto">{when}</h3>
              <ul>
                {data.checklist
                  .filter((c) => c.when === when)
                  .map((c, i) => (
                    <li key={i} dir="auto">
                      {c.label}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
      {data.contacts.length ? (
        <section className="pf-section" aria-labelledby="kit-contacts">
          <h2 id="kit-contacts">{t('trainings.kit.contacts')}</h2>
          <dl className="pf-facts">
            {data.contacts.map((c, i) => (
              <div key={i}>
                <dt dir="auto">{c.role}</dt>
                <dd dir="auto">
                  {c.name}
                  {c.email ? (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  ) : null}
                  {c.phone ? (
                    <>
                      {' · '}
                      <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                    </>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {data.documents.length || data.files.length ? (
        <section className="pf-section" aria-labelledby="kit-documents">
          <h2 id="kit-documents">{t('trainings.kit.documents')}</h2>
          <ul>
            {data.files.map((f) => (
              <li key={f.id}>
                <a href={f.url} download>
                  {f.title}
                </a>
              </li>
            ))}
            {data.documents.map((d) => (
              <li key={d.id}>
                <a href={d.fileUrl ?? d.externalUrl ?? '#'} rel="noopener noreferrer">
                  {d.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="small muted">
        {t('trainings.kit.miseAJour', { date: formatDay(data.updatedAt.slice(0, 10), i18n.language) })}
      </p>
    </div>
  )
}
