import {
  clip,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFPage,
  type RGB,
} from 'pdf-lib'
import type { BidiText } from '../../../platform/pdf-arabic'
import { metresPerPixel, tilesAround, worldPixel, type MapTileSource, type Position } from './map-tiles'
import { drawMarker } from './pictograms'
import { ink, muted } from './sheet-layout'

export interface MapBox {
  x: number
  y: number
  width: number
  height: number
}

export interface MapSubject {
  /** The place; null when its address could not be placed. */
  position: Position | null
  label: string
  /** The keeping organisation's own place (its CCAS), when known. */
  home: { position: Position; label: string } | null
}

const ZOOM = 16
/** Tiles printed at two pixels per point: sharp on paper (144 dpi), and the view covers a neighbourhood. */
const PIXELS_PER_POINT = 2
const paper = rgb(0.955, 0.96, 0.965)
const grid = rgb(0.88, 0.89, 0.91)
const frame = rgb(0.6, 0.62, 0.66)
const homeColour = rgb(0.35, 0.36, 0.4)

/**
 * The map of the sheet: IGN plan tiles around the place when they can be had, otherwise a drawn
 * plan (marker, label, north arrow, scale, the CCAS when its position is known). Never fails.
 */
export async function drawMap(
  page: PDFPage,
  text: BidiText,
  box: MapBox,
  subject: MapSubject,
  accent: RGB,
  source: MapTileSource | undefined,
  unknownLabel: string,
) {
  const position = subject.position
  if (position && source) {
    const tiles = await tilesAround(
      source,
      position,
      ZOOM,
      box.width * PIXELS_PER_POINT,
      box.height * PIXELS_PER_POINT,
    ).catch(() => null)
    if (tiles) {
      try {
        const images = await Promise.all(tiles.map((t) => page.doc.embedPng(t.bytes)))
        page.pushOperators(
          pushGraphicsState(),
          rectangle(box.x, box.y, box.width, box.height),
          clip(),
          endPath(),
        )
        tiles.forEach((t, i) =>
          page.drawImage(images[i]!, {
            x: box.x + t.dx / PIXELS_PER_POINT,
            y: box.y + box.height - (t.dy + 256) / PIXELS_PER_POINT,
            width: 256 / PIXELS_PER_POINT,
            height: 256 / PIXELS_PER_POINT,
          }),
        )
        const centre = worldPixel(position, ZOOM)
        const project = (p: Position) => {
          const w = worldPixel(p, ZOOM)
          return {
            x: box.x + box.width / 2 + (w.x - centre.x) / PIXELS_PER_POINT,
            y: box.y + box.height / 2 - (w.y - centre.y) / PIXELS_PER_POINT,
          }
        }
        if (subject.home) {
          const h = project(subject.home.position)
          if (inside(box, h)) homeMarker(page, h.x, h.y)
        }
        drawMarker(page, box.x + box.width / 2, box.y + box.height / 2, 26, accent)
        page.pushOperators(popGraphicsState())
        const mPerPt = metresPerPixel(position.latitude, ZOOM) * PIXELS_PER_POINT
        scaleBar(page, text, box, mPerPt, true)
        attribution(page, text, box, '© IGN')
        border(page, box)
        return
      } catch {
        // A tile that does not decode: the drawn plan below.
      }
    }
  }
  drawPlan(page, text, box, subject, accent, unknownLabel)
}

const inside = (box: MapBox, p: { x: number; y: number }) =>
  p.x > box.x + 4 && p.x < box.x + box.width - 4 && p.y > box.y + 4 && p.y < box.y + box.height - 4

function border(page: PDFPage, box: MapBox) {
  page.drawRectangle({ ...box, borderColor: frame, borderWidth: 0.8 })
}

function homeMarker(page: PDFPage, x: number, y: number) {
  page.drawRectangle({
    x: x - 5,
    y: y - 5,
    width: 10,
    height: 10,
    color: homeColour,
    borderColor: rgb(1, 1, 1),
    borderWidth: 1,
  })
}

function label(
  page: PDFPage,
  text: BidiText,
  content: string,
  x: number,
  y: number,
  box: MapBox,
  bold: boolean,
  colour: RGB,
) {
  const size = 8
  const line = text.wrap([{ text: content, bold }], size, box.width * 0.45)[0] ?? []
  const width = text.lineWidth(line, size)
  // Beside the marker, on the side where there is room.
  const left = x + 10 + width < box.x + box.width - 4 ? x + 10 : x - 10 - width
  const top = Math.min(Math.max(y - 3, box.y + 6), box.y + box.height - 12)
  page.drawRectangle({
    x: left - 2,
    y: top - 2.5,
    width: width + 4,
    height: size + 4,
    color: rgb(1, 1, 1),
    opacity: 0.85,
  })
  text.draw(page, line, left, top, size, colour, 'auto')
}

