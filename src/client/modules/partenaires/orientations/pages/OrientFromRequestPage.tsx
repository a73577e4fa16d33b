import { useState } from 'react'
import { Checkbox } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { useFieldError } from '../../../../ui/field-errors'
import {
  accueilContract,
  type RequestDetailView,
} from '../../../../../shared/modules/accueil/accueil.contract'
import { ChosenService, ServiceChooser, type ChosenServiceView } from '../components/ServiceChooser'
import { ShareFields } from '../components/ShareFields'
import { SheetLinks } from '../components/SheetLinks'
import { shareableFields } from '../orientations.labels'
import { referralSheetUrl, referralsApi, type SentReferral } from '../orientations.queries'
import {
  nothingChosen,
  sharedOf,
  valuesFromRequest,
  type ShareChoice,
  type ShareValues,
} from '../share-values'
import '../orientations.css'

function ConsentBox({
  partner,
  checked,
  onChange,
}: {
  partner: string
  checked: boolean
  onChange: (v: boolean) => void
}) {
  const { t } = useTranslation()
  const error = useFieldError('consent')
  return (
    <div className="field consent">
      <Checkbox isSelected={checked} onChange={onChange} className="checkbox" isInvalid={Boolean(error)}>
        <span className="checkbox__box" aria-hidden="true">
          <svg viewBox="0 0 18 18" width="14" height="14">
            <polyline points="2 9 7 14 16 4" />
          </svg>
        </span>
        <span>{t('orientations.orient.consent', { partner: isolate(partner) })}</span>
      </Checkbox>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  )
}

/** The orientation form: what to share (nothing by default), consent, a note kept on the request. */
function ReferralForm({
  request,
  service,
  onSent,
}: {
  request: RequestDetailView
  service: ChosenServiceView
  onSent: (r: SentReferral) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [values, setValues] = useState<ShareValues>(() => valuesFromRequest(request))
  const [choice, setChoice] = useState<ShareChoice>(nothingChosen)
  const [consent, setConsent] = useState(false)
  const [reason, setReason] = useState('')
  const sharesSomething = shareableFields.some((f) => choice[f])

  const submit = async () => {
    if (sharesSomething && !consent) return form.fail(t('orientations.orient.consentRequired'), 'consent')
    const share = sharedOf(values, choice)
    const sent = await form.run(() =>
      call(referralsApi.create, {
        params: { id: request.id },
        body: {
          serviceId: service.id,
          share,
          consent: sharesSomething && consent,
          reason: reason.trim() || null,
        },
      }),
    )
    if (sent) onSent(sent)
  }

  return (
    <Form state={form} onSubmit={submit} label={t('orientations.orient.stepShare')}>
      <h2 className="subheading">{t('orientations.orient.stepShare')}</h2>
      <ShareFields
        fields={shareableFields}
        values={values}
        choice={choice}
        onValues={setValues}
        onChoice={setChoice}
      />
      {sharesSomething ? (
        <ConsentBox partner={service.structureName} checked={consent} onChange={setConsent} />
      ) : (
        <p className="muted small">{t('orientations.orient.nothingChosen')}</p>
      )}
      <h2 className="subheading">{t('orientations.orient.stepSend')}</h2>
      <TextArea
        label={t('orientations.orient.note')}
        description={t('orientations.orient.noteHelp')}
        name="reason"
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('orientations.orient.submit')}
        </Button>
      </div>
    </Form>
  )
}

/** After sending: where the partner reads it, and the person's sheet in four languages. */
function Sent({ referral, requestId }: { referral: SentReferral; requestId: string }) {
  const { t } = useTranslation()
  return (
    <>
      <Alert
        tone="success"
        title={t('orientations.orient.sent', { partner: isolate(referral.structure.name) })}
      >
        <p>
          {referral.channel === 'lien'
            ? t('orientations.orient.sentByMail')
            : t('orientations.orient.sentInAccount')}
        </p>
      </Alert>
      <section className="card" aria-labelledby="fiche-personne">
        <h2 id="fiche-personne">{t('orientations.orient.printTitle')}</h2>
        <p>{t('orientations.orient.printIntro')}</p>
        <SheetLinks
          sheetUrl={(language) => referralSheetUrl(referral.id, language)}
          partner={referral.structure.name}
        />
      </section>
      <p>
        <Link href={`/demandes/${requestId}`}>{t('orientations.orient.done')}</Link>
      </p>
    </>
  )
}

/** Orient the person of a request to a service of the directory, then print the sheet for them. */
export function OrientFromRequestPage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(accueilContract.get, { params: { id } }))
  const [service, setService] = useState<ChosenServiceView | null>(null)
  const [sent, setSent] = useState<SentReferral | null>(null)
  const request = loaded.data

  if (loaded.error && !request) {
    return (
      <Page title={t('orientations.orient.action')}>
        <Alert tone="error">{loaded.error}</Alert>
      </Page>
    )
  }
  if (!request) return <p className="loading">{t('common.loading')}</p>

  return (
    <Page title={t('orientations.orient.title', { reference: request.reference })}>
      <p>
        <Link href={`/demandes/${request.id}`}>{t('orientations.orient.back')}</Link>
      </p>
      {sent ? (
        <Sent referral={sent} requestId={request.id} />
      ) : (
        <>
          <section className="card" aria-labelledby="choix-service">
            <h2 id="choix-service">{t('orientations.orient.stepService')}</h2>
            {service ? (
              <ChosenService service={service} onChange={() => setService(null)} />
            ) : (
              <ServiceChooser themes={request.themes} onChoose={setService} />
            )}
          </section>
          {service ? (
            <section className="card">
              <ReferralForm request={request} service={service} onSent={setSent} />
            </section>
          ) : null}
        </>
      )}
    </Page>
  )
}
