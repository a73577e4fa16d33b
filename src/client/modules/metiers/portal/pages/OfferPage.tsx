import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { PublicOfferView } from '../../../../../shared/modules/metiers/offers.contract'
import { formatDate } from '../../../../app/format'
import { ApplyForm } from '../components/ApplyForm'
import { useSalaryText } from '../components/OfferCard'
import { OffersMap } from '../components/OffersMap'
import { PageState } from '../components/PageState'
import { RichText } from '../components/RichText'
import { portalGet } from '../portal-api'
import { formatList, formatNumber } from '../portal-format'
import { isolate } from '../../../../app/bidi'
import { portalRoutes } from '../portal-routes'
import { searchHref } from '../search-form'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'

/** `/metiers/offres/:slug`: every fact of the offer, its employer, and the application form. */
export function OfferPage({ slug }: { slug: string }) {
  const address = `/metiers/offres/${slug}`
  const page = usePageData<PublicOfferView>('offre', address, () =>
    portalGet(portalRoutes.metiersOffers.publicOffer, { params: { slug } }),
  )
  usePageTitle(page.data?.title)
  if (!page.data || page.notFound)
    return (
      <PageState loading={page.loading} notFound={page.notFound} error={page.error} onRetry={page.reload} />
    )
  return <Offer offer={page.data} />
}

