import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import type { ReceivedReferralView } from '../../../../../shared/modules/partenaires/referrals.contract'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Page } from '../../../../ui/Page'
import { ReceivedReferralCard } from '../components/ReceivedReferralCard'
import { referralsApi } from '../orientations.queries'
import '../orientations.css'

/**
 * The page a partner without an account opens from the e-mail: the same orientation and the same
 * answers, authorised by the link alone.
 */
export function SecureLinkPage() {
  const { t } = useTranslation()
  const params = useParams<{ organisationId: string; token: string }>()
  const loaded = useLoad(() => call(referralsApi.linkRead, { params }))
  const [changed, setChanged] = useState<ReceivedReferralView | null>(null)
  const referral = changed ?? loaded.data
  if (loaded.error && !referral) {
    return (
      <Page title={t('orientations.link.title')}>
        <Alert tone="error">{loaded.error}</Alert>
        <p>{t('orientations.link.invalid')}</p>
      </Page>
    )
  }
  if (!referral) return <p className="loading">{t('common.loading')}</p>
  return (
    <Page
      title={t('orientations.detail.title', { service: isolate(referral.service.name) })}
      intro={t('orientations.link.intro')}
    >
      <ReceivedReferralCard
        referral={referral}
        answer={(action, reason) => call(referralsApi.linkAnswer, { params, body: { action, reason } })}
        onAnswered={setChanged}
      />
    </Page>
  )
}
