import { deflateSync } from 'node:zlib'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { accentColour, orientationSheetPdf, type SheetModel } from './sheet-document'

const model: SheetModel = {
  language: 'falc',
  printedOn: '2026-11-23',
  keeper: { name: 'CCAS de Besançon', logoDataUrl: null, primaryColor: '#1d4f91' },
  structure: { name: 'Les Glanes', phone: '03 81 00 00 01', email: null, confirmedOn: '2026-10-01' },
  service: {
    name: 'Épicerie sociale',
    description: 'Des produits à petit prix. '.repeat(80),
    accessConditions: '',
    referralMode: 'sur_rdv',
    whatToBring: 'Une pièce d’identité. '.repeat(40),
    languages: ['fr', 'ar'],
    phone: null,
    email: null,
  },
  place: null,
  week: null,
  home: null,
  publicUrl: 'http://localhost:3000/public/x/annuaire/services/y',
  referral: null,
}

/** A 1 × 1 PNG, as an organisation's logo. */
function onePixelPng() {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (b: Buffer) => {
    let c = 0xffffffff
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64')
}

const hasImage = (bytes: Uint8Array) => Buffer.from(bytes).includes('/Subtype /Image')

describe('the sheet document', () => {
  it('prints the organisation’s PNG logo, and only its name for a logo a PDF cannot carry', async () => {
    const withLogo = await orientationSheetPdf({
      ...model,
      keeper: { ...model.keeper, logoDataUrl: `data:image/png;base64,${onePixelPng()}` },
    })
    expect(hasImage(withLogo)).toBe(true)
    const svgLogo = await orientationSheetPdf({
      ...model,
      keeper: { ...model.keeper, logoDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' },
    })
    expect(hasImage(svgLogo)).toBe(false)
  })

  it('goes on to a second page when the texts are long', async () => {
    const doc = await PDFDocument.load(await orientationSheetPdf(model))
    expect(doc.getPageCount()).toBeGreaterThan(1)
  })

  it('colours pictograms with the organisation’s colour only when white stays readable on it', () => {
    expect(accentColour('#1d4f91')).toMatchObject({ red: 0x1d / 255, green: 0x4f / 255, blue: 0x91 / 255 })
    expect(accentColour('#ffd400')).toEqual(accentColour(null))
    expect(accentColour('pas une couleur')).toEqual(accentColour(null))
  })
})
