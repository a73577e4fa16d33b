import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { FeaturedPortraitView } from '../../../../../shared/modules/metiers/campaigns.contract'

/** Agents of the territory who tell their job, each linked to its fiche (where the whole story is). */
export function CampaignPortraits({ portraits }: { portraits: FeaturedPortraitView[] }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="territoire-portraits" className="pf-section">
      <h2 id="territoire-portraits">{t('territoire.portraits')}</h2>
      <ul className="pf-campaign__portraits">
        {portraits.map((portrait) => (
          <li key={portrait.id}>
            <article className="pf-campaign__portrait" aria-labelledby={`portrait-${portrait.id}`}>
              {portrait.photoUrl ? (
                <img
                  className="pf-campaign__photo"
                  src={portrait.photoUrl}
                  alt={portrait.photoAlt}
                  loading="lazy"
                />
              ) : null}
              <div>
                <h3 id={`portrait-${portrait.id}`} className="pf-campaign__portrait-name" dir="auto">
                  {portrait.name}
                </h3>
                <p className="muted" dir="auto">
                  {[portrait.roleLabel, portrait.workplace].filter(Boolean).join(' · ')}
                </p>
                {portrait.quote ? (
                  <blockquote className="pf-campaign__quote" dir="auto">
                    <p>{portrait.quote}</p>
                  </blockquote>
                ) : null}
                <p>
                  <Link href={`/metiers/fiches/${portrait.ficheSlug}#portraits`}>
                    {t('territoire.portraitSuite', { metier: portrait.ficheTitle })}
                  </Link>
                </p>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
