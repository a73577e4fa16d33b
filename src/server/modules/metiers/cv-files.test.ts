import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleDocx, sampleExe, sampleOdt, samplePdf, zipOf } from './application-fixtures'
import { detectCvType } from './cv-files'

describe('what a CV is, read from its bytes', () => {
  it('recognises a PDF, a Word document and an OpenDocument text', () => {
    expect(detectCvType(samplePdf())).toBe('application/pdf')
    expect(detectCvType(sampleDocx())).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(detectCvType(sampleOdt())).toBe('application/vnd.oasis.opendocument.text')
  })

  it('refuses a text file, a program, and ZIPs that are not text documents', () => {
    expect(detectCvType(Buffer.from('Jean Dupont, aide-soignant, 10 ans d’expérience', 'utf8'))).toBeNull()
    expect(detectCvType(sampleExe())).toBeNull()
    // A spreadsheet: the right container, the wrong document.
    expect(
      detectCvType(
        zipOf([
          { name: '[Content_Types].xml', data: '<Types/>' },
          { name: 'xl/workbook.xml', data: '<x/>' },
        ]),
      ),
    ).toBeNull()
    expect(
      detectCvType(zipOf([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }])),
    ).toBeNull()
    expect(detectCvType(zipOf([{ name: 'photo.jpg', data: 'ÿØÿà' }]))).toBeNull()
  })

  it('never takes bytes that do not start like a PDF or a ZIP', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (raw) => {
        const bytes = Buffer.from(raw)
        fc.pre(
          bytes.subarray(0, 5).toString('latin1') !== '%PDF-' &&
            bytes.subarray(0, 2).toString('latin1') !== 'PK',
        )
        expect(detectCvType(bytes)).toBeNull()
      }),
    )
  })

  it('never throws on a broken ZIP, whatever follows its first header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 400 }), fc.nat(400), (tail, cut) => {
        const damaged = Buffer.concat([sampleDocx().subarray(0, cut), Buffer.from(tail)])
        expect(() => detectCvType(damaged)).not.toThrow()
      }),
    )
  })
})
