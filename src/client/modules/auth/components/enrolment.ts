/** The secret in groups of four characters, easier to type by hand. */
export const groupSecret = (secret: string) => secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ')

/** An SVG document as a data URL for an <img> (img-src allows data:, no inline markup needed). */
export const svgDataUrl = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`
