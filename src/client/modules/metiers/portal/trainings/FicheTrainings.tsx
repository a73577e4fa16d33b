import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'
import type { CatalogueAnswerView } from '../../../../../shared/modules/metiers/trainings.contract'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { catalogueHref, formatDay } from './trainings-format'
import { useTrainingsData } from './useTrainingsData'

/** The fiche page's « Se former près de chez vous »: the next sessions of trainings leading to this job (nothing when none). */
export function FicheTrainings({ fiche }: { fiche: PublicFicheView }) {
  const { t, i18n } = useTranslation()
  const answer = useTrainingsData<CatalogueAnswerView>(`fiche:${fiche.slug}`, () =>
    portalGet(portalRoutes.metiersTrainings.catalogue, { query: { metier: fiche.slug, limite: 4 } }),
  )
  const results = answer.data?.results ?? []
  if (results.length === 0) return null
  return (
    <section aria-labelledby="se-former" className="pf-section" id="formations-proches">
      <h2 id="se-former">{t('trainings.fiche.titre')}</h2>
      <p>{t('trainings.fiche.intro')}</p>
      <ul className="pf-list">
        {results.map((r) => {
          const next = r.nextSessions[0]
          return (
            <li key={r.id} className="pf-card">
              <h3 className="pf-card__title">
                <Link href={`/metiers/formations/${r.slug}`}>{r.title}</Link>
              </h3>
              <p dir="auto">
                {r.centre.name}
                {next
                  ? ` · ${t('trainings.fiche.session', { date: formatDay(next.startsOn, i18n.language), lieu: next.commune })}`
                  : ` · ${t('trainings.catalogue.sansSession')}`}
              </p>
            </li>
          )
        })}
      </ul>
      <p>
        <Link href={catalogueHref({ metier: fiche.slug })}>
          {t('trainings.fiche.toutes', { metier: fiche.title })}
        </Link>
      </p>
    </section>
  )
}
