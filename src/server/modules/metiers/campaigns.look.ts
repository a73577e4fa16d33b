/**
 * A territory's colours made readable: white text on them must reach WCAG 4.5:1. The same rule as
 * the back office's theme (client/app/theme.ts), applied here so that the public page, its
 * server-rendered HTML and the e-mails all get colours already checked.
 */

const minimumContrast = 4.5
export const defaultCampaignPrimary = '#1f4e8c'
export const defaultCampaignAccent = '#b3261e'

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  if (!m?.[1]) return null
  const n = Number.parseInt(m[1], 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

/** Contrast ratio of white text on this colour (1 to 21). */
export const contrastWithWhite = (rgb: Rgb) => 1.05 / (luminance(rgb) + 0.05)

/** The colour itself when white text on it reads at 4.5:1, else the same hue darkened until it does. */
export function readableColour(hex: string | null | undefined, fallback: string): string {
  const rgb = parseHex(hex ?? '') ?? parseHex(fallback)
  if (!rgb) return '#000000'
  if (contrastWithWhite(rgb) >= minimumContrast) return toHex(rgb)
  for (let factor = 0.98; factor > 0; factor -= 0.02) {
    const darker = rgb.map((c) => Math.floor(c * factor)) as Rgb
    if (contrastWithWhite(darker) >= minimumContrast) return toHex(darker)
  }
  return '#000000'
}

/** Parsed colour, for tests and checks. */
export const hexToRgb = parseHex
