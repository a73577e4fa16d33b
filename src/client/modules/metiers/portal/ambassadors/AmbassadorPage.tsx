import './ambassadors.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { ambassadorPages } from '../../../../../shared/modules/metiers/ambassadors.constants'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'
import { BookingForm } from './BookingForm'
import { isolate } from './isolate'
import { useLoaded } from './useLoaded'

/** `/metiers/ambassadeurs/:id`: an ambassador's profile and the form to ask for a meeting. */
export function AmbassadorPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLoaded(id, () => portalGet(api.ambassador, { params: { id } }))
  const a = loaded.data
  usePageTitle(a ? `${a.displayName} · ${a.job.title}` : null)
  if (!a)
    return (
      <PageState
        loading={loaded.loading}
        notFound={loaded.notFound}
        error={loaded.error}
        onRetry={loaded.reload}
      />
    )
  return (
    <div className="pf-page">
      <p className="pf-back">
        <Link href={ambassadorPages.directory()}>{t('ambassadors.profil.retour')}</Link>
      </p>
      <h1>
        <bdi>{a.displayName}</bdi>
      </h1>
      <p className="pf-lead">
        <Link href={`/metiers/fiches/${a.job.slug}`}>
          <bdi>{a.job.title}</bdi>
        </Link>{' '}
        · {t('ambassadors.carte.ans', { count: a.yearsInJob })}
      </p>
      <div className="pa-profile">
        <section className="pa-profile__main" aria-labelledby="pa-recit">
          <h2 id="pa-recit">{t('ambassadors.profil.recit')}</h2>
          <p className="pa-story" dir="auto">
            {a.story}
          </p>
          <dl className="pf-facts pa-facts">
            <div>
              <dt>{t('ambassadors.profil.employeur')}</dt>
              <dd>{t(`libelles.employeur.${a.employerType}`)}</dd>
            </div>
            <div>
              <dt>{t('ambassadors.profil.zone')}</dt>
              <dd>{t('ambassadors.carte.seDeplace', { count: a.radiusKm, commune: isolate(a.commune) })}</dd>
            </div>
            <div>
              <dt>{t('ambassadors.carte.langues')}</dt>
              <dd>{a.languages.map((l) => t(`ambassadors.langues.${l}`)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('ambassadors.carte.formats')}</dt>
              <dd>{a.formats.map((f) => t(`ambassadors.formats.${f}`)).join(', ')}</dd>
            </div>
            {a.availability ? (
              <div>
                <dt>{t('ambassadors.profil.disponibilites')}</dt>
                <dd dir="auto">{a.availability}</dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section className="pf-panel pa-profile__form" aria-labelledby="pa-demande">
          <h2 id="pa-demande" className="pf-panel__title">
            {t('ambassadors.demande.titre')}
          </h2>
          <BookingForm ambassador={a} />
        </section>
      </div>
    </div>
  )
}
