import { useTranslation } from 'react-i18next'
import {
  metiersCampaignsContract as campaignsApi,
  type EditorCampaignView,
} from '../../../../shared/modules/metiers/campaigns.contract'
import { call } from '../../../api'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { useApiForm } from '../../../ui/Form'

/** Whether the public sees the page, with the button that changes it and the link to the page. */
export function PublicationCard({
  page,
  onChanged,
}: {
  page: EditorCampaignView
  onChanged: (page: EditorCampaignView) => void
}) {
  const { t } = useTranslation()
  const action = useApiForm()
  const toggle = async () => {
    const answer = await action.run(() =>
      call(page.published ? campaignsApi.unpublishPage : campaignsApi.publishPage, {}),
    )
    if (answer) onChanged(answer)
  }
  return (
    <section className="card" aria-labelledby="publication">
      <h2 id="publication">{t('metiers_campaigns.publication')}</h2>
      {action.error ? <Alert tone="error">{action.error.message}</Alert> : null}
      <p role="status">
        {page.published ? t('metiers_campaigns.isPublished') : t('metiers_campaigns.isDraft')}
      </p>
      {page.published ? (
        <p>
          <a href={page.publicPath} target="_blank" rel="noreferrer">
            {t('metiers_campaigns.openPublic')}
          </a>
        </p>
      ) : null}
      <div className="form__actions">
        <Button
          variant={page.published ? 'secondary' : 'primary'}
          onPress={() => void toggle()}
          isPending={action.pending}
        >
          {page.published ? t('metiers_campaigns.unpublish') : t('metiers_campaigns.publish')}
        </Button>
      </div>
    </section>
  )
}
