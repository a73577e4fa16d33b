// Test fixtures for applications: offers written as the owner (independent of the offers' own
// routes), and CV files built byte by byte.
import { crc32 } from 'node:zlib'
import type { Db } from '../../db/client'
import type { StoredMail } from '../../platform/mailer'
import { newId } from '../../../shared/ids'
import { jobOffers } from './offers.table'

const DAY_MS = 86_400_000

export async function insertOffer(
  owner: Db,
  organisationId: string,
  input: { title?: string; state?: string; expiresAt?: Date | null; now?: Date } = {},
) {
  const now = input.now ?? new Date()
  const title = input.title ?? 'Aide à domicile'
  const [offer] = await owner
    .insert(jobOffers)
    .values({
      organisationId,
      slug: `${title
        .normalize('NFD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .toLowerCase()
        .replace(/^-|-$/g, '')}-${newId().slice(-6)}`,
      codeRome: 'K1302',
      title,
      descriptionHtml: '<p>Accompagner des personnes âgées chez elles.</p>',
      contract: 'cdi',
      workTime: 'temps_plein',
      postcode: '25000',
      commune: 'Besançon',
      state: input.state ?? 'publiee',
      publishedAt: now,
      expiresAt: input.expiresAt === undefined ? new Date(now.getTime() + 60 * DAY_MS) : input.expiresAt,
    })
    .returning()
  return offer!
}

/** A ZIP of stored (uncompressed) entries, as office suites write their first entries. */
export function zipOf(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = Buffer.from(entry.data, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += 30 + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export const samplePdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')
export const sampleDocx = () =>
  zipOf([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ])
export const sampleOdt = () =>
  zipOf([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    { name: 'content.xml', data: '<office:document-content/>' },
  ])
/** The start of a Windows program (MZ header, PE signature). */
export const sampleExe = () => {
  const b = Buffer.alloc(512)
  b.write('MZ', 0, 'latin1')
  b.writeUInt32LE(0x80, 0x3c)
  b.write('PE\0\0', 0x80, 'latin1')
  return b
}

/** The follow-up token in a candidate's e-mail. */
export function followTokenIn(mail: StoredMail): string {
  const m = /\/metiers\/candidatures\/suivi\/([A-Za-z0-9_-]+)/.exec(mail.text)
  if (!m) throw new Error(`pas de lien de suivi dans « ${mail.subject} »`)
  return m[1]!
}
