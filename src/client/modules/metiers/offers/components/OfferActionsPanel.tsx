import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { Button } from '../../../../ui/Button'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { useOfferLabels } from '../offers.labels'
import { offerHref, offersApi, publicOfferHref, type Offer } from '../offers.queries'

/** State of the offer and what comes next: publish (or change its end), filled, withdraw, duplicate. */
export function OfferActionsPanel({ offer, onChange }: { offer: Offer; onChange: (offer: Offer) => void }) {
  const { t, i18n } = useTranslation()
  const labels = useOfferLabels()
  const [, navigate] = useLocation()
  const [expiresOn, setExpiresOn] = useState('')
  const [confirm, setConfirm] = useState<'fill' | 'withdraw' | null>(null)
  const publishForm = useApiForm()
  const duplicateForm = useApiForm()
  const params = { id: offer.id }

  const publish = async () => {
    const done = await publishForm.run(() =>
      call(offersApi.publishOffer, { params, body: expiresOn ? { expiresOn } : {} }),
    )
    if (done) {
      setExpiresOn('')
      onChange(done)
    }
  }
  const duplicate = async () => {
    const copy = await duplicateForm.run(() => call(offersApi.duplicateOffer, { params }))
    if (copy) navigate(offerHref(copy.id))
  }
  const isPublic = offer.state === 'publiee' || offer.state === 'pourvue' || offer.state === 'expiree'

  return (
    <section className="offer-panel" aria-labelledby="offer-actions-title">
      <h2 id="offer-actions-title">{t('metiers_offers.actions.title')}</h2>
      <p>
        <span className="offer-state">{labels.state(offer.state)}</span>
      </p>
      {offer.state === 'brouillon' ? <p>{t('metiers_offers.actions.draft')}</p> : null}
      {offer.publishedAt && offer.expiresAt && offer.state === 'publiee' ? (
        <p>
          {t('metiers_offers.actions.published', {
            date: formatDate(offer.publishedAt, i18n.language),
            end: formatDate(offer.expiresAt, i18n.language),
          })}
        </p>
      ) : null}
      {isPublic ? (
        <p>
          <a href={publicOfferHref(offer.slug)} target="_blank" rel="noopener">
            {t('metiers_offers.actions.seePublic')}
          </a>
        </p>
      ) : null}
      {offer.actions.publish ? (
        <Form state={publishForm} onSubmit={publish} label={t('metiers_offers.actions.publish')}>
          <NativeField
            type="date"
            name="expiresOn"
            label={t('metiers_offers.actions.expiresOn')}
            description={t('metiers_offers.actions.expiresHelp')}
            value={expiresOn}
            onChange={setExpiresOn}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={publishForm.pending}>
              {offer.state === 'publiee'
                ? t('metiers_offers.actions.republish')
                : t('metiers_offers.actions.publish')}
            </Button>
          </div>
        </Form>
      ) : null}
      <div className="form__actions">
        {offer.actions.fill ? (
          <Button onPress={() => setConfirm('fill')}>{t('metiers_offers.actions.fill')}</Button>
        ) : null}
        {offer.actions.withdraw ? (
          <Button variant="danger" onPress={() => setConfirm('withdraw')}>
            {t('metiers_offers.actions.withdraw')}
          </Button>
        ) : null}
        <Button onPress={() => void duplicate()} isPending={duplicateForm.pending}>
          {t('metiers_offers.actions.duplicate')}
        </Button>
      </div>
      {duplicateForm.error ? <p className="field__error">{duplicateForm.error.message}</p> : null}
      {confirm ? (
        <ConfirmDialog
          title={confirm === 'fill' ? t('metiers_offers.actions.fill') : t('metiers_offers.actions.withdraw')}
          confirmLabel={
            confirm === 'fill' ? t('metiers_offers.actions.fill') : t('metiers_offers.actions.withdraw')
          }
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            const next =
              confirm === 'fill'
                ? await call(offersApi.fillOffer, { params })
                : await call(offersApi.withdrawOffer, { params })
            onChange(next)
          }}
        >
          <p>
            {confirm === 'fill'
              ? t('metiers_offers.actions.fillConfirm')
              : t('metiers_offers.actions.withdrawConfirm')}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
