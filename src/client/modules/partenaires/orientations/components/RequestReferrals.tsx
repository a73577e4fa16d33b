import { useTranslation } from 'react-i18next'
import { isolate } from '../../../../app/bidi'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { useSession } from '../../../../app/session'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { referralSheetUrl, referralsApi, type SentReferral } from '../orientations.queries'
import { ReferralStatusBadge } from './ReferralStatusBadge'
import { SheetLinks } from './SheetLinks'
import '../orientations.css'

/** One orientation of the request: partner, state, the partner's answer and its dates. */
function ReferralEntry({ referral }: { referral: SentReferral }) {
  const { t, i18n } = useTranslation()
  const at = (iso: string) => formatDateTime(iso, i18n.language)
  return (
    <li className="entry referral">
      <p className="entry__title">
        <bdi>{referral.service.name}</bdi> — <bdi>{referral.structure.name}</bdi>{' '}
        <ReferralStatusBadge status={referral.status} />
      </p>
      <dl className="facts facts--compact">
        <dt>{t('orientations.fields.sentAt')}</dt>
        <dd>
          {at(referral.createdAt)}
          {referral.createdBy
            ? ` ${t('orientations.fields.byName', { name: isolate(referral.createdBy.displayName) })}`
            : null}
        </dd>
        {referral.acceptedAt ? (
          <>
            <dt>{t('orientations.fields.acceptedAt')}</dt>
            <dd>{at(referral.acceptedAt)}</dd>
          </>
        ) : null}
        {referral.closedAt ? (
          <>
            <dt>{t('orientations.fields.closedAt')}</dt>
            <dd>{at(referral.closedAt)}</dd>
          </>
        ) : null}
        {referral.statusReason ? (
          <>
            <dt>{t('orientations.request.answer')}</dt>
            <dd className="free-text" dir="auto">
              {referral.statusReason}
            </dd>
          </>
        ) : null}
      </dl>
      {referral.stale ? <p className="small">{t('orientations.request.stale')}</p> : null}
      <details className="referral__sheets">
        <summary>{t('orientations.sheet.reprint')}</summary>
        <SheetLinks
          sheetUrl={(language) => referralSheetUrl(referral.id, language)}
          partner={referral.structure.name}
        />
      </details>
    </li>
  )
}

/**
 * The request's orientations to partners of the directory, with the action to orient the person.
 * Shown on the request page; reads its own route so the request's contract stays as it is.
 */
export function RequestReferrals({ requestId, canOrient }: { requestId: string; canOrient: boolean }) {
  const { t } = useTranslation()
  const { session } = useSession()
  const allowed = canAccess(referralsApi.ofRequest.access, session)
  const loaded = useLoad(() => call(referralsApi.ofRequest, { params: { id: requestId } }), allowed)
  if (!allowed) return null
  return (
    <section className="card" aria-labelledby="orientations-partenaires">
      <h2 id="orientations-partenaires">{t('orientations.request.title')}</h2>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {loaded.data === null && !loaded.error ? <p className="loading">{t('common.loading')}</p> : null}
      {loaded.data?.length === 0 ? <p className="muted">{t('orientations.request.none')}</p> : null}
      {loaded.data && loaded.data.length > 0 ? (
        <ul className="entries">
          {loaded.data.map((r) => (
            <ReferralEntry key={r.id} referral={r} />
          ))}
        </ul>
      ) : null}
      {canOrient && canAccess(referralsApi.create.access, session) ? (
        <p>
          <Link href={`/demandes/${requestId}/orienter`} className="button button--primary">
            {t('orientations.orient.action')}
          </Link>
        </p>
      ) : null}
    </section>
  )
}
