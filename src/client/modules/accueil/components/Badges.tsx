import { useTranslation } from 'react-i18next'
import type { RequestState } from '../../../../shared/modules/accueil/accueil.constants'
import { formatCivilDate, todayInParis, useAccueilLabels } from '../accueil.labels'

/** The state of a request, in words (the colour only repeats them). */
export function StateBadge({ state }: { state: RequestState }) {
  const labels = useAccueilLabels()
  return <span className={`badge badge--${state}`}>{labels.state(state)}</span>
}

/** "En retard" with an icon and a strong colour: never colour alone. */
export function LateBadge() {
  const { t } = useTranslation()
  return (
    <span className="badge badge--late">
      <svg className="badge__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="8" cy="8" r="7" />
        <path d="M8 4v5M8 11.5v.5" />
      </svg>
      {t('accueil.late')}
    </span>
  )
}

/** The due day, and whether it is over or is today. */
export function DueDate({ dueOn, overdue, open }: { dueOn: string; overdue: boolean; open: boolean }) {
  const { t, i18n } = useTranslation()
  const today = open && !overdue && dueOn === todayInParis()
  return (
    <span className="due">
      <span className="nowrap-sm">{formatCivilDate(dueOn, i18n.language, false)}</span>
      {overdue ? <LateBadge /> : null}
      {today ? <span className="badge badge--today">{t('accueil.today')}</span> : null}
    </span>
  )
}
