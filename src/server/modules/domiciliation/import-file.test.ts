import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../shared/errors'
import { decodeText, detectSeparator, parseCsv, readSheetFile } from './import-file'
import { workbook } from './import.fixtures'
import { MAX_UNPACKED_BYTES } from './zip-guard'

/** A CSV as a tableur writes it: a field is quoted when it holds a separator, a quote or a line break. */
function toCsv(table: string[][], separator: string, newline: string) {
  const field = (v: string) => (/[;,\t"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
  return table.map((r) => r.map(field).join(separator)).join(newline)
}

const text = fc.string({ unit: fc.constantFrom(...'aéÉèçœ ;,"\n\r\tzZ0-’«»'.split('')), maxLength: 12 })

describe('reading an import file', () => {
  it('reads back any table written as CSV, with either separator and any line ending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((width) =>
          fc.tuple(
            fc.array(
              fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(...'NomPréné'.split('')) }),
              {
                minLength: width,
                maxLength: width,
              },
            ),
            fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 8 }),
          ),
        ),
        fc.constantFrom(';', ','),
        fc.constantFrom('\n', '\r\n', '\r'),
        ([header, body], separator, newline) => {
          const table = [header, ...body]
          const csv = toCsv(table, separator, newline)
          expect(detectSeparator(csv)).toBe(separator)
          const expected = table
            .map((r) => r.map((c) => (c === '' ? null : c)))
            .filter((r) => r.some((c) => c !== null && c.trim() !== ''))
          expect(parseCsv(csv, separator).map((r) => r.cells)).toEqual(expected)
        },
      ),
    )
  })

  it('numbers each record as its spreadsheet row, skipping empty lines but not their numbers', () => {
    const rows = parseCsv('Nom;Prénom\n\nLefèvre;"Hélène\nMarie"\nMartin;Zoé', ';')
    expect(rows.map((r) => [r.number, r.cells])).toEqual([
      [1, ['Nom', 'Prénom']],
      [3, ['Lefèvre', 'Hélène\nMarie']],
      [4, ['Martin', 'Zoé']],
    ])
    expect(() => parseCsv('Nom;Prénom\n"Lefèvre;Hélène\n', ';')).toThrow(/guillemet ouvert à la ligne 2/)
  })

  it('reads UTF-8 with or without BOM, and Windows-1252 from a French Excel', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (s, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(s, 'utf8')])
        fc.pre(!s.includes('\uFFFD'))
        expect(decodeText(bytes)).toEqual({ text: s, encoding: 'utf-8' })
      }),
    )
    const cp1252 = Buffer.from([
      0x4c, 0x65, 0x66, 0xe8, 0x76, 0x72, 0x65, 0x3b, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x80,
    ])
    expect(decodeText(cp1252)).toEqual({ text: 'Lefèvre;œuvre €', encoding: 'windows-1252' })
  })

  it('answers any bytes with a table or a DomainError, never anything else', async () => {
    const valid = await workbook(['Nom', 'Prénom'], [['Lefèvre', 'Hélène']])
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a)),
          fc
            .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 12,
            })
            .map((flips) => {
              const copy = Buffer.from(valid)
              for (const [at, byte] of flips) copy[at] = byte
              return copy
            }),
          fc
            .uint8Array({ maxLength: 300 })
            .map((a) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(a)])),
        ),
        async (bytes) => {
          try {
            const file = await readSheetFile(bytes)
            expect(Array.isArray(file.rows)).toBe(true)
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError)
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('refuses an archive that unpacks beyond the limit, even when its sizes lie', async () => {
    const huge = deflateRawSync(Buffer.alloc(MAX_UNPACKED_BYTES + 1024 * 1024))
    const name = Buffer.from('xl/worksheets/sheet1.xml')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(huge.length, 18)
    local.writeUInt32LE(100, 22) // a declared size that lies
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(huge.length, 20)
    central.writeUInt32LE(100, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(0, 42)
    const directoryOffset = local.length + name.length + huge.length
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(1, 8)
    end.writeUInt16LE(1, 10)
    end.writeUInt32LE(central.length + name.length, 12)
    end.writeUInt32LE(directoryOffset, 16)
    const bomb = Buffer.concat([local, name, huge, central, name, end])
    await expect(readSheetFile(bomb)).rejects.toMatchObject({
      code: 'payload_too_large',
      message: expect.stringMatching(/80 Mo au plus/),
    })
  })
})
