import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  ReceivedReferralView,
  ReferralAction,
} from '../../../../../shared/modules/partenaires/referrals.contract'
import { isolate } from '../../../../app/bidi'
import { formatDateTime } from '../../../../app/format'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { TextArea } from '../../../../ui/TextArea'
import { shareableFields, useOrientationLabels } from '../orientations.labels'
import { ReferralStatusBadge } from './ReferralStatusBadge'

/** "+33612345678" as people write it in France: "06 12 34 56 78"; other numbers as they are. */
export function readablePhone(phone: string): string {
  const french = /^\+33([1-9]\d{8})$/.exec(phone)
  const digits = french ? `0${french[1]}` : /^0[1-9]\d{8}$/.test(phone) ? phone : null
  return digits ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : phone
}

/** A shared value; the phone and the e-mail as links the partner can follow. */
function SharedValue({ field, value }: { field: string; value: string }) {
  if (field === 'phone')
    return (
      <a className="link" href={`tel:${value}`} dir="ltr">
        {readablePhone(value)}
      </a>
    )
  if (field === 'email')
    return (
      <a className="link" href={`mailto:${value}`} dir="ltr">
        {value}
      </a>
    )
  return <bdi>{value}</bdi>
}

/** What the person agreed to share, or a plain sentence when nothing was. */
function SharedData({ referral }: { referral: ReceivedReferralView }) {
  const { t } = useTranslation()
  const shown = shareableFields.filter((f) => referral.shared[f])
  if (shown.length === 0) return <p>{t('orientations.nothingShared')}</p>
  return (
    <dl className="facts">
      {shown.map((f) => (
        <Fragment key={f}>
          <dt>{t(`orientations.fields.${f}`)}</dt>
          <dd className={f === 'message' ? 'free-text' : undefined}>
            <SharedValue field={f} value={referral.shared[f] ?? ''} />
          </dd>
        </Fragment>
      ))}
    </dl>
  )
}

/** Accept, refuse with a reason, then say whether the person came: only the moves allowed now. */
function Actions({
  referral,
  answer,
  onAnswered,
}: {
  referral: ReceivedReferralView
  answer: (action: ReferralAction, reason?: string) => Promise<ReceivedReferralView>
  onAnswered: (r: ReceivedReferralView) => void
}) {
  const { t } = useTranslation()
  const labels = useOrientationLabels()
  const form = useApiForm()
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const [saved, setSaved] = useState<ReceivedReferralView['status'] | null>(null)
  const allowed = new Set(referral.allowedActions)
  const act = async (action: ReferralAction) => {
    setSaved(null)
    const next = await form.run(() => answer(action, action === 'refuser' ? reason.trim() : undefined))
    if (next) {
      setRefusing(false)
      setSaved(next.status)
      onAnswered(next)
    }
  }
  if (allowed.size === 0) {
    return (
      <>
        {saved ? (
          <Alert tone="success">{t('orientations.detail.saved', { status: labels.status(saved) })}</Alert>
        ) : null}
        <p>{t('orientations.detail.closed')}</p>
      </>
    )
  }
  return (
    <Form state={form} onSubmit={() => act('refuser')} label={t('orientations.detail.actions')}>
      {saved ? (
        <Alert tone="success">{t('orientations.detail.saved', { status: labels.status(saved) })}</Alert>
      ) : null}
      <div className="actions">
        {allowed.has('accepter') ? (
          <Button variant="primary" onPress={() => void act('accepter')} isPending={form.pending}>
            {t('orientations.detail.accept')}
          </Button>
        ) : null}
        {allowed.has('personne_recue') ? (
          <Button variant="primary" onPress={() => void act('personne_recue')} isPending={form.pending}>
            {t('orientations.detail.received')}
          </Button>
        ) : null}
        {allowed.has('personne_absente') ? (
          <Button onPress={() => void act('personne_absente')} isPending={form.pending}>
            {t('orientations.detail.absent')}
          </Button>
        ) : null}
        {allowed.has('refuser') && !refusing ? (
          <Button variant="danger" onPress={() => setRefusing(true)}>
            {t('orientations.detail.refuse')}
          </Button>
        ) : null}
      </div>
      {refusing ? (
        <>
          <TextArea
            label={t('orientations.detail.refuseReason')}
            description={t('orientations.detail.refuseHelp')}
            name="reason"
            value={reason}
            onChange={setReason}
            rows={3}
            isRequired
            autoFocus
          />
          <div className="form__actions">
            <Button type="submit" variant="danger" isPending={form.pending}>
              {t('orientations.detail.confirmRefuse')}
            </Button>
            <Button onPress={() => setRefusing(false)}>{t('common.cancel')}</Button>
          </div>
        </>
      ) : null}
    </Form>
  )
}

/**
 * One orientation as the partner sees it: the service, who sends the person, what the person
 * agreed to share, and the answers. Used in the partner's space and on the secure-link page.
 */
export function ReceivedReferralCard({
  referral,
  answer,
  onAnswered,
}: {
  referral: ReceivedReferralView
  answer: (action: ReferralAction, reason?: string) => Promise<ReceivedReferralView>
  onAnswered: (r: ReceivedReferralView) => void
}) {
  const { t, i18n } = useTranslation()
  const at = (iso: string) => formatDateTime(iso, i18n.language)
  const sender = referral.sender.agentFirstName
    ? `${referral.sender.agentFirstName} (${referral.sender.organisation.name})`
    : referral.sender.organisation.name
  return (
    <div className="detail">
      <div className="detail__main">
        <section className="card" aria-labelledby="orientation-resume">
          <h2 id="orientation-resume">{t('orientations.detail.summary')}</h2>
          <dl className="facts">
            <dt>{t('orientations.fields.status')}</dt>
            <dd>
              <ReferralStatusBadge status={referral.status} />
            </dd>
            <dt>{t('orientations.fields.service')}</dt>
            <dd>
              <bdi>{referral.service.name}</bdi>
              <span className="small muted line">
                <bdi>{referral.structure.name}</bdi>
              </span>
            </dd>
            <dt>{t('orientations.fields.from')}</dt>
            <dd>
              <bdi>{sender}</bdi>
            </dd>
            <dt>{t('orientations.fields.sentAt')}</dt>
            <dd>{at(referral.createdAt)}</dd>
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
                <dt>{t('orientations.fields.reason')}</dt>
                <dd dir="auto">{referral.statusReason}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="orientation-partage">
          <h2 id="orientation-partage">{t('orientations.detail.shared')}</h2>
          <SharedData referral={referral} />
        </section>
      </div>
      <div className="detail__side">
        <section className="card" aria-labelledby="orientation-reponse">
          <h2 id="orientation-reponse">{t('orientations.detail.actions')}</h2>
          <p className="small muted">
            {t('orientations.detail.answerFor', { name: isolate(referral.sender.organisation.name) })}
          </p>
          <Actions referral={referral} answer={answer} onAnswered={onAnswered} />
        </section>
      </div>
    </div>
  )
}
