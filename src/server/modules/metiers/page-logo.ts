/**
 * Organisations keep their logo as a data: URL, which no link preview can fetch: the portal serves
 * the bitmap ones (PNG, JPEG, WebP) as image files for Open Graph. SVG is not offered: social
 * networks do not show it, so those pages share the default card.
 */

const bitmapLogo = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/=]+)$/

export interface LogoImage {
  type: string
  bytes: Buffer
}

export function logoImage(dataUrl: string | null | undefined): LogoImage | null {
  const match = dataUrl ? bitmapLogo.exec(dataUrl) : null
  return match ? { type: match[1]!, bytes: Buffer.from(match[2]!, 'base64') } : null
}

/** The logo's path when previews can show it, else null (the page shares the default card). */
export const shareableLogoPath = (path: string, dataUrl: string | null | undefined): string | null =>
  logoImage(dataUrl) ? path : null
