import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeHtml, frenchEuros, jsonForScript, plainSummary } from './page-html'

describe('page text helpers', () => {
  it('escapes any text so that it can neither open a tag nor leave an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text)
        expect(escaped).not.toMatch(/[<>"']/)
        // Reading the entities back gives the text unchanged.
        const read = escaped
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&quot;', '"')
          .replaceAll('&#39;', "'")
          .replaceAll('&amp;', '&')
        expect(read).toBe(text)
      }),
    )
  })

  it('writes JSON that no text can break out of a script block, and that reads back the same', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const payload = { value, text: `${text}</script><!--<script>` }
        const written = jsonForScript(payload)
        expect(written).not.toMatch(/[<>]/)
        expect(written.toLowerCase()).not.toContain('</script')
        expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(payload)))
      }),
    )
  })

  it('cuts a description at a word, on one line, without tags', () => {
    const summary = plainSummary(
      `<h2>Le poste</h2><p>${'Accompagner des personnes âgées à domicile. '.repeat(10)}</p>`,
    )
    expect(summary.length).toBeLessThanOrEqual(160)
    expect(summary).toMatch(/^Le poste Accompagner des personnes/)
    expect(summary.endsWith('…')).toBe(true)
    expect(summary).not.toMatch(/[<>\n]/)
    fc.assert(
      fc.property(fc.string(), (html) => {
        expect(plainSummary(html).length).toBeLessThanOrEqual(160)
      }),
    )
  })

  it('writes euros the French way, without cents when there are none', () => {
    expect(frenchEuros(1900)).toBe('1\u00a0900\u00a0€')
    expect(frenchEuros(12.5)).toBe('12,50\u00a0€')
  })
})
