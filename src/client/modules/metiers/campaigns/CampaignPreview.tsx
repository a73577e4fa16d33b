import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { TerritoryLookView } from '../../../../shared/modules/metiers/campaigns.contract'

/**
 * How the top of the public page looks with the text being written, in the territory's colours
 * (already made readable by the server). The presentation shown is the last one saved: the
 * server sanitises it, so the preview never runs what was typed.
 */
export function CampaignPreview({
  look,
  title,
  message,
  savedIntroHtml,
}: {
  look: TerritoryLookView
  title: string
  message: string
  savedIntroHtml: string | null
}) {
  const { t } = useTranslation()
  const colours = {
    '--campaign-primary': look.primaryColor,
    '--campaign-accent': look.accentColor,
  } as CSSProperties
  return (
    <section className="card campaign-preview" aria-labelledby="apercu" style={colours}>
      <h2 id="apercu">{t('metiers_campaigns.preview')}</h2>
      <div className="campaign-preview__hero">
        {look.logoDataUrl ? (
          <img
            className="campaign-preview__logo"
            src={look.logoDataUrl}
            alt={t('metiers_campaigns.logoOf', { name: look.organisationName })}
          />
        ) : (
          <p className="campaign-preview__organisation">{look.organisationName}</p>
        )}
        <p className="campaign-preview__title" dir="auto">
          {title || t('metiers_campaigns.previewNoTitle')}
        </p>
        {message ? (
          <p className="campaign-preview__message" dir="auto">
            {message}
          </p>
        ) : null}
      </div>
      {savedIntroHtml ? (
        <>
          <p className="small muted">{t('metiers_campaigns.previewSavedIntro')}</p>
          <div
            className="campaign-preview__intro free-text"
            dir="auto"
            // Sanitised by the server when saved: headings, paragraphs, lists, links and emphasis only.
            dangerouslySetInnerHTML={{ __html: savedIntroHtml }}
          />
        </>
      ) : null}
      <p className="small muted">{t('metiers_campaigns.previewLook')}</p>
    </section>
  )
}
