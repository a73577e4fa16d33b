import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** IGN Géoplateforme plan, Web Mercator tiles; no key. */
const tilesUrl =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}'

export interface MapPoint {
  id: string
  /** The number shown on the marker, the same as in the list. */
  number: number
  latitude: number
  longitude: number
  title: string
  /** Second line of the popup (address). */
  detail?: string
  href?: string
}

interface DirectoryMapProps {
  points: readonly MapPoint[]
  /** The person's position or the searched address, shown as a different marker. */
  origin?: { latitude: number; longitude: number; label: string } | null
  /** Accessible name of the map region. */
  label: string
  /** Called when a popup's link is followed (in-app navigation). */
  onOpen?: (href: string) => void
  className?: string
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/**
 * A Leaflet map of numbered markers. It is a visual aid: every marker's information is in the
 * list beside it, so markers are not keyboard stops; the map itself can be panned with the arrows.
 */
export function DirectoryMap({ points, origin, label, onOpen, className }: DirectoryMapProps) {
  const { t } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map | null>(null)
  const layer = useRef<L.LayerGroup | null>(null)
  const opener = useRef(onOpen)
  opener.current = onOpen

  useEffect(() => {
    if (!container.current) return
    // No animations: calmer for everyone, and a map left mid-animation (the person follows a link) throws.
    const created = L.map(container.current, {
      zoomControl: true,
      attributionControl: true,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    })
    created.attributionControl.setPrefix(false)
    L.tileLayer(tilesUrl, { attribution: '© IGN', maxZoom: 19, minZoom: 5, tileSize: 256 }).addTo(created)
    created.setView([46.6, 2.4], 5)
    layer.current = L.layerGroup().addTo(created)
    map.current = created
    const click = (event: MouseEvent) => {
      const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-inapp]')
      if (link && opener.current) {
        event.preventDefault()
        opener.current(link.getAttribute('href') ?? '/')
      }
    }
    const element = container.current
    element.addEventListener('click', click)
    // Shown after being hidden (the phone's "Carte" toggle): Leaflet must measure again.
    const resize = new ResizeObserver(() => created.invalidateSize({ animate: false }))
    resize.observe(element)
    return () => {
      resize.disconnect()
      element.removeEventListener('click', click)
      created.stop()
      created.remove()
      map.current = null
      layer.current = null
    }
  }, [])

  useEffect(() => {
    const m = map.current
    const group = layer.current
    if (!m || !group) return
    group.clearLayers()
    const bounds: L.LatLngExpression[] = []
    for (const point of points) {
      const icon = L.divIcon({
        className: 'map-marker',
        html: `<span>${point.number}</span>`,
        iconSize: [30, 30],
        iconAnchor: [15, 15],
        popupAnchor: [0, -14],
      })
      const link = point.href
        ? `<a class="link" data-inapp href="${escapeHtml(point.href)}">${escapeHtml(t('directory.map.open'))}</a>`
        : ''
      L.marker([point.latitude, point.longitude], {
        icon,
        keyboard: false,
        title: point.title,
        // The first results stay on top when markers overlap.
        zIndexOffset: -point.number * 1000,
      })
        .bindPopup(
          `<p class="map-popup__title">${point.number}. ${escapeHtml(point.title)}</p>` +
            (point.detail ? `<p class="map-popup__detail">${escapeHtml(point.detail)}</p>` : '') +
            link,
        )
        .addTo(group)
      bounds.push([point.latitude, point.longitude])
    }
    if (origin) {
      L.marker([origin.latitude, origin.longitude], {
        icon: L.divIcon({ className: 'map-marker map-marker--origin', iconSize: [18, 18] }),
        keyboard: false,
        title: origin.label,
      }).addTo(group)
      bounds.push([origin.latitude, origin.longitude])
    }
    if (bounds.length === 1) m.setView(bounds[0]!, 15, { animate: false })
    else if (bounds.length > 1)
      m.fitBounds(L.latLngBounds(bounds), { padding: [30, 30], maxZoom: 16, animate: false })
  }, [points, origin, t])

  return (
    <div className={className ?? 'directory-map'}>
      <div ref={container} className="directory-map__canvas" role="region" aria-label={label} />
      <p className="small muted">{t('directory.map.visualAid')}</p>
    </div>
  )
}
