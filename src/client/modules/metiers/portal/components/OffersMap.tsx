import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeafletMapProps } from './LeafletMap'

// Leaflet and its CSS are a chunk of their own, fetched the first time a map is shown.
const LeafletMap = lazy(() => import('./LeafletMap'))

/** A map of offers or of one workplace, with a sentence saying that the text holds the same information. */
export function OffersMap(props: LeafletMapProps & { note?: string | undefined }) {
  const { t } = useTranslation()
  const { note, ...map } = props
  return (
    <div className="pf-map">
      <Suspense
        fallback={<div className="pf-map__canvas pf-map__canvas--loading">{t('portail.chargement')}</div>}
      >
        <LeafletMap {...map} />
      </Suspense>
      {note ? <p className="small muted">{note}</p> : null}
    </div>
  )
}
