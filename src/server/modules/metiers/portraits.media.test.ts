import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../shared/errors'
import { checkPortraitFile, detectMediaType } from './portraits.media'

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

describe('portrait files', () => {
  it('recognises each accepted type by its first bytes', () => {
    expect(detectMediaType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg')
    expect(detectMediaType(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toBe('image/png')
    expect(detectMediaType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp')
    expect(detectMediaType(bytes([0, 0, 0, 0x20], 'ftypmp42'))).toBe('video/mp4')
    expect(detectMediaType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toBe('video/webm')
    expect(detectMediaType(bytes([0xef, 0xbb, 0xbf], 'WEBVTT\n\n'))).toBe('text/vtt')
    expect(detectMediaType(bytes('WEBVTT'))).toBe('text/vtt')
    expect(detectMediaType(bytes('WEBVTTX'))).toBeUndefined()
    expect(detectMediaType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeUndefined()
    expect(detectMediaType(bytes('%PDF-1.7'))).toBeUndefined()
  })

  it('refuses a file of the wrong kind or too large with a French message', () => {
    const png = bytes([0x89], 'PNG\r\n', [0x1a, 0x0a])
    expect(() => checkPortraitFile('video', png)).toThrow(/La vidéo doit être une vidéo MP4 ou WebM/)
    expect(() => checkPortraitFile('captions', bytes('WEBVTT\n', [0xff, 0xfe]))).toThrow(/UTF-8/)
    const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)])
    expect(() => checkPortraitFile('photo', big)).toThrow(/La photo pèse 5 Mo : 5 Mo au plus/)
    expect(checkPortraitFile('photo', png).type).toBe('image/png')
  })

  it('never accepts random bytes as something else than what they start with', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom('photo' as const, 'video' as const, 'captions' as const),
        (data, kind) => {
          try {
            const { type } = checkPortraitFile(kind, Buffer.from(data))
            expect(detectMediaType(Buffer.from(data))).toBe(type)
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError)
          }
        },
      ),
    )
  })
})
