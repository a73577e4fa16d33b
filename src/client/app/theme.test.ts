import { describe, expect, test } from 'vitest'
import {
  contrastRatio,
  contrastWithWhite,
  parseHex,
  readableOnWhiteText,
  themeVariables,
  toHex,
} from './theme'

describe('tenant colours', () => {
  test('parses and prints #RRGGBB', () => {
    expect(parseHex('#1D4ED8')).toEqual({ r: 0x1d, g: 0x4e, b: 0xd8 })
    expect(parseHex('1d4ed8')).toEqual({ r: 0x1d, g: 0x4e, b: 0xd8 })
    expect(parseHex('#12345')).toBeNull()
    expect(parseHex('rouge')).toBeNull()
    expect(toHex({ r: 29, g: 78, b: 216 })).toBe('#1d4ed8')
  })

  test('computes the WCAG contrast ratio', () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 5)
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5)
    // Known value: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2)
    expect(contrastWithWhite('nope')).toBeNull()
  })

  test('keeps a colour that already gives 4.5:1 with white text', () => {
    expect(readableOnWhiteText('#1D4ED8')).toBe('#1d4ed8')
    expect(readableOnWhiteText('#000000')).toBe('#000000')
  })

  test.each(['#ffdd00', '#ffffff', '#00ff00', '#ff7f50', '#87ceeb', '#b45309'])(
    'darkens %s until white text on it reaches 4.5:1, no more than needed',
    (colour) => {
      const used = readableOnWhiteText(colour)
      expect(contrastWithWhite(used)).toBeGreaterThanOrEqual(4.5)
      const original = parseHex(colour)!
      const darker = parseHex(used)!
      // Same hue family: every channel is scaled down, never up.
      expect(darker.r).toBeLessThanOrEqual(original.r)
      expect(darker.g).toBeLessThanOrEqual(original.g)
      expect(darker.b).toBeLessThanOrEqual(original.b)
      // Darkened in small steps: just past the threshold, not far beyond (the brand stays recognisable).
      if (used !== colour) expect(contrastWithWhite(used)).toBeLessThan(4.9)
    },
  )

  test('falls back to the default colours when the value is not a colour', () => {
    expect(readableOnWhiteText('pas une couleur', '#123456')).toBe('#123456')
    const vars = themeVariables({ primaryColor: '#ffdd00', accentColor: null })
    expect(contrastWithWhite(vars['--color-primary']!)).toBeGreaterThanOrEqual(4.5)
    expect(contrastWithWhite(vars['--color-accent']!)).toBeGreaterThanOrEqual(4.5)
  })
})
