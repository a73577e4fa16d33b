import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, civil, type CivilDate } from '../../dates'
import {
  daysBetween,
  deadlineState,
  decisionDeadline,
  effectiveStatus,
  followUpOf,
  validityEnd,
  type FileStatus,
  type FollowUpFacts,
} from './domiciliation.constants'

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** Any existing day from 2000 to 2100, often one at the ends of a month (where the calendar bites). */
const anyDay = fc
  .record({
    y: fc.integer({ min: 2000, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => civil(y, m, Math.min(d, lastDayOf(y, m))))
const monthEnd = fc
  .record({
    y: fc.integer({ min: 2000, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    back: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ y, m, back }) => addDays(civil(y, m, lastDayOf(y, m)), -back))
const monthStart = fc
  .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => civil(y, m, 1))
const day = fc.oneof(anyDay, monthEnd, monthStart)
const parts = (d: CivilDate) => d.split('-').map(Number) as [number, number, number]

describe('the 2-month decision deadline', () => {
  it('falls two calendar months after the filing, on the last day of a shorter month', () => {
    expect(decisionDeadline('2026-03-02')).toBe('2026-05-02')
    expect(decisionDeadline('2026-12-31')).toBe('2027-02-28')
    expect(decisionDeadline('2027-12-31')).toBe('2028-02-29')
    expect(decisionDeadline('2026-08-31')).toBe('2026-10-31')
    expect(decisionDeadline('2026-07-31')).toBe('2026-09-30')
  })

  it('keeps the day when it exists, else takes the last day of the month (property)', () => {
    fc.assert(
      fc.property(day, (filed) => {
        const [y, m, d] = parts(filed)
        const [dy, dm, dd] = parts(decisionDeadline(filed))
        const target = m + 2 > 12 ? { y: y + 1, m: m - 10 } : { y, m: m + 2 }
        expect([dy, dm]).toEqual([target.y, target.m])
        expect(dd).toBe(Math.min(d, lastDayOf(target.y, target.m)))
        const span = daysBetween(filed, decisionDeadline(filed))
        expect(span).toBeGreaterThanOrEqual(58)
        expect(span).toBeLessThanOrEqual(62)
      }),
    )
  })
})

describe('one year of validity', () => {
  it('ends the day before the anniversary; from 29 February, on 28 February', () => {
    expect(validityEnd('2026-03-15')).toBe('2027-03-14')
    expect(validityEnd('2026-01-01')).toBe('2026-12-31')
    expect(validityEnd('2028-02-29')).toBe('2029-02-28')
    expect(validityEnd('2028-03-01')).toBe('2029-02-28')
    expect(validityEnd('2027-03-01')).toBe('2028-02-29')
  })

  it('lasts 365 or 366 days and the next day is the anniversary (property)', () => {
    fc.assert(
      fc.property(day, (start) => {
        const end = validityEnd(start)
        const [y, m, d] = parts(start)
        const next = addDays(end, 1)
        if (m === 2 && d === 29) expect(next).toBe(civil(y + 1, 3, 1))
        else expect(next).toBe(civil(y + 1, m, d))
        const length = daysBetween(start, end) + 1
        expect([365, 366]).toContain(length)
        // A year holding a 29 February is 366 days long.
        const spansLeapDay = (isLeap(y) && start <= civil(y, 2, 29)) || (isLeap(y + 1) && m > 2)
        expect(length).toBe(spansLeapDay ? 366 : 365)
      }),
    )
  })
})

const facts = (over: Partial<FollowUpFacts>): FollowUpFacts => ({
  status: 'valide',
  validFrom: '2026-01-10',
  validUntil: '2027-01-09',
  lastContactOn: null,
  hasPendingRequest: false,
  ...over,
})

describe('follow-up lists', () => {
  it('warns at 61 days, alarms at 16, then says expired', () => {
    const seen = facts({ lastContactOn: '2026-11-01' })
    // Valid until 9 January 2027: 62 days left on 8 November, 61 on 9 November, 16 on 24 December.
    expect(followUpOf(seen, '2026-11-08')).toEqual([])
    expect(followUpOf(seen, '2026-11-09')).toEqual(['expire_sous_61_jours'])
    expect(followUpOf(seen, '2026-12-23')).toEqual(['expire_sous_61_jours'])
    expect(followUpOf(seen, '2026-12-24')).toEqual(['expire_sous_16_jours', 'expire_sous_61_jours'])
    expect(followUpOf(facts({ lastContactOn: '2026-12-20' }), '2027-01-09')).toEqual([
      'expire_sous_16_jours',
      'expire_sous_61_jours',
    ])
    expect(followUpOf(facts({ lastContactOn: '2026-12-20' }), '2027-01-10')).toEqual(['expiree'])
    expect(effectiveStatus(facts({}), '2027-01-10')).toBe('expiree')
    expect(effectiveStatus(facts({}), '2027-01-09')).toBe('valide')
  })

  it('counts more than three months without contact from the last contact, or from the start of validity', () => {
    // Start of validity on 10 January: still fine on 10 April, a candidate on 11 April.
    expect(followUpOf(facts({}), '2026-04-10')).toEqual([])
    expect(followUpOf(facts({}), '2026-04-11')).toEqual(['sans_contact_3_mois'])
    // A contact on 31 May: three months later is 31 August; a candidate from 1 September.
    expect(followUpOf(facts({ lastContactOn: '2026-05-31' }), '2026-08-31')).toEqual([])
    expect(followUpOf(facts({ lastContactOn: '2026-05-31' }), '2026-09-01')).toEqual(['sans_contact_3_mois'])
    // An old contact before the current validity does not count against it.
    expect(followUpOf(facts({ lastContactOn: '2025-06-01' }), '2026-02-01')).toEqual([])
    // Radiated or refused files are not candidates any more.
    expect(followUpOf(facts({ status: 'radie' }), '2026-09-01')).toEqual([])
  })

  it('is coherent for any file and day (property)', () => {
    const status = fc.constantFrom<FileStatus>('instruction', 'valide', 'refus', 'radie')
    fc.assert(
      fc.property(day, day, fc.option(day), status, fc.boolean(), (from, today, contact, st, pending) => {
        const f = facts({
          status: st,
          validFrom: from,
          validUntil: validityEnd(from),
          lastContactOn: contact,
          hasPendingRequest: pending,
        })
        const classes = followUpOf(f, today)
        expect(new Set(classes).size).toBe(classes.length)
        expect(classes.includes('attente_decision')).toBe(pending)
        if (classes.includes('expire_sous_16_jours')) expect(classes).toContain('expire_sous_61_jours')
        expect(classes.includes('expiree') && classes.includes('expire_sous_61_jours')).toBe(false)
        expect(classes.includes('expiree')).toBe(effectiveStatus(f, today) === 'expiree')
        if (st !== 'valide') expect(classes.filter((c) => c !== 'attente_decision')).toEqual([])
        if (classes.includes('sans_contact_3_mois')) {
          const seen = [from, contact]
            .filter((d): d is string => d !== null)
            .sort()
            .pop()!
          expect(daysBetween(seen, today)).toBeGreaterThan(88)
        }
      }),
    )
  })

  it('says when a decision deadline is near (15 days) or passed', () => {
    expect(deadlineState('2026-05-02', '2026-04-16')).toBe('normale')
    expect(deadlineState('2026-05-02', '2026-04-17')).toBe('proche')
    expect(deadlineState('2026-05-02', '2026-05-02')).toBe('proche')
    expect(deadlineState('2026-05-02', '2026-05-03')).toBe('depassee')
  })
})
