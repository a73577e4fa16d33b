import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { TrainingSummaryView } from '../../../../../shared/modules/metiers/trainings.contract'
import { formatKm } from '../portal-format'
import { formatDay } from './trainings-format'

/** A training in the catalogue's list: what it leads to, where and when it starts next, how it is paid for. */
export function TrainingCard({
  training,
  number,
}: {
  training: TrainingSummaryView
  number?: number | undefined
}) {
  const { t, i18n } = useTranslation()
  const next = training.nextSessions[0]
  return (
    <article className="pf-card">
      <h3 className="pf-card__title">
        {number !== undefined ? (
          <span className="pf-card__number" aria-hidden="true">
            {number}
          </span>
        ) : null}
        <Link href={`/metiers/formations/${training.slug}`}>{training.title}</Link>
      </h3>
      <p className="pf-card__where">
        {training.centre.name} · {training.place.commune}
        {training.distanceKm !== null ? ` · ${formatKm(training.distanceKm, i18n.language)}` : null}
      </p>
      <p>
        {next
          ? t('trainings.catalogue.prochaineSession', {
              date: formatDay(next.startsOn, i18n.language),
              lieu: next.commune,
            })
          : t('trainings.catalogue.sansSession')}
        {next?.seats ? ` · ${t('trainings.catalogue.places', { count: next.seats })}` : null}
      </p>
      <ul className="pf-badges pf-badges--inline" aria-label={t('trainings.formation.voies')}>
        {training.rncpLevel !== null ? (
          <li className="pf-badge">{t('trainings.formation.niveau', { niveau: training.rncpLevel })}</li>
        ) : null}
        {training.routes.map((r) => (
          <li key={r} className="pf-badge">
            {t(`fiche.routes.${r}`)}
          </li>
        ))}
        {training.fundingTags.includes('gratuit_apprentissage') &&
        training.routes.includes('apprentissage') ? (
          <li className="pf-badge">{t('trainings.financements.gratuit_apprentissage')}</li>
        ) : null}
      </ul>
    </article>
  )
}
