import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Where the sheet's map tiles come from: a WMTS service (IGN Géoplateforme), cached on disk. */
export interface MapTileSource {
  /** The WMTS endpoint, e.g. https://data.geopf.fr/wmts */
  url: string
  /** Directory of cached tiles (under the data directory). */
  cacheDir: string
  layer?: string
  /** Per tile; the sheet falls back to a drawn plan when a tile is late. */
  timeoutMs?: number
}

export const IGN_PLAN_LAYER = 'GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2'
export const TILE_PIXELS = 256

export interface Position {
  latitude: number
  longitude: number
}

/** Web Mercator pixel coordinates of a position at a zoom level (the tile matrix set PM). */
export function worldPixel({ latitude, longitude }: Position, zoom: number) {
  const world = TILE_PIXELS * 2 ** zoom
  const sin = Math.sin((latitude * Math.PI) / 180)
  return {
    x: ((longitude + 180) / 360) * world,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
  }
}

/** Metres on the ground per Web Mercator pixel at a latitude. */
export const metresPerPixel = (latitude: number, zoom: number) =>
  (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (TILE_PIXELS * 2 ** zoom)

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(PNG_SIGNATURE)

function tileUrl(source: MapTileSource, zoom: number, col: number, row: number) {
  const query = new URLSearchParams({
    SERVICE: 'WMTS',
    REQUEST: 'GetTile',
    VERSION: '1.0.0',
    LAYER: source.layer ?? IGN_PLAN_LAYER,
    STYLE: 'normal',
    TILEMATRIXSET: 'PM',
    TILEMATRIX: String(zoom),
    TILEROW: String(row),
    TILECOL: String(col),
    FORMAT: 'image/png',
  })
  return `${source.url}?${query.toString()}`
}

/** One PNG tile, from the disk cache or the service; null when it cannot be had quickly. */
export async function loadTile(source: MapTileSource, zoom: number, col: number, row: number) {
  const layer = (source.layer ?? IGN_PLAN_LAYER).replace(/[^A-Za-z0-9._-]/g, '_')
  const file = join(source.cacheDir, layer, String(zoom), String(col), `${row}.png`)
  try {
    const cached = await readFile(file)
    if (isPng(cached)) return cached
  } catch {
    // not cached yet
  }
  try {
    const response = await fetch(tileUrl(source, zoom, col, row), {
      signal: AbortSignal.timeout(source.timeoutMs ?? 2500),
      headers: { accept: 'image/png' },
    })
    if (!response.ok) return null
    const bytes = Buffer.from(await response.arrayBuffer())
    if (!isPng(bytes)) return null
    await mkdir(dirname(file), { recursive: true })
    // Written aside then renamed: a sheet printed at the same time never reads half a tile.
    const partial = `${file}.${process.pid}.part`
    await writeFile(partial, bytes)
    await rename(partial, file)
    return bytes
  } catch {
    return null
  }
}

export interface PlacedTile {
  bytes: Buffer
  /** Offset of the tile's top-left corner from the view's top-left corner, in pixels. */
  dx: number
  dy: number
}

/**
 * The tiles covering a view of `width` × `height` pixels centred on a position; null when any is
 * missing, so that the sheet never prints a map with holes.
 */
export async function tilesAround(
  source: MapTileSource,
  center: Position,
  zoom: number,
  width: number,
  height: number,
): Promise<PlacedTile[] | null> {
  const c = worldPixel(center, zoom)
  const left = c.x - width / 2
  const top = c.y - height / 2
  const wanted: { col: number; row: number }[] = []
  for (let col = Math.floor(left / TILE_PIXELS); col * TILE_PIXELS < left + width; col++)
    for (let row = Math.floor(top / TILE_PIXELS); row * TILE_PIXELS < top + height; row++)
      wanted.push({ col, row })
  const loaded = await Promise.all(wanted.map(({ col, row }) => loadTile(source, zoom, col, row)))
  if (loaded.some((t) => t === null)) return null
  return wanted.map(({ col, row }, i) => ({
    bytes: loaded[i]!,
    dx: col * TILE_PIXELS - left,
    dy: row * TILE_PIXELS - top,
  }))
}

/** Distance in metres (haversine) and the bearing in degrees from `from` to `to`. */
export function distanceAndBearing(from: Position, to: Position) {
  const rad = Math.PI / 180
  const lat1 = from.latitude * rad
  const lat2 = to.latitude * rad
  const dLat = lat2 - lat1
  const dLon = (to.longitude - from.longitude) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) ** 2
  const metres = 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)))
  const y = Math.sin(dLon) * Math.cos(lat2)
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon)
  const bearing = (((Math.atan2(y, x) / rad) % 360) + 360) % 360
  return { metres, bearing }
}

/** The eighth of the compass a bearing falls in: 0 north, 1 north-east … 7 north-west. */
export const compassOf = (bearing: number) => (Math.round(bearing / 45) % 8) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7
