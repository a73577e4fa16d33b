import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, isWorkingDay, parisDate, workingDaysBetween } from '../../dates'
import { defaultAnnouncedDelays, requestChannels, type AnnouncedDelays } from './accueil.constants'
import { dueDate, holidayOptionsFor, previousWorkingDay } from './due-date'

const delays: AnnouncedDelays = { ...defaultAnnouncedDelays, telephone: 1 }
const paris = (iso: string) => new Date(iso)

describe('due date of a request', () => {
  it('skips the 14 July and Christmas, and counts from the day after reception', () => {
    // Monday 13 July 2026, the eve of the Fête nationale: one working day later is Wednesday 15.
    expect(dueDate(paris('2026-07-13T16:00:00+02:00'), 'telephone', delays)).toBe('2026-07-15')
    // Thursday 24 December 2026: Christmas is a Friday, so the next working day is Monday 28;
    // five working days run to Monday 4 January, over New Year's Day.
    expect(dueDate(paris('2026-12-24T10:00:00+01:00'), 'telephone', delays)).toBe('2026-12-28')
    expect(dueDate(paris('2026-12-24T10:00:00+01:00'), 'courriel', delays)).toBe('2027-01-04')
    // Fifteen working days for a letter received on Friday 30 April 2027 (1 and 8 May are Saturdays; Ascension on 6 May, Pentecost Monday on 17 May).
    expect(dueDate(paris('2027-04-30T09:00:00+02:00'), 'courrier', delays)).toBe('2027-05-25')
  })

  it('gives a walk-in the same day, or the next working day when it comes on a holiday', () => {
    expect(dueDate(paris('2026-03-04T11:00:00+01:00'), 'accueil_physique', delays)).toBe('2026-03-04')
    expect(dueDate(paris('2026-12-25T11:00:00+01:00'), 'accueil_physique', delays)).toBe('2026-12-28')
  })

  it('takes the day in Paris, not in UTC', () => {
    // 23:30 UTC on Sunday 1 March is 00:30 on Monday 2 March in Paris.
    expect(dueDate(paris('2026-03-01T23:30:00Z'), 'courriel', { ...delays, courriel: 2 })).toBe('2026-03-04')
    // 22:30 UTC on 28 June is already 29 June in Paris (summer time).
    expect(dueDate(paris('2026-06-28T22:30:00Z'), 'accueil_physique', delays)).toBe('2026-06-29')
  })

  it('adds Good Friday and Saint-Étienne in Alsace and Moselle', () => {
    expect(holidayOptionsFor('67482')).toEqual({ alsaceMoselle: true })
    expect(holidayOptionsFor('25056')).toEqual({ alsaceMoselle: false })
    expect(holidayOptionsFor(null)).toEqual({ alsaceMoselle: false })
    const thursday = paris('2026-04-02T10:00:00+02:00')
    expect(dueDate(thursday, 'telephone', delays)).toBe('2026-04-03')
    expect(dueDate(thursday, 'telephone', delays, holidayOptionsFor('57463'))).toBe('2026-04-07')
  })

  it('puts the J-1 reminder on the working day before', () => {
    expect(previousWorkingDay('2026-07-15')).toBe('2026-07-13')
    expect(previousWorkingDay('2026-12-28')).toBe('2026-12-24')
  })

  const instant = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  const channel = fc.constantFrom(...requestChannels)
  const delayTable = fc.record(
    Object.fromEntries(requestChannels.map((c) => [c, fc.integer({ min: 0, max: 60 })])),
  ) as fc.Arbitrary<AnnouncedDelays>

  it('never falls on a weekend or a public holiday, and counts exactly the announced working days (property)', () => {
    fc.assert(
      fc.property(instant, channel, delayTable, fc.boolean(), (at, c, table, alsace) => {
        const options = { alsaceMoselle: alsace }
        const due = dueDate(at, c, table, options)
        const received = parisDate(at)
        expect(isWorkingDay(due, options)).toBe(true)
        expect(due >= received).toBe(true)
        if (table[c] > 0) expect(workingDaysBetween(received, due, options)).toBe(table[c])
        else for (let d = received; d < due; d = addDays(d, 1)) expect(isWorkingDay(d, options)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('never moves earlier when the request arrives later (property)', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 40 * 86_400_000 }),
        channel,
        delayTable,
        (at, later, c, table) => {
          const a = dueDate(at, c, table)
          const b = dueDate(new Date(at.getTime() + later), c, table)
          expect(a <= b).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})
