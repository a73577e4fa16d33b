import { describe, expect, test } from 'vitest'
import { shiftHeadings } from './RichText'

describe('rich text under a section heading', () => {
  test('its headings go one level down, and nothing else changes', () => {
    expect(shiftHeadings('<h2>Le matin</h2><p>Toilette <strong>h2</strong></p><h3 class="x">Midi</h3>')).toBe(
      '<h3>Le matin</h3><p>Toilette <strong>h2</strong></p><h4 class="x">Midi</h4>',
    )
    expect(shiftHeadings('<p>Un <a href="https://h2.example">lien</a></p>')).toBe(
      '<p>Un <a href="https://h2.example">lien</a></p>',
    )
  })
})
