import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { weekDays, weeklyHours } from '../../../../shared/modules/partenaires/directory.constants'
import { changedFields, numberOrNull, orNull } from './entry-forms'
import { emptyWeek, hoursOfDraft, weekDraftOf } from './hours-draft'

const minute = fc.integer({ min: 0, max: 23 * 60 + 59 })
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/** Valid hours of a day: sorted, separate spans. */
const daySpans = fc
  .uniqueArray(minute, { maxLength: 8 })
  .map((ms) => [...ms].sort((a, b) => a - b))
  .map((ms) => {
    const spans: [string, string][] = []
    for (let i = 0; i + 1 < ms.length && spans.length < 3; i += 3)
      spans.push([clock(ms[i]!), clock(ms[i + 1]!)])
    return spans
  })
const week = fc.record(
  Object.fromEntries(weekDays.map((d) => [d, daySpans])) as Record<
    (typeof weekDays)[number],
    typeof daySpans
  >,
)

describe('entry forms', () => {
  test('stored hours come back the same through the editor, and are hours the server accepts', () => {
    fc.assert(
      fc.property(week, (w) => {
        const stored = hoursOfDraft(weekDraftOf(w))
        expect(weeklyHours.safeParse(stored).success).toBe(true)
        for (const day of weekDays) expect(stored[day] ?? []).toEqual(w[day])
        expect(weekDraftOf(stored)).toEqual(weekDraftOf(w))
      }),
    )
  })

  test('a day without a span is left out (closed); a span left blank is dropped', () => {
    const draft = emptyWeek()
    draft.lundi = [
      ['09:00', '12:00'],
      ['', ''],
    ]
    expect(hoursOfDraft(draft)).toEqual({ lundi: [['09:00', '12:00']] })
    expect(hoursOfDraft(emptyWeek())).toEqual({})
  })

  test('only the fields that changed are sent, and applying them gives the new values', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
    )
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value)
    fc.assert(
      fc.property(record, record, (original, next) => {
        const changed = changedFields(original, next)
        const merged: Record<string, unknown> = { ...original, ...changed }
        // A field absent from the stored entry reads as empty (null).
        for (const key of Object.keys(next)) expect(merged[key] ?? null).toEqual(next[key] ?? null)
        for (const key of Object.keys(changed))
          expect(JSON.stringify(original[key] ?? null)).not.toBe(JSON.stringify(next[key] ?? null))
      }),
    )
  })

  test('blank texts are cleared, numbers typed are numbers, and a wrong number is kept for the server to name', () => {
    expect(orNull('  ')).toBeNull()
    expect(orNull(' 03 81 ')).toBe('03 81')
    expect(numberOrNull('')).toBeNull()
    expect(numberOrNull('18')).toBe(18)
    expect(numberOrNull('dix-huit')).toBeNaN()
  })
})
