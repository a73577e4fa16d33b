import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { useEffect, useRef } from 'react'

/** IGN Géoplateforme plan, Web Mercator tiles; no key (the same as the directory's map). */
const tilesUrl =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}'

export interface MapMarker {
  key: string
  /** The number shown on the marker, the same as in the list; none for a single place. */
  number?: number
  latitude: number
  longitude: number
  title: string
  detail?: string
  href?: string
}

export interface LeafletMapProps {
  markers: readonly MapMarker[]
  /** The searched place, drawn apart. */
  origin?: { latitude: number; longitude: number; label: string } | null
  label: string
  linkText?: string
  onOpen?: (href: string) => void
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/**
 * Loaded only when a map is shown (its own chunk with Leaflet and its CSS). A visual aid: every
 * marker's information is in the list or the text beside it, so markers are not keyboard stops.
 */
export default function LeafletMap({ markers, origin, label, linkText, onOpen }: LeafletMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map | null>(null)
  const layer = useRef<L.LayerGroup | null>(null)
  const opener = useRef(onOpen)
  opener.current = onOpen

  useEffect(() => {
    if (!container.current) return
    const created = L.map(container.current, {
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    })
    created.attributionControl.setPrefix(false)
    L.tileLayer(tilesUrl, { attribution: '© IGN', maxZoom: 19, minZoom: 5, tileSize: 256 }).addTo(created)
    created.setView([46.6, 2.4], 5)
    layer.current = L.layerGroup().addTo(created)
    map.current = created
    const element = container.current
    const click = (event: MouseEvent) => {
      const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-inapp]')
      if (link && opener.current) {
        event.preventDefault()
        opener.current(link.getAttribute('href') ?? '/metiers')
      }
    }
    element.addEventListener('click', click)
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
    for (const marker of markers) {
      const icon = L.divIcon({
        className: 'pf-marker',
        html: marker.number !== undefined ? `<span>${marker.number}</span>` : '',
        iconSize: [30, 30],
        iconAnchor: [15, 15],
        popupAnchor: [0, -14],
      })
      const link =
        marker.href && linkText
          ? `<a data-inapp href="${escapeHtml(marker.href)}">${escapeHtml(linkText)}</a>`
          : ''
      L.marker([marker.latitude, marker.longitude], {
        icon,
        keyboard: false,
        title: marker.title,
        zIndexOffset: -(marker.number ?? 0) * 1000,
      })
        .bindPopup(
          `<p class="pf-popup__title">${marker.number !== undefined ? `${marker.number}. ` : ''}${escapeHtml(marker.title)}</p>` +
            (marker.detail ? `<p class="pf-popup__detail">${escapeHtml(marker.detail)}</p>` : '') +
            link,
        )
        .addTo(group)
      bounds.push([marker.latitude, marker.longitude])
    }
    if (origin) {
      L.marker([origin.latitude, origin.longitude], {
        icon: L.divIcon({ className: 'pf-marker pf-marker--origin', iconSize: [18, 18] }),
        keyboard: false,
        title: origin.label,
      }).addTo(group)
      bounds.push([origin.latitude, origin.longitude])
    }
    if (bounds.length === 1) m.setView(bounds[0]!, 14, { animate: false })
    else if (bounds.length > 1)
      m.fitBounds(L.latLngBounds(bounds), { padding: [30, 30], maxZoom: 15, animate: false })
  }, [markers, origin, linkText])

  return <div ref={container} className="pf-map__canvas" role="region" aria-label={label} />
}
