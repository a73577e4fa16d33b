import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { TrainingPageView } from '../../../../../shared/modules/metiers/trainings.contract'
import { OffersMap } from '../components/OffersMap'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { formatList } from '../portal-format'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'
import { formatDay } from './trainings-format'
import { useTrainingsData } from './useTrainingsData'

/** `/metiers/formations/:ref`: a training, its sessions and places, what it costs and how to get in, its centre. */
export function TrainingPage({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation()
  const page = useTrainingsData<TrainingPageView>(reference, () =>
    portalGet(portalRoutes.metiersTrainings.training, { params: { ref: reference } }),
  )
  usePageTitle(page.data?.title)
  const training = page.data
  if (!training)
    return (
      <PageState loading={page.loading} notFound={page.notFound} error={page.error} onRetry={page.reload} />
    )
  const language = i18n.language
  const { centre } = training
  const places = [
    ...training.sessions.flatMap((s) =>
      s.latitude !== null && s.longitude !== null
        ? [
            {
              key: s.id,
              latitude: s.latitude,
              longitude: s.longitude,
              title: s.siteName ?? centre.name,
              detail: `${s.address} ${s.postcode} ${s.commune}`,
            },
          ]
        : [],
    ),
  ]
  const markers = places.length
    ? places.filter(
        (p, i) => places.findIndex((q) => q.latitude === p.latitude && q.longitude === p.longitude) === i,
      )
    : centre.latitude !== null && centre.longitude !== null
      ? [
          {
            key: centre.id,
            latitude: centre.latitude,
            longitude: centre.longitude,
            title: centre.name,
            detail: `${centre.address} ${centre.postcode} ${centre.commune}`,
          },
        ]
      : []

  return (
    <div className="pf-page">
      <p className="pf-back">
        <Link href="/metiers/formations">{t('trainings.formation.retour')}</Link>
      </p>
      <header className="pf-offer__head">
        <h1 dir="auto">{training.title}</h1>
        <p className="pf-lead" dir="auto">
          {centre.name} · {centre.commune}
        </p>
      </header>
      {training.summary ? <p dir="auto">{training.summary}</p> : null}

      <section aria-labelledby="formation-essentiel" className="pf-section">
        <h2 id="formation-essentiel" className="visually-hidden">
          {training.title}
        </h2>
        <dl className="pf-facts">
          {training.diploma ? (
            <>
              <dt>{t('fiche.diplome')}</dt>
              <dd dir="auto">
                {training.diploma}
                {training.rncpLevel !== null
                  ? ` · ${t('trainings.formation.niveau', { niveau: training.rncpLevel })}`
                  : ''}
                {training.rncpCode ? (
                  <span className="pf-facts__note">
                    {t('trainings.formation.rncp', { code: training.rncpCode })}
                  </span>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt>{t('trainings.formation.voies')}</dt>
          <dd>
            {formatList(
              training.routes.map((r) => t(`fiche.routes.${r}`)),
              language,
            )}
          </dd>
          {training.jobs.length ? (
            <>
              <dt>{t('trainings.formation.metiers')}</dt>
              <dd>
                {training.jobs.map((j, i) => (
                  <span key={j.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/metiers/fiches/${j.slug}`}>{j.title}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {training.duration ? (
            <>
              <dt>{t('trainings.formation.duree')}</dt>
              <dd dir="auto">{training.duration}</dd>
            </>
          ) : null}
          <dt>{t('trainings.formation.cout')}</dt>
          <dd dir="auto">
            {training.cost}
            {training.fundingTags.length ? (
              <span className="pf-facts__note">
                {formatList(
                  training.fundingTags.map((f) => t(`trainings.financements.${f}`)),
                  language,
                )}
              </span>
            ) : null}
          </dd>
          {training.prerequisites ? (
            <>
              <dt>{t('trainings.formation.prerequis')}</dt>
              <dd dir="auto">{training.prerequisites}</dd>
            </>
          ) : null}
          {training.admission.length || training.admissionNote ? (
            <>
              <dt>{t('trainings.formation.admission')}</dt>
              <dd dir="auto">
                {formatList(
                  training.admission.map((a) => t(`trainings.admissions.${a}`)),
                  language,
                )}
                {training.admissionNote ? (
                  <span className="pf-facts__note">{training.admissionNote}</span>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="formation-sessions" className="pf-section">
        <h2 id="formation-sessions">{t('trainings.formation.sessions')}</h2>
        {training.sessions.length === 0 ? (
          <p>{t('trainings.formation.aucuneSession')}</p>
        ) : (
          <ul className="pf-list">
            {training.sessions.map((s) => (
              <li key={s.id} className="pf-card">
                <p className="pf-card__title">
                  {s.endsOn
                    ? t('trainings.formation.du', {
                        debut: formatDay(s.startsOn, language),
                        fin: formatDay(s.endsOn, language),
                      })
                    : t('trainings.formation.le', { debut: formatDay(s.startsOn, language) })}
                </p>
                <p dir="auto">
                  {s.siteName ? `${s.siteName} — ` : ''}
                  {s.address} {s.postcode} {s.commune}
                  {s.seats ? ` · ${t('trainings.formation.places', { count: s.seats })}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
        {markers.length ? (
          <OffersMap
            markers={markers}
            label={t('trainings.formation.carte')}
            note={t('trainings.formation.carteAide')}
          />
        ) : null}
      </section>

      <section aria-labelledby="formation-centre" className="pf-section">
        <h2 id="formation-centre">{t('trainings.formation.centre')}</h2>
        <p>
          <strong dir="auto">{centre.name}</strong> · {t(`trainings.types.${centre.kind}`)}
          {centre.uai ? ` · ${t('trainings.formation.uai', { code: centre.uai })}` : ''}
        </p>
        {centre.description ? <p dir="auto">{centre.description}</p> : null}
        <p dir="auto">
          {centre.address} {centre.postcode} {centre.commune}
        </p>
        {centre.accessibilityNote ? (
          <p dir="auto">
            <strong>{t('trainings.formation.accessibilite')} : </strong>
            {centre.accessibilityNote}
          </p>
        ) : null}
        {centre.website ? (
          <p>
            <a href={centre.website} rel="noopener noreferrer">
              {t('trainings.formation.siteWeb')}
            </a>
          </p>
        ) : null}
        {training.otherTrainings.length ? (
          <>
            <h3>{t('trainings.formation.autres')}</h3>
            <ul>
              {training.otherTrainings.map((o) => (
                <li key={o.slug}>
                  <Link href={`/metiers/formations/${o.slug}`}>{o.title}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  )
}
