import { inflateRawSync } from 'node:zlib'
import { DomainError } from '../../../shared/errors'

/** What an XLSX of an import may unpack to: a large city's base is a few tens of megabytes of XML. */
export const MAX_UNPACKED_BYTES = 80 * 1024 * 1024
const MAX_ENTRIES = 1000

const unreadable = () =>
  new DomainError('validation', 'Fichier XLSX illisible : enregistrez-le de nouveau depuis votre tableur.')
const tooLarge = () =>
  new DomainError(
    'payload_too_large',
    `Fichier XLSX trop volumineux une fois décompressé (${MAX_UNPACKED_BYTES / (1024 * 1024)} Mo au plus) : découpez-le.`,
  )

/**
 * Checks an XLSX (a ZIP archive) before any spreadsheet library opens it: every entry is
 * inflated here with a bounded output, so a decompression bomb or an archive whose sizes lie is
 * refused with a 4xx instead of filling the memory.
 */
export function assertSafeZip(bytes: Buffer): void {
  // End of central directory: 22 bytes, possibly followed by a comment of up to 65,535 bytes.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw unreadable()
  const entries = bytes.readUInt16LE(eocd + 10)
  const directorySize = bytes.readUInt32LE(eocd + 12)
  const directoryOffset = bytes.readUInt32LE(eocd + 16)
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw unreadable() // ZIP64: not from a tableur's XLSX
  if (entries > MAX_ENTRIES) throw tooLarge()
  if (directoryOffset + directorySize > bytes.length) throw unreadable()

  let at = directoryOffset
  let unpacked = 0
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw unreadable()
    const method = bytes.readUInt16LE(at + 10)
    const compressedSize = bytes.readUInt32LE(at + 20)
    const declaredSize = bytes.readUInt32LE(at + 24)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const localOffset = bytes.readUInt32LE(at + 42)
    at += 46 + nameLength + extraLength + commentLength

    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw unreadable()
    const dataStart =
      localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28)
    if (dataStart + compressedSize > bytes.length) throw unreadable()
    const budget = MAX_UNPACKED_BYTES - unpacked
    if (declaredSize > budget) throw tooLarge()
    let size: number
    if (method === 0) size = compressedSize
    else if (method === 8) {
      try {
        size = inflateRawSync(bytes.subarray(dataStart, dataStart + compressedSize), {
          maxOutputLength: Math.max(1, budget),
        }).length
      } catch (err) {
        if (err instanceof RangeError) throw tooLarge()
        throw unreadable()
      }
    } else throw unreadable()
    unpacked += size
    if (unpacked > MAX_UNPACKED_BYTES) throw tooLarge()
  }
}
