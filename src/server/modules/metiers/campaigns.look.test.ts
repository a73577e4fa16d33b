import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { campaignPagePath, campaignSlug } from '../../../shared/modules/metiers/campaigns.contract'
import { contrastWithWhite, hexToRgb, readableColour } from './campaigns.look'

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`)

describe('territory colours', () => {
  it('always gives a colour white text reads on at 4.5:1, unchanged when it already does', () => {
    fc.assert(
      fc.property(hex, (colour) => {
        const readable = readableColour(colour, '#1f4e8c')
        expect(contrastWithWhite(hexToRgb(readable)!)).toBeGreaterThanOrEqual(4.5)
        if (contrastWithWhite(hexToRgb(colour)!) >= 4.5) expect(readable).toBe(colour)
      }),
    )
  })

  it('falls back on the default for a colour that is not #RRGGBB', () => {
    expect(readableColour('rouge', '#1f4e8c')).toBe('#1f4e8c')
    expect(readableColour(null, '#1f4e8c')).toBe('#1f4e8c')
  })
})

describe('campaign page addresses', () => {
  it('accepts only slugs that are their own clean URL segment', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (input) => {
        const parsed = campaignSlug.safeParse(input)
        if (!parsed.success) return
        expect(encodeURIComponent(parsed.data)).toBe(parsed.data)
        expect(parsed.data).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(campaignPagePath(parsed.data)).toBe(`/metiers/territoires/${parsed.data}`)
      }),
    )
  })

  it('explains a refused slug in French', () => {
    const refused = campaignSlug.safeParse('Aide à domicile')
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toMatch(/minuscules sans accents/)
  })
})
