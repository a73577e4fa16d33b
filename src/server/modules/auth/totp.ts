import { generate, generateSecret, generateURI, verify } from 'otplib'
import QRCode from 'qrcode'

const ISSUER = 'Lien'

export const newTotpSecret = () => generateSecret()

export async function totpEnrolment(secret: string, label: string) {
  const otpauthUri = generateURI({ issuer: ISSUER, label, secret })
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return { secret, otpauthUri, qrSvg }
}

/** Accepts the current code and the neighbouring ones (30 s of clock drift either way). */
export async function checkTotp(secret: string, code: string): Promise<boolean> {
  const result = await verify({ secret, token: code, epochTolerance: 30 })
  return result.valid
}

export const currentTotp = (secret: string) => generate({ secret })
