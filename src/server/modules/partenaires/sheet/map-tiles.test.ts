import { createServer, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compassOf, distanceAndBearing, loadTile, worldPixel } from './map-tiles'
import { orientationSheetPdf, type SheetModel } from './sheet-document'
import { scaleLength } from './map-drawing'

/** A plain 256 × 256 PNG, as a tile service would send. */
function pngTile(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(8 + data.length + 4)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(256, 0)
  header.writeUInt32BE(256, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(256 * 3, 0xdd)])
  const pixels = Buffer.concat(Array.from({ length: 256 }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const model: SheetModel = {
  language: 'fr',
  printedOn: '2026-11-23',
  keeper: { name: 'CCAS de Besançon', logoDataUrl: null, primaryColor: '#1d4f91' },
  structure: { name: 'Les Glanes', phone: null, email: null, confirmedOn: '2026-10-01' },
  service: {
    name: 'Épicerie sociale',
    description: '',
    accessConditions: '',
    referralMode: 'sans_rdv',
    whatToBring: '',
    languages: ['fr'],
    phone: null,
    email: null,
  },
  place: {
    name: 'Les Glanes',
    address: '4 rue de Vesoul, 25000 Besançon',
    access: '',
    wheelchairAccessible: false,
    hearingLoop: false,
    position: { latitude: 47.2468, longitude: 6.0225 },
  },
  week: null,
  home: { label: 'CCAS de Besançon', position: { latitude: 47.2378, longitude: 6.0241 } },
  publicUrl: 'http://localhost:3000/public/x/annuaire/services/y',
  referral: null,
}
const hasImage = (bytes: Uint8Array) => Buffer.from(bytes).includes('/Subtype /Image')

let server: Server
let url: string
let requests = 0
let cacheDir: string
beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'lien-tiles-'))
  const tile = pngTile()
  server = createServer((req, res) => {
    requests++
    const q = new URL(req.url!, 'http://x').searchParams
    if (q.get('LAYER') !== 'GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2' || q.get('TILEMATRIXSET') !== 'PM') {
      res.statusCode = 400
      return res.end()
    }
    res.setHeader('content-type', 'image/png')
    res.end(tile)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wmts`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(cacheDir, { recursive: true, force: true })
})

describe('the sheet’s map', () => {
  it('draws the plan when tiles cannot be fetched, and the sheet is the same as without tiles', async () => {
    const unreachable = { url: 'http://127.0.0.1:9/wmts', cacheDir, timeoutMs: 500 }
    const withFailingTiles = await orientationSheetPdf(model, unreachable)
    const offline = await orientationSheetPdf(model)
    expect(hasImage(offline)).toBe(false)
    expect(Buffer.from(withFailingTiles).equals(Buffer.from(offline))).toBe(true)
  })

  it('prints IGN tiles around the place, cached on disk for the next sheet', async () => {
    const source = { url, cacheDir }
    const first = await orientationSheetPdf(model, source)
    expect(hasImage(first)).toBe(true)
    const fetched = requests
    expect(fetched).toBeGreaterThan(0)
    const again = await orientationSheetPdf(model, source)
    expect(requests).toBe(fetched)
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true)
    const { x, y } = worldPixel(model.place!.position!, 16)
    expect(
      await loadTile(
        { url: 'http://127.0.0.1:9/wmts', cacheDir },
        16,
        Math.floor(x / 256),
        Math.floor(y / 256),
      ),
    ).not.toBeNull()
  })

  it('measures distance and direction from the CCAS', () => {
    const { metres, bearing } = distanceAndBearing(model.home!.position, model.place!.position!)
    expect(metres).toBeGreaterThan(950)
    expect(metres).toBeLessThan(1050)
    // Les Glanes are about 1 km north of the CCAS, a little to the west.
    expect(compassOf(bearing)).toBe(0)
    expect(compassOf(0)).toBe(0)
    expect(compassOf(90)).toBe(2)
    expect(compassOf(350)).toBe(0)
    expect(compassOf(225)).toBe(5)
  })

  it('chooses a round scale length', () => {
    expect(scaleLength(4, 400).metres).toBe(200)
    expect(scaleLength(40, 400).metres).toBe(2000)
  })
})
