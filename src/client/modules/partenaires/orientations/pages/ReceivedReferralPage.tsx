import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import type { ReceivedReferralView } from '../../../../../shared/modules/partenaires/referrals.contract'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { ReceivedReferralCard } from '../components/ReceivedReferralCard'
import { referralsApi } from '../orientations.queries'
import '../orientations.css'

/** One orientation received, in the partner's space. */
export function ReceivedReferralPage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(referralsApi.receivedOne, { params: { id } }))
  const [changed, setChanged] = useState<ReceivedReferralView | null>(null)
  const referral = changed ?? loaded.data
  const back = (
    <p>
      <Link href="/partenaire/orientations">{t('orientations.detail.back')}</Link>
    </p>
  )
  if (loaded.error && !referral) {
    return (
      <Page title={t('orientations.inbox.title')}>
        <Alert tone="error">{loaded.error}</Alert>
        {back}
      </Page>
    )
  }
  if (!referral) return <p className="loading">{t('common.loading')}</p>
  return (
    <Page title={t('orientations.detail.title', { service: isolate(referral.service.name) })}>
      {back}
      <ReceivedReferralCard
        referral={referral}
        answer={(action, reason) =>
          call(referralsApi.answer, { params: { id: referral.id }, body: { action, reason } })
        }
        onAnswered={setChanged}
      />
    </Page>
  )
}