function attribution(page: PDFPage, text: BidiText, box: MapBox, content: string) {
  const size = 6.5
  const width = text.width(content, false, size)
  page.drawRectangle({
    x: box.x + box.width - width - 6,
    y: box.y,
    width: width + 6,
    height: size + 4,
    color: rgb(1, 1, 1),
    opacity: 0.8,
  })
  text.draw(
    page,
    [{ text: content, bold: false, ltr: true, space: false }],
    box.x + box.width - width - 3,
    box.y + 3,
    size,
    ink,
    'ltr',
  )
}

/** A round length (1, 2 or 5 × 10ⁿ metres) about a quarter of the map wide. */
export function scaleLength(metresPerPoint: number, boxWidth: number) {
  const target = metresPerPoint * boxWidth * 0.25
  const power = 10 ** Math.floor(Math.log10(target))
  const nice = [5, 2, 1].map((f) => f * power).find((l) => l <= target) ?? power
  return { metres: nice, points: nice / metresPerPoint }
}

function scaleBar(page: PDFPage, text: BidiText, box: MapBox, metresPerPoint: number, onTiles: boolean) {
  const { metres, points } = scaleLength(metresPerPoint, box.width)
  const x = box.x + 10
  const y = box.y + 10
  const caption = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
  if (onTiles)
    page.drawRectangle({
      x: x - 4,
      y: y - 4,
      width: points + 8,
      height: 20,
      color: rgb(1, 1, 1),
      opacity: 0.8,
    })
  page.drawLine({ start: { x, y }, end: { x: x + points, y }, thickness: 1.5, color: ink })
  for (const at of [x, x + points])
    page.drawLine({ start: { x: at, y }, end: { x: at, y: y + 4 }, thickness: 1, color: ink })
  text.draw(page, [{ text: caption, bold: false, ltr: true, space: false }], x, y + 5, 7, ink, 'ltr')
}

function northArrow(page: PDFPage, text: BidiText, box: MapBox) {
  const cx = box.x + box.width - 16
  const top = box.y + box.height - 10
  page.drawSvgPath('M 0 0 L 6 16 L 0 12 L -6 16 Z', { x: cx, y: top - 8, color: ink })
  const w = text.width('N', true, 8)
  text.draw(page, [{ text: 'N', bold: true, ltr: true, space: false }], cx - w / 2, top - 36, 8, ink, 'ltr')
}

/** The drawn plan: positions on a local flat projection, scaled so that both the place and the CCAS show. */
function drawPlan(
  page: PDFPage,
  text: BidiText,
  box: MapBox,
  subject: MapSubject,
  accent: RGB,
  unknownLabel: string,
) {
  page.drawRectangle({ ...box, color: paper })
  for (let gx = box.x + 24; gx < box.x + box.width; gx += 24)
    page.drawLine({
      start: { x: gx, y: box.y },
      end: { x: gx, y: box.y + box.height },
      thickness: 0.3,
      color: grid,
    })
  for (let gy = box.y + 24; gy < box.y + box.height; gy += 24)
    page.drawLine({
      start: { x: box.x, y: gy },
      end: { x: box.x + box.width, y: gy },
      thickness: 0.3,
      color: grid,
    })
  northArrow(page, text, box)
  const position = subject.position
  if (!position) {
    const lines = text.wrap([{ text: unknownLabel }], 9, box.width - 40)
    lines.forEach((line, i) => {
      const w = text.lineWidth(line, 9)
      text.draw(page, line, box.x + (box.width - w) / 2, box.y + box.height / 2 - i * 12, 9, muted, 'auto')
    })
    border(page, box)
    return
  }
  const home = subject.home
  const metresPerDegreeLat = 111_320
  const metresPerDegreeLon = 111_320 * Math.cos((position.latitude * Math.PI) / 180)
  const east = home ? (position.longitude - home.position.longitude) * metresPerDegreeLon : 0
  const north = home ? (position.latitude - home.position.latitude) * metresPerDegreeLat : 0
  const metresPerPoint = Math.max(Math.abs(east) / (box.width - 110), Math.abs(north) / (box.height - 60), 2)
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const place = { x: cx + east / 2 / metresPerPoint, y: cy + north / 2 / metresPerPoint }
  if (home) {
    const h = { x: cx - east / 2 / metresPerPoint, y: cy - north / 2 / metresPerPoint }
    page.drawLine({ start: h, end: place, thickness: 1.2, color: muted, dashArray: [4, 3] })
    homeMarker(page, h.x, h.y)
    label(page, text, home.label, h.x, h.y, box, false, homeColour)
  }
  drawMarker(page, place.x, place.y, 26, accent)
  label(page, text, subject.label, place.x, place.y + 12, box, true, ink)
  scaleBar(page, text, box, metresPerPoint, false)
  border(page, box)
}
