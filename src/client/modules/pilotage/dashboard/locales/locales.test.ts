import { describe, expect, it } from 'vitest'
import { ar } from './ar'
import { en } from './en'
import { fr } from './fr'

/** Every key path of a texts object, with the {{placeholders}} of each text. */
function shape(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? shape(value as object, `${prefix}${key}.`)
      : [
          `${prefix}${key} ${[...String(value).matchAll(/{{(\w+)}}/g)]
            .map((m) => m[1])
            .sort()
            .join(',')}`,
        ],
  )
}

describe('texts of the dashboard page', () => {
  it('have the same keys and placeholders in French, English and Arabic', () => {
    expect(shape(en).sort()).toEqual(shape(fr).sort())
    expect(shape(ar).sort()).toEqual(shape(fr).sort())
  })
})
