import './campaign.css'
import { useEffect, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type {
  PublicCampaignView,
  TerritoryLookView,
} from '../../../../../shared/modules/metiers/campaigns.contract'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePortalLook } from '../PortalShell'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'
import { CampaignEvents } from './CampaignEvents'
import { CampaignOffers } from './CampaignOffers'
import { CampaignPortraits } from './CampaignPortraits'

const lookOf = (page: PublicCampaignView): TerritoryLookView => ({
  organisationName: page.organisationName,
  logoDataUrl: page.logoDataUrl,
  primaryColor: page.primaryColor,
  accentColor: page.accentColor,
})

const sameLook = (a: TerritoryLookView | null, b: TerritoryLookView) =>
  !!a &&
  a.organisationName === b.organisationName &&
  a.logoDataUrl === b.logoDataUrl &&
  a.primaryColor === b.primaryColor &&
  a.accentColor === b.accentColor

/** `/metiers/territoires/:slug`: a territory's campaign page, in its own logo and colours. */
export function CampaignPage({ slug }: { slug: string }) {
  const page = usePageData<PublicCampaignView>('territoire', `/metiers/territoires/${slug}`, () =>
    portalGet(portalRoutes.metiersCampaigns.territory, { params: { slug } }),
  )
  usePageTitle(page.data?.title)
  const { look, setLook } = usePortalLook()
  const data = page.data
  // The visitor keeps the territory's look while browsing its offers and fiches.
  useEffect(() => {
    if (data && !sameLook(look, lookOf(data))) setLook(lookOf(data))
  }, [data, look, setLook])

  if (!data || page.notFound)
    return (
      <PageState loading={page.loading} notFound={page.notFound} error={page.error} onRetry={page.reload} />
    )
  return <Campaign page={data} />
}

function Campaign({ page }: { page: PublicCampaignView }) {
  const { t } = useTranslation()
  // Colours come from the server already readable with white text (4.5:1).
  const colours = {
    '--color-primary': page.primaryColor,
    '--color-accent': page.accentColor,
  } as CSSProperties
  return (
    <div className="pf-page pf-campaign" style={colours}>
      <header className="pf-campaign__hero">
        {page.logoDataUrl ? (
          <img
            className="pf-campaign__logo"
            src={page.logoDataUrl}
            alt={t('territoire.logo', { name: page.organisationName })}
          />
        ) : (
          <p className="pf-campaign__organisation" dir="auto">
            {page.organisationName}
          </p>
        )}
        <h1 dir="auto">{page.title}</h1>
        {page.message ? (
          <p className="pf-campaign__message" dir="auto">
            {page.message}
          </p>
        ) : null}
        {page.localOffers ? (
          <p>
            <Link href={page.localOffers.href} className="pf-campaign__cta">
              {t('territoire.voirOffres')}
            </Link>
          </p>
        ) : null}
      </header>

      {page.introHtml.trim() ? (
        <div
          className="pf-rich pf-campaign__intro"
          dir="auto"
          // Sanitised by the server when saved. Its headings (h2, h3) sit right under the page's h1: kept as they are.
          dangerouslySetInnerHTML={{ __html: page.introHtml }}
        />
      ) : null}

      {page.featuredFiches.length > 0 ? (
        <section aria-labelledby="territoire-metiers" className="pf-section">
          <h2 id="territoire-metiers">{t('territoire.metiers')}</h2>
          <ul className="pf-campaign__jobs">
            {page.featuredFiches.map((fiche) => (
              <li key={fiche.slug} className="pf-campaign__job">
                <h3 className="pf-campaign__job-title">
                  <Link href={`/metiers/fiches/${fiche.slug}`}>{fiche.title}</Link>
                </h3>
                {fiche.summary ? <p dir="auto">{fiche.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.featuredPortraits.length > 0 ? <CampaignPortraits portraits={page.featuredPortraits} /> : null}

      {page.events.length > 0 ? <CampaignEvents events={page.events} /> : null}

      <CampaignOffers page={page} />
    </div>
  )
}