function Offer({ offer }: { offer: PublicOfferView }) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const salaryText = useSalaryText()
  const salary = salaryText(offer.salaryMin, offer.salaryMax, offer.salaryPeriod)
  const language = i18n.language
  const place = [offer.address, `${offer.postcode} ${offer.commune}`].filter((s) => s.trim()).join(', ')
  const marker = useMemo(
    () =>
      offer.latitude !== null && offer.longitude !== null
        ? [
            {
              key: offer.id,
              latitude: offer.latitude,
              longitude: offer.longitude,
              title: offer.title,
              detail: place,
            },
          ]
        : [],
    [offer, place],
  )
  const benefits = [
    offer.serviceCar ? t('offre.vehicule') : null,
    offer.drivingLicence ? t('offre.permis') : null,
    offer.housing ? t('offre.logement') : null,
    offer.childcare ? t('offre.garde') : null,
  ].filter((b): b is string => b !== null)
  const rate = offer.employer.answerRate
  const similar = searchHref({ rome: [offer.codeRome], lieu: offer.postcode || offer.commune })

  return (
    <div className="pf-page pf-page--offer">
      <p className="pf-back">
        <Link href="/metiers/offres">{t('offre.retour')}</Link>
      </p>
      <header className="pf-offer__head">
        <h1>{offer.title}</h1>
        <p className="pf-offer__employer">
          <span dir="auto">{t('offre.employeurDe', { name: isolate(offer.employer.name) })}</span>
          {' · '}
          <span dir="auto">{offer.commune}</span>
        </p>
        {offer.publishedAt ? (
          <p className="small muted">
            {t('offre.publiee', { date: formatDate(offer.publishedAt, language) })}
            {offer.open && offer.expiresAt
              ? ` · ${t('offre.expire', { date: formatDate(offer.expiresAt, language) })}`
              : ''}
          </p>
        ) : null}
      </header>

      {!offer.open ? (
        <div className="pf-banner" role="status">
          <p>
            {offer.state === 'pourvue'
              ? t('offre.pourvue')
              : offer.state === 'expiree'
                ? t('offre.expiree')
                : t('offre.fermee')}
          </p>
          <p>
            <Link href={similar}>{t('offre.voirAutres')}</Link>
          </p>
        </div>
      ) : (
        <p className="pf-apply-jump">
          <a href="#candidature" className="pf-button pf-button--primary">
            {t('candidature.titre')}
          </a>
        </p>
      )}

      <div className="pf-offer__layout">
        <div className="pf-offer__main">
          <section aria-labelledby="essentiel" className="pf-section">
            <h2 id="essentiel">{t('offre.essentiel')}</h2>
            <dl className="pf-facts">
              <dt>{t('offre.contrat')}</dt>
              <dd>
                {t(`libelles.contrat.${offer.contract}`)}
                {offer.contractMonths ? ` · ${t('offre.duree', { count: offer.contractMonths })}` : ''}
              </dd>
              <dt>{t('offre.temps')}</dt>
              <dd>
                {t(`libelles.temps.${offer.workTime}`)}
                {offer.weeklyHours
                  ? ` · ${t('offre.heures', { hours: formatNumber(offer.weeklyHours, language) })}`
                  : ''}
              </dd>
              <dt>{t('offre.rythmes')}</dt>
              <dd>
                {offer.patterns.length
                  ? formatList(
                      offer.patterns.map((p) => t(`libelles.rythme.${p}`)),
                      language,
                    )
                  : t('offre.aucunRythme')}
                {offer.scheduleNote ? (
                  <span className="pf-facts__note" dir="auto">
                    {offer.scheduleNote}
                  </span>
                ) : null}
              </dd>
              <dt>{t('offre.salaire')}</dt>
              <dd>{salary ?? t('offre.salaireNonDit')}</dd>
              <dt>{t('offre.debut')}</dt>
              <dd>{offer.startDate ? formatDate(offer.startDate, language) : t('offre.debutDes')}</dd>
              {offer.publicGrade ? (
                <>
                  <dt>{t('offre.grade')}</dt>
                  <dd dir="auto">{offer.publicGrade}</dd>
                </>
              ) : null}
              {offer.dveReference || offer.dveUrl ? (
                <>
                  <dt>{t('offre.dve')}</dt>
                  <dd>
                    {offer.dveUrl ? (
                      <a href={offer.dveUrl} rel="noopener noreferrer" target="_blank">
                        {t('offre.dveLien', { reference: offer.dveReference ?? '' })}
                      </a>
                    ) : (
                      offer.dveReference
                    )}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="avantages" className="pf-section">
            <h2 id="avantages">{t('offre.avantages')}</h2>
            {benefits.length ? (
              <ul className="pf-badges pf-badges--large">
                {benefits.map((b) => (
                  <li key={b} className="pf-badge">
                    {b}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('offre.aucunAvantage')}</p>
            )}
          </section>

          <section aria-labelledby="poste" className="pf-section">
            <h2 id="poste">{t('offre.description')}</h2>
            <RichText html={offer.descriptionHtml} />
          </section>
          {offer.profileHtml.trim() ? (
            <section aria-labelledby="profil" className="pf-section">
              <h2 id="profil">{t('offre.profil')}</h2>
              <RichText html={offer.profileHtml} />
            </section>
          ) : null}

          <section aria-labelledby="lieu" className="pf-section">
            <h2 id="lieu">{t('offre.lieu')}</h2>
            <p dir="auto">{place}</p>
            {marker.length ? <OffersMap markers={marker} label={t('offre.carteNom')} /> : null}
          </section>

          <section aria-labelledby="employeur" className="pf-section">
            <h2 id="employeur">{t('offre.employeur')}</h2>
            <div className="pf-employer">
              {offer.employer.logoDataUrl ? (
                <img className="pf-employer__logo" src={offer.employer.logoDataUrl} alt="" />
              ) : null}
              <p className="pf-employer__name" dir="auto">
                {offer.employer.name}
              </p>
            </div>
            <dl className="pf-facts">
              {offer.employer.employerType ? (
                <>
                  <dt>{t('offre.typeEmployeur')}</dt>
                  <dd>
                    {t(`libelles.employeur.${offer.employer.employerType}`)}
                    {offer.employer.sector ? ` · ${t(`libelles.secteur.${offer.employer.sector}`)}` : ''}
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="pf-rate-line">
              {rate?.rate !== null && rate?.rate !== undefined ? (
                <>
                  <strong>{t('offre.taux', { rate: Math.round(rate.rate) })}</strong>
                  {rate.medianAnswerDays !== null ? (
                    <span> · {t('offre.delai', { count: rate.medianAnswerDays })}</span>
                  ) : null}
                </>
              ) : (
                t('offre.tauxInconnu')
              )}
            </p>
            <RichText html={offer.employer.description} />
            {offer.employer.website ? (
              <p>
                <a href={offer.employer.website} rel="noopener noreferrer" target="_blank">
                  {t('offre.siteWeb')}
                </a>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="metier" className="pf-section">
            <h2 id="metier" className="visually-hidden">
              {t('fiche.metier')}
            </h2>
            {offer.job ? (
              <p>
                <Link href={`/metiers/fiches/${offer.job.slug}`}>
                  {t('offre.fiche', { title: offer.job.title })}
                </Link>
              </p>
            ) : null}
            <p className="small muted">{t('offre.rome', { code: offer.codeRome })}</p>
          </section>
        </div>

        <div className="pf-offer__aside">
          {offer.open ? (
            <ApplyForm slug={offer.slug} employerName={offer.employer.name} />
          ) : (
            <p className="pf-notice">
              <button type="button" className="pf-button" onClick={() => navigate(similar)}>
                {t('offre.voirAutres')}
              </button>
            </p>
          )}
        </div>
      </div>
    </div>
  )
}
