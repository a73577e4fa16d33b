/** Logo files the server accepts: PNG, JPEG, WebP or SVG, 200 KB at most. */
export const logoTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const
export const logoMaxBytes = 200 * 1024

export type LogoCheck = 'ok' | 'type' | 'size'

export function checkLogo(file: { type: string; size: number }): LogoCheck {
  if (!(logoTypes as readonly string[]).includes(file.type)) return 'type'
  if (file.size > logoMaxBytes) return 'size'
  return 'ok'
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error ?? new Error('Lecture du fichier impossible'))
    reader.readAsDataURL(file)
  })
}
