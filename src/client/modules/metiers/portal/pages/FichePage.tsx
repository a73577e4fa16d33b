import { useTranslation } from 'react-i18next'
import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'
import { LocalOffers } from '../components/LocalOffers'
import { PageState } from '../components/PageState'
import { PayChart } from '../components/PayChart'
import { Portrait } from '../components/Portrait'
import { RichText } from '../components/RichText'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'
import { FicheAmbassadors } from '../ambassadors/FicheAmbassadors'
import { FicheApprenticeships } from '../apprenticeships/FicheApprenticeships'
import { FicheEvents } from '../events/FicheEvents'
import { FicheImmersions } from '../immersions/FicheImmersions'
import { FicheTrainings } from '../trainings/FicheTrainings'

/** `/metiers/fiches/:slug`: what the job is, a day, diplomas, pay, portraits and live offers. */
export function FichePage({ slug }: { slug: string }) {
  const page = usePageData<PublicFicheView>('fiche', `/metiers/fiches/${slug}`, () =>
    portalGet(portalRoutes.metiersFiches.getPublic, { params: { slug } }),
  )
  usePageTitle(page.data?.title)
  if (!page.data || page.notFound)
    return (
      <PageState loading={page.loading} notFound={page.notFound} error={page.error} onRetry={page.reload} />
    )
  return <Fiche fiche={page.data} />
}

/**
 * The live sections of a fiche, after its content. Local offers now; the trainings and events
 * near the visitor (next issue) come here as sections of their own, with their own route.
 */
function LiveSections({ fiche }: { fiche: PublicFicheView }) {
  const { t } = useTranslation()
  return (
    <>
      <section aria-labelledby="offres-locales" className="pf-section" id="offres">
        <h2 id="offres-locales">{t('fiche.offres')}</h2>
        <LocalOffers
          rome={fiche.liveOffersQuery.rome}
          fiche={fiche.liveOffersQuery.fiche}
          headingId="offres-locales"
        />
      </section>
      <FicheTrainings fiche={fiche} />
      <FicheApprenticeships fiche={fiche} />
      <FicheImmersions fiche={fiche} />
      <FicheEvents fiche={fiche} />
      <FicheAmbassadors fiche={fiche} />
    </>
  )
}

function Fiche({ fiche }: { fiche: PublicFicheView }) {
  const { t } = useTranslation()
  const sections = [
    { id: 'metier', title: t('fiche.metier'), shown: !!fiche.whatHtml.trim() },
    { id: 'journee', title: t('fiche.journee'), shown: !!fiche.dayHtml.trim() },
    {
      id: 'formations',
      title: t('fiche.formations'),
      shown: fiche.diplomas.length > 0 || !!fiche.routesHtml.trim(),
    },
    { id: 'salaire', title: t('fiche.salaire'), shown: fiche.pay.length > 0 },
    { id: 'portraits', title: t('fiche.portraits'), shown: fiche.portraits.length > 0 },
    { id: 'offres', title: t('fiche.offres'), shown: true },
  ].filter((s) => s.shown)
  return (
    <div className="pf-page pf-page--fiche">
      <header className="pf-fiche__head">
        <h1>{fiche.title}</h1>
        {fiche.summary ? <p className="pf-lead">{fiche.summary}</p> : null}
        <p className="small muted">
          {t('fiche.rome', { code: fiche.codeRome, version: fiche.romeVersion })}
          {fiche.romeLabel ? ` · ${fiche.romeLabel}` : ''}
        </p>
      </header>
      <nav className="pf-toc" aria-labelledby="sommaire">
        <h2 id="sommaire" className="pf-toc__title">
          {t('fiche.sommaire')}
        </h2>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {fiche.whatHtml.trim() ? (
        <section id="metier" aria-labelledby="titre-metier" className="pf-section">
          <h2 id="titre-metier">{t('fiche.metier')}</h2>
          <RichText html={fiche.whatHtml} />
        </section>
      ) : null}
      {fiche.dayHtml.trim() ? (
        <section id="journee" aria-labelledby="titre-journee" className="pf-section">
          <h2 id="titre-journee">{t('fiche.journee')}</h2>
          <RichText html={fiche.dayHtml} />
        </section>
      ) : null}
      {fiche.diplomas.length > 0 || fiche.routesHtml.trim() ? (
        <section id="formations" aria-labelledby="titre-formations" className="pf-section">
          <h2 id="titre-formations">{t('fiche.formations')}</h2>
          {fiche.diplomas.length ? (
            <ul className="pf-diplomas">
              {fiche.diplomas.map((diploma) => (
                <li key={diploma.name} className="pf-diploma">
                  <h3 className="pf-diploma__name" dir="auto">
                    {diploma.name}
                  </h3>
                  {diploma.rncpLevel !== null ? (
                    <p className="small muted">{t('fiche.niveau', { level: diploma.rncpLevel })}</p>
                  ) : null}
                  {diploma.routes.length ? (
                    <p>
                      <span className="visually-hidden">{t('fiche.voies')} : </span>
                      <span className="pf-badges pf-badges--inline">
                        {diploma.routes.map((route) => (
                          <span key={route} className="pf-badge">
                            {t(`fiche.routes.${route}`)}
                          </span>
                        ))}
                      </span>
                    </p>
                  ) : null}
                  {diploma.note ? (
                    <p className="small" dir="auto">
                      {diploma.note}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <RichText html={fiche.routesHtml} />
        </section>
      ) : null}
      {fiche.pay.length ? (
        <section id="salaire" aria-labelledby="titre-salaire" className="pf-section">
          <h2 id="titre-salaire">{t('fiche.salaire')}</h2>
          <p className="small">{t('fiche.salaireIntro')}</p>
          <PayChart scales={fiche.pay} />
        </section>
      ) : null}
      {fiche.portraits.length ? (
        <section id="portraits" aria-labelledby="titre-portraits" className="pf-section">
          <h2 id="titre-portraits">{t('fiche.portraits')}</h2>
          <div className="pf-portraits">
            {fiche.portraits.map((portrait) => (
              <Portrait key={portrait.id} portrait={portrait} />
            ))}
          </div>
        </section>
      ) : null}
      <LiveSections fiche={fiche} />
    </div>
  )
}
