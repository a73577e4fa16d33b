import './immersions.css'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicImmersionView } from '../../../../../shared/modules/metiers/immersions.contract'
import { PageState } from '../components/PageState'
import { ApiError, portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'
import { useCandidateSession } from '../account/useCandidateSession'
import { formatDay } from './immersion-format'
import { RequestForm } from './RequestForm'

/** `/metiers/immersions/:id`: what the immersion is, the days already full, and the request form. */
export function ImmersionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const [offer, setOffer] = useState<PublicImmersionView | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  const session = useCandidateSession()
  usePageTitle(offer?.title ?? t('immersions.liste.titre'))

  useEffect(() => {
    let live = true
    portalGet(portalRoutes.metiersImmersions.publicOffer, { params: { id } })
      .then((o) => live && setOffer(o))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(0, 'internal', '')))
    return () => {
      live = false
    }
  }, [id, attempt])

  if (!offer)
    return (
      <PageState
        loading={!error}
        notFound={error?.status === 404 || error?.status === 400}
        error={error}
        onRetry={() => {
          setError(null)
          setAttempt((n) => n + 1)
        }}
      />
    )
  const language = i18n.language
  const day = (d: string) => formatDay(d, language)
  const back = `/metiers/immersions/${offer.id}`

  return (
    <div className="pf-page">
      <p>
        <Link href="/metiers/immersions" className="pf-back">
          {t('immersions.fiche.retour')}
        </Link>
      </p>
      <h1>{offer.title}</h1>
      <p className="pf-lead">
        {offer.job.title} · {t('immersions.fiche.chez', { employeur: offer.employerName })}
      </p>
      <div className="pi-layout">
        <div>
          <h2>{t('immersions.fiche.activites')}</h2>
          <p className="pi-text" dir="auto">
            {offer.activities}
          </p>
          {offer.conditions ? (
            <>
              <h2>{t('immersions.fiche.conditions')}</h2>
              <p className="pi-text" dir="auto">
                {offer.conditions}
              </p>
            </>
          ) : null}
          <dl className="pf-facts">
            <div>
              <dt>{t('immersions.fiche.horaires')}</dt>
              <dd>{offer.schedule}</dd>
            </div>
            <div>
              <dt>{t('immersions.fiche.tuteur')}</dt>
              <dd>{offer.tutorJob}</dd>
            </div>
            <div>
              <dt>{t('immersions.fiche.lieu')}</dt>
              <dd>{[offer.address, `${offer.postcode} ${offer.commune}`].filter(Boolean).join(', ')}</dd>
            </div>
          </dl>
          <p>
            {t('immersions.fiche.periode', {
              from: day(offer.firstDay),
              to: day(offer.availableTo),
              max: offer.maxDays,
            })}
            {' · '}
            {t('immersions.liste.places', { count: offer.capacity })}
          </p>
          {offer.fullPeriods.length > 0 ? (
            <>
              <p>{t('immersions.fiche.complets')}</p>
              <ul>
                {offer.fullPeriods.map((p) => (
                  <li key={p.startDate}>
                    {t('immersions.liste.dates', { from: day(p.startDate), to: day(p.endDate) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <section className="pi-card" aria-labelledby="pi-request">
          <h2 id="pi-request">{t('immersions.fiche.demander')}</h2>
          {session.state === 'signedIn' ? (
            <RequestForm offer={offer} displayName={session.account.displayName} />
          ) : session.state === 'loading' ? (
            <p className="pf-loading" role="status">
              {t('portail.chargement')}
            </p>
          ) : (
            <>
              <p>{t('immersions.fiche.connexion')}</p>
              <p className="pi-actions">
                <Link
                  href={`/metiers/compte/connexion?retour=${encodeURIComponent(back)}`}
                  className="pf-button pf-button--primary"
                >
                  {t('immersions.fiche.seConnecter')}
                </Link>
                <Link href="/metiers/compte/inscription" className="pf-button">
                  {t('immersions.fiche.creerCompte')}
                </Link>
              </p>
            </>
          )}
        </section>
      </div>
    </div>
  )
}
