import { describe, expect, test } from 'vitest'
import { ar } from './ar'
import { en } from './en'
import { fr } from './fr'

/** Every key path of a texts object, with its text. */
function entries(texts: object, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null
      ? entries(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  )
}

const arabicOnlyForms = /_(two|few|many)$/

describe('portal texts', () => {
  test('English and Arabic say everything French says, the pages’, the candidate space’s and the campaigns’', () => {
    const keys = entries(fr)
      .map(([k]) => k)
      .sort()
    expect(keys.length).toBeGreaterThan(200)
    expect(
      entries(en)
        .map(([k]) => k)
        .sort(),
    ).toEqual(keys)
    expect(
      entries(ar)
        .map(([k]) => k)
        .filter((k) => !arabicOnlyForms.test(k))
        .sort(),
    ).toEqual(keys)
  })

  test('no text is empty, and each language keeps the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    const english = new Map(entries(en))
    const arabic = new Map(entries(ar))
    for (const [key, text] of entries(fr)) {
      expect(text.trim(), key).not.toBe('')
      expect(placeholders(english.get(key) ?? ''), `en ${key}`).toEqual(placeholders(text))
      expect(placeholders(arabic.get(key) ?? ''), `ar ${key}`).toEqual(placeholders(text))
    }
  })

  test('Arabic counted texts exist in every plural form Arabic uses', () => {
    const arabic = new Map(entries(ar))
    for (const [key] of entries(fr).filter(([k]) => k.endsWith('_other'))) {
      const stem = key.slice(0, -'_other'.length)
      for (const form of ['_two', '_few', '_many', '_other'])
        expect(arabic.has(stem + form), stem + form).toBe(true)
    }
  })
})
