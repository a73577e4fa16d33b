import { useTranslation } from 'react-i18next'
import type { ReplayView } from '../../../../../shared/modules/metiers/events.contract'

/** A webinar's replay: the video's link, its captions and its transcript. */
export function Replay({ replay }: { replay: ReplayView }) {
  const { t } = useTranslation()
  return (
    <div className="ev-replay">
      <h2 id="ev-replay">{t('events.replay.titre')}</h2>
      <p>
        <a className="pf-button pf-button--primary" href={replay.url} rel="noopener" target="_blank">
          {t('events.replay.voir')}
        </a>
      </p>
      {replay.captionsUrl ? (
        <p>
          <a href={replay.captionsUrl} rel="noopener">
            {t('events.replay.sousTitres')}
          </a>
        </p>
      ) : null}
      {replay.transcript ? (
        <details className="ev-transcript">
          <summary>{t('events.replay.transcription')}</summary>
          <p dir="auto" className="pf-pre">
            {replay.transcript}
          </p>
        </details>
      ) : null}
    </div>
  )
}
