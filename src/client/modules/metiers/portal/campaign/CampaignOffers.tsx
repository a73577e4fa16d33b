import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicCampaignView } from '../../../../../shared/modules/metiers/campaigns.contract'
import type { OfferSearchAnswerView } from '../../../../../shared/modules/metiers/search.contract'
import { OfferCard } from '../components/OfferCard'
import { ApiError, portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'

/** How many of the nearest offers the page shows before « see them all ». */
const shown = 6

/** The employers' offers around the territory: the public search with the page's area. */
export function CampaignOffers({ page }: { page: PublicCampaignView }) {
  const { t } = useTranslation()
  const [answer, setAnswer] = useState<OfferSearchAnswerView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const search = page.localOffers
  const lieu = search?.query.lieu
  const rayon = search?.query.rayon

  useEffect(() => {
    if (!lieu) return
    let current = true
    portalGet(portalRoutes.metiersSearch.search, {
      query: { lieu, ...(rayon ? { rayon: Number(rayon) } : {}), taille: shown, tri: 'pertinence' },
    })
      .then((found) => {
        if (current) setAnswer(found)
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof ApiError ? e.message : t('portail.erreur.texte'))
      })
    return () => {
      current = false
    }
  }, [lieu, rayon, t])

  return (
    <section aria-labelledby="territoire-offres" className="pf-section">
      <h2 id="territoire-offres">{t('territoire.offres')}</h2>
      {search ? (
        <p className="muted">
          {t('territoire.offresZone', { commune: page.area.commune, rayon: page.area.radiusKm })}
        </p>
      ) : null}
      <div aria-live="polite">
        {error ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {error}
          </p>
        ) : answer === null ? (
          search ? (
            <p role="status">{t('portail.chargement')}</p>
          ) : null
        ) : answer.results.length === 0 ? (
          <p className="pf-notice">{t('territoire.aucuneOffre')}</p>
        ) : (
          <ul className="pf-list">
            {answer.results.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>
        <Link href={search?.href ?? '/metiers/offres'} className="pf-button">
          {answer && answer.total > shown
            ? t('territoire.toutesLesOffres', { total: answer.total })
            : t('territoire.chercherOffres')}
        </Link>
      </p>
    </section>
  )
}
