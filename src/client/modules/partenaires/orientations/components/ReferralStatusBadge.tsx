import type { ReferralStatus } from '../../../../../shared/modules/partenaires/referrals.contract'
import { useOrientationLabels } from '../orientations.labels'

/** The state of an orientation, in words (the colour only repeats them). */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const labels = useOrientationLabels()
  return <span className={`referral-badge referral-badge--${status}`}>{labels.status(status)}</span>
}
