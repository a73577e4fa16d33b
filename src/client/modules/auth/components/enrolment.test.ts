import { describe, expect, test } from 'vitest'
import { groupSecret, svgDataUrl } from './enrolment'

describe('TOTP enrolment display', () => {
  test('shows the secret in groups of four for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP')
    expect(groupSecret('ABCDEF')).toBe('ABCD EF')
    expect(groupSecret('AB CD')).toBe('ABCD')
  })

  test('turns the SVG document into a data URL an <img> can show under the CSP', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>')
    expect(url.startsWith('data:image/svg+xml;utf8,')).toBe(true)
    expect(decodeURIComponent(url.slice('data:image/svg+xml;utf8,'.length))).toContain('<path d="M0 0h1"/>')
    expect(url).not.toMatch(/[<>"#]/)
  })
})
