import { generate, generateSecret, generateURI, verify } from 'otplib'
import QRCode from 'qrcode'

const ISSUER = 'Lien'

export const newTotpSecret = () => generateSecret()

export async function totpEnrolment(secret: string, label: string) {
  const otpauthUri = generateURI({ issuer: ISSUER, label, secret })
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return { secret, otpauthUri, qrSvg }
}

/**
 * Accepts the current code and the neighbouring ones (30 s of clock drift either way), once:
 * returns the code's time step when it is valid and later than `lastStep`, otherwise null.
 */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const result = await verify({ secret, token: code, epochTolerance: 30 })
  if (!result.valid || !('timeStep' in result)) return null
  return lastStep !== null && result.timeStep <= lastStep ? null : result.timeStep
}

export const currentTotp = (secret: string) => generate({ secret })
