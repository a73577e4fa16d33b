import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '../../../../../shared/modules/partenaires/network.contract'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { formatDate, formatDateTime } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { networkApi } from '../network.queries'
import '../network.css'

/** One campaign's participation: a bar and the same figure in words. */
function Participation({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const total = campaign.confirmed + campaign.notYet
  return (
    <li className="entry">
      <p className="entry__title">
        {t('reseau.entries.campaignOf', { at: formatDateTime(campaign.startedAt, i18n.language) })}
      </p>
      {campaign.message ? (
        <p className="free-text small" dir="auto">
          {campaign.message}
        </p>
      ) : null}
      <p>
        <meter
          className="participation"
          min={0}
          max={Math.max(1, total)}
          value={campaign.confirmed}
          aria-hidden="true"
        />{' '}
        {t('reseau.entries.participationLine', { done: campaign.confirmed, total })}
      </p>
      <p className="small muted">{t('reseau.entries.reminded', { count: campaign.reminded })}</p>
    </li>
  )
}

/** Ask every published structure to check its entries; the keeper's word is added to each reminder. */
function CampaignForm({ onStarted }: { onStarted: () => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [message, setMessage] = useState('')
  const [started, setStarted] = useState<CampaignView | null>(null)
  const submit = async () => {
    const campaign = await form.run(() => call(networkApi.startCampaign, { body: { message } }))
    if (campaign) {
      setStarted(campaign)
      setMessage('')
      onStarted()
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('reseau.entries.campaign')}>
      {started ? (
        <Alert tone="success">{t('reseau.entries.launched', { count: started.reminded })}</Alert>
      ) : null}
      <TextArea
        label={t('reseau.entries.campaignMessage')}
        description={t('reseau.entries.campaignIntro')}
        name="message"
        value={message}
        onChange={setMessage}
        rows={3}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('reseau.entries.launch')}
        </Button>
      </div>
    </Form>
  )
}

/** Entries not confirmed within their delay, oldest first, and the update campaigns with their participation. */
export function StaleEntriesPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const entries = useLoad(() => call(networkApi.staleEntries, {}))
  const campaigns = useLoad(() => call(networkApi.campaigns, {}))
  const day = (iso: string) => formatDate(iso, i18n.language)
  return (
    <Page title={t('reseau.entries.title')} intro={t('reseau.entries.intro')}>
      {entries.error ? <Alert tone="error">{entries.error}</Alert> : null}
      {entries.data ? (
        <Table
          caption={t('reseau.entries.caption', { count: entries.data.total })}
          columns={[
            t('reseau.entries.structure'),
            t('reseau.entries.confirmedAt'),
            t('reseau.entries.staleSince'),
            t('reseau.entries.remindedAt'),
            t('reseau.entries.account'),
          ]}
          isEmpty={entries.data.items.length === 0}
          empty={t('reseau.entries.none')}
        >
          {entries.data.items.map((e) => (
            <tr key={e.structureId}>
              <th scope="row">
                <Link href={`/reseau/structures/${e.structureId}`}>
                  <bdi>{e.name}</bdi>
                </Link>
              </th>
              <td>{day(e.confirmedAt)}</td>
              <td>{day(e.staleSince)}</td>
              <td>{e.remindedAt ? day(e.remindedAt) : t('reseau.entries.never')}</td>
              <td>
                {e.hasPartnerAccount
                  ? t('reseau.entries.withAccount')
                  : e.hasEmail
                    ? t('reseau.entries.byMail')
                    : t('reseau.entries.noAddress')}
              </td>
            </tr>
          ))}
        </Table>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
      <section className="card" aria-labelledby="campagne">
        <h2 id="campagne">{t('reseau.entries.campaign')}</h2>
        {canAccess(networkApi.startCampaign.access, session) ? (
          <CampaignForm
            onStarted={() => {
              void campaigns.reload()
              void entries.reload()
            }}
          />
        ) : null}
        {campaigns.error ? <Alert tone="error">{campaigns.error}</Alert> : null}
        {campaigns.data && campaigns.data.length > 0 ? (
          <>
            <h3 className="subheading">{t('reseau.entries.participation')}</h3>
            <ul className="entries">
              {campaigns.data.map((c) => (
                <Participation key={c.id} campaign={c} />
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </Page>
  )
}
