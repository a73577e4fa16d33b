import { useTranslation } from 'react-i18next'
import type { PublicPortraitView } from '../../../../../shared/modules/metiers/fiches.contract'
import { RichText } from './RichText'

/** An agent who does the job: photo with its description, words, video with captions and its transcript. */
export function Portrait({ portrait }: { portrait: PublicPortraitView }) {
  const { t } = useTranslation()
  const headingId = `portrait-${portrait.id}`
  return (
    <article className="pf-portrait" aria-labelledby={headingId}>
      {portrait.photoUrl ? (
        <img className="pf-portrait__photo" src={portrait.photoUrl} alt={portrait.photoAlt} loading="lazy" />
      ) : null}
      <div className="pf-portrait__body">
        <h3 id={headingId} className="pf-portrait__name" dir="auto">
          {portrait.name}
        </h3>
        <p className="pf-portrait__role" dir="auto">
          {[portrait.roleLabel, portrait.workplace].filter(Boolean).join(' · ')}
        </p>
        {portrait.quote ? (
          <blockquote className="pf-portrait__quote" dir="auto">
            <p>{portrait.quote}</p>
          </blockquote>
        ) : null}
        <RichText html={portrait.storyHtml} />
        {portrait.videoUrl && portrait.captionsUrl ? (
          <video className="pf-portrait__video" controls preload="none" src={portrait.videoUrl}>
            <track kind="captions" src={portrait.captionsUrl} srcLang="fr" label="Français" default />
          </video>
        ) : null}
        {portrait.transcript ? (
          <details className="pf-portrait__transcript">
            <summary>{t('fiche.transcription')}</summary>
            <p dir="auto">{portrait.transcript}</p>
          </details>
        ) : null}
      </div>
    </article>
  )
}
