import { useTranslation } from 'react-i18next'
import type { ShownStatus } from '../../../../shared/modules/domiciliation/domiciliation.constants'
import { deadlineStates } from '../../../../shared/modules/domiciliation/decisions.contract'
import { expiryUrgency, formatDay, useDomiciliationLabels } from '../domiciliation.labels'

/** The file's status in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: ShownStatus }) {
  const labels = useDomiciliationLabels()
  return <span className={`badge domi-badge domi-badge--${status}`}>{labels.status(status)}</span>
}

function Icon() {
  return (
    <svg className="badge__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <circle cx="8" cy="8" r="7" />
      <path d="M8 4v5M8 11.5v.5" />
    </svg>
  )
}

/** "Expire dans 12 jours", "Expirée depuis 3 jours": words first, a colour and an icon for urgency. */
export function ExpiryBadge({ daysLeft }: { daysLeft: number | null }) {
  const { t } = useTranslation()
  if (daysLeft === null) return null
  const urgency = expiryUrgency(daysLeft)
  const text =
    daysLeft < 0
      ? t('domiciliation.expiry.expired', { count: -daysLeft })
      : daysLeft === 0
        ? t('domiciliation.expiry.lastDay')
        : t('domiciliation.expiry.left', { count: daysLeft })
  return (
    <span className={`badge domi-urgency domi-urgency--${daysLeft < 0 ? 'danger' : urgency}`}>
      {urgency !== 'ok' || daysLeft < 0 ? <Icon /> : null}
      {text}
    </span>
  )
}

/** The 2-month deadline of a request still waiting for its decision. */
export function DeadlineBadge({
  deadlineOn,
  state,
}: {
  deadlineOn: string
  state: (typeof deadlineStates)[number] | null
}) {
  const { t, i18n } = useTranslation()
  const date = formatDay(deadlineOn, i18n.language)
  if (state === null) return <span>{t('domiciliation.deadline.on', { date })}</span>
  const tone = state === 'depassee' ? 'danger' : state === 'proche' ? 'warning' : 'ok'
  return (
    <span className={`badge domi-urgency domi-urgency--${tone}`}>
      {state !== 'normale' ? <Icon /> : null}
      {t(`domiciliation.deadline.${state}`, { date })}
    </span>
  )
}

/** "Sans contact depuis plus de 3 mois": a candidate for radiation, never radiated automatically. */
export function NoContactBadge() {
  const { t } = useTranslation()
  return (
    <span className="badge domi-urgency domi-urgency--danger">
      <Icon />
      {t('domiciliation.followUp.sans_contact_3_mois')}
    </span>
  )
}
