import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicAmbassadorView } from '../../../../../shared/modules/metiers/ambassadors.contract'
import { ambassadorPages } from '../../../../../shared/modules/metiers/ambassadors.constants'

/** An ambassador in a list: who, which job, where, how to meet them. */
export function AmbassadorCard({
  ambassador: a,
  headingLevel = 2,
}: {
  ambassador: PublicAmbassadorView
  headingLevel?: 2 | 3
}) {
  const { t } = useTranslation()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <li className="pf-card pa-card">
      <Heading className="pf-card__title">
        <Link
          href={ambassadorPages.ambassador(a.id)}
          aria-label={t('ambassadors.carte.voir', { name: a.displayName })}
        >
          <bdi>{a.displayName}</bdi>
        </Link>
      </Heading>
      <p className="pa-card__job">
        <bdi>{a.job.title}</bdi> · {t(`libelles.employeur.${a.employerType}`)} ·{' '}
        {t('ambassadors.carte.ans', { count: a.yearsInJob })}
      </p>
      <p className="pf-card__meta">
        <bdi>{a.commune}</bdi>
        {a.distanceKm !== null ? ` · ${t('ambassadors.carte.aKm', { count: a.distanceKm })}` : null}
      </p>
      <p className="pa-card__story" dir="auto">
        {a.story.length > 180 ? `${a.story.slice(0, 177).trimEnd()}…` : a.story}
      </p>
      <p className="visually-hidden">{t('ambassadors.carte.formats')}</p>
      <ul className="pf-badges pf-badges--inline">
        {a.formats.map((f) => (
          <li key={f} className="pf-badge">
            {t(`ambassadors.formats.${f}`)}
          </li>
        ))}
      </ul>
    </li>
  )
}
