import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { PortalHomeData } from '../../../../../shared/modules/metiers/pages.contract'
import { TextInput } from '../components/fields'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { searchHref, searchOfForm, searchPagePath } from '../search-form'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'

async function loadHome(): Promise<PortalHomeData> {
  const [territories, fiches] = await Promise.all([
    portalGet(portalRoutes.metiersCampaigns.territories, {}),
    portalGet(portalRoutes.metiersFiches.listPublic, {}),
  ])
  return { territories, fiches }
}

/** `/metiers`: a quick search, the jobs, and the territories' pages. */
export function HomePage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const page = usePageData<PortalHomeData>('accueil', '/metiers', loadHome)
  usePageTitle(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    navigate(searchHref(searchOfForm(new FormData(event.currentTarget))))
  }

  return (
    <div className="pf-page">
      <section className="pf-hero" aria-labelledby="titre-page">
        <h1 id="titre-page">{t('accueil.titre')}</h1>
        <p className="pf-lead">{t('accueil.intro')}</p>
        <form
          className="pf-quick"
          method="get"
          action={searchPagePath}
          role="search"
          aria-label={t('accueil.recherche')}
          onSubmit={submit}
        >
          <TextInput label={t('accueil.quoi')} name="q" type="search" maxLength={200} />
          <TextInput label={t('accueil.ou')} name="lieu" autoComplete="address-level2" maxLength={100} />
          <button type="submit" className="pf-button pf-button--primary">
            {t('accueil.chercher')}
          </button>
        </form>
      </section>

      {page.data ? (
        <>
          <section aria-labelledby="les-metiers" className="pf-section">
            <h2 id="les-metiers">{t('accueil.metiers')}</h2>
            <p className="muted">{t('accueil.metiersIntro')}</p>
            {page.data.fiches.length === 0 ? (
              <p>{t('accueil.aucunMetier')}</p>
            ) : (
              <ul className="pf-tiles">
                {page.data.fiches.map((fiche) => (
                  <li key={fiche.slug} className="pf-tile">
                    <h3 className="pf-tile__title">
                      <Link href={`/metiers/fiches/${fiche.slug}`}>{fiche.title}</Link>
                    </h3>
                    {fiche.summary ? <p className="pf-tile__text">{fiche.summary}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="les-territoires" className="pf-section">
            <h2 id="les-territoires">{t('accueil.territoires')}</h2>
            {page.data.territories.length === 0 ? (
              <p>{t('accueil.aucunTerritoire')}</p>
            ) : (
              <ul className="pf-tiles">
                {page.data.territories.map((territory) => (
                  <li key={territory.slug} className="pf-tile pf-tile--territory">
                    {territory.logoDataUrl ? (
                      <img className="pf-tile__logo" src={territory.logoDataUrl} alt="" />
                    ) : null}
                    <h3 className="pf-tile__title">
                      <Link href={`/metiers/territoires/${territory.slug}`}>{territory.title}</Link>
                    </h3>
                    <p className="pf-tile__text" dir="auto">
                      {territory.organisationName}
                    </p>
                    {territory.message ? <p className="pf-tile__text">{territory.message}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : (
        <PageState
          loading={page.loading}
          notFound={page.notFound}
          error={page.error}
          onRetry={page.reload}
          withHeading={false}
        />
      )}
    </div>
  )
}
