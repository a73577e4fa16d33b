/** Tenant colours: parsing, WCAG contrast and the darkening that keeps white text readable. */

export interface Rgb {
  r: number
  g: number
  b: number
}

export const minimumContrast = 4.5
export const defaultPrimary = '#1f4e8c'
export const defaultAccent = '#b3261e'

export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  if (!m?.[1]) return null
  const n = Number.parseInt(m[1], 16)
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 }
}

export const toHex = ({ r, g, b }: Rgb): string =>
  `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export const luminance = ({ r, g, b }: Rgb): number =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const white: Rgb = { r: 255, g: 255, b: 255 }

/** Contrast of white text on this colour; null when the colour is not #RRGGBB. */
export function contrastWithWhite(hex: string): number | null {
  const rgb = parseHex(hex)
  return rgb ? contrastRatio(rgb, white) : null
}

/**
 * The colour itself if white text on it reaches 4.5:1, else the same hue darkened step by step
 * (each channel scaled down) until it does. Invalid input gives the fallback.
 */
export function readableOnWhiteText(hex: string, fallback = defaultPrimary): string {
  const rgb = parseHex(hex)
  if (!rgb) return fallback
  if (contrastRatio(rgb, white) >= minimumContrast) return toHex(rgb)
  for (let factor = 0.98; factor > 0; factor -= 0.02) {
    const darker = {
      r: Math.floor(rgb.r * factor),
      g: Math.floor(rgb.g * factor),
      b: Math.floor(rgb.b * factor),
    }
    if (contrastRatio(darker, white) >= minimumContrast) return toHex(darker)
  }
  return '#000000'
}

export interface TenantTheme {
  primaryColor?: string | null
  accentColor?: string | null
}

/** CSS variables for a tenant, already made readable. */
export function themeVariables(theme: TenantTheme | null): Record<string, string> {
  return {
    '--color-primary': readableOnWhiteText(theme?.primaryColor ?? defaultPrimary, defaultPrimary),
    '--color-accent': readableOnWhiteText(theme?.accentColor ?? defaultAccent, defaultAccent),
  }
}

export function applyTheme(theme: TenantTheme | null, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(themeVariables(theme))) root.style.setProperty(name, value)
}
