import { useTranslation } from 'react-i18next'
import type { TrafficLight } from '../../../../../shared/modules/pilotage/pilotage.constants'

/** A traffic light as a coloured dot and its word: the colour is never the only sign. */
export function LightBadge({ light, late }: { light: TrafficLight; late?: boolean }) {
  const { t } = useTranslation()
  return (
    <span className={`ind-light ind-light--${light}`}>
      <span className="ind-light__dot" aria-hidden="true" />
      {t(`pilotage_indicators.lights.${light}`)}
      {late ? <span className="ind-light__late"> ({t('pilotage_indicators.lateNote')})</span> : null}
    </span>
  )
}
