import './ambassadors.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'
import { ambassadorPages } from '../../../../../shared/modules/metiers/ambassadors.constants'
import { portalGet } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'
import { AmbassadorCard } from './AmbassadorCard'
import { useLoaded } from './useLoaded'

/** The fiche page's section of the ambassadors part: a few professionals to meet, and the discovery path. */
export function FicheAmbassadors({ fiche }: { fiche: PublicFicheView }) {
  const { t } = useTranslation()
  const list = useLoaded(fiche.slug, () => portalGet(api.directory, { query: { fiche: fiche.slug } }))
  const items = list.data?.items ?? []
  return (
    <section className="pf-section pa-fiche" aria-labelledby="pa-fiche-titre">
      <h2 id="pa-fiche-titre">{t('ambassadors.fiche.titre')}</h2>
      {items.length ? (
        <>
          <p>{t('ambassadors.fiche.intro')}</p>
          <ul className="pa-cards">
            {items.slice(0, 3).map((a) => (
              <AmbassadorCard key={a.id} ambassador={a} headingLevel={3} />
            ))}
          </ul>
        </>
      ) : null}
      <ul className="pa-links">
        {items.length ? (
          <li>
            <Link href={`${ambassadorPages.directory()}?fiche=${fiche.slug}`}>
              {t('ambassadors.fiche.tous')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={`${ambassadorPages.path()}?fiche=${fiche.slug}`}>
            {t('ambassadors.fiche.parcours')}
          </Link>
        </li>
      </ul>
    </section>
  )
}
