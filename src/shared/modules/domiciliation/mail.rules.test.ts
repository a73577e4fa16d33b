import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../dates'
import {
  activeForwarding,
  arrivalFate,
  isActiveOn,
  proxyRefusal,
  shownStatus,
  type MailFileFacts,
} from './mail.rules'

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n))
const status = fc.constantFrom('instruction', 'valide', 'refus', 'radie')

const facts: fc.Arbitrary<MailFileFacts> = fc.record({
  status,
  validFrom: fc.option(day, { nil: null }),
  validUntil: fc.option(day, { nil: null }),
  npaiSince: fc.option(day, { nil: null }),
  forwardAddress: fc.option(fc.constant('1 rue de la Paix, Paris'), { nil: null }),
  forwardFrom: fc.option(day, { nil: null }),
  forwardUntil: fc.option(day, { nil: null }),
})

describe('mail rules', () => {
  it('keeps mail only for a valid domiciliation on its days, bounds included', () => {
    const file = { status: 'valide', validFrom: '2026-01-05', validUntil: '2027-01-04' }
    expect(isActiveOn(file, '2026-01-05')).toBe(true)
    expect(isActiveOn(file, '2027-01-04')).toBe(true)
    expect(isActiveOn(file, '2027-01-05')).toBe(false)
    expect(isActiveOn(file, '2026-01-04')).toBe(false)
    expect(isActiveOn({ ...file, status: 'radie' }, '2026-06-01')).toBe(false)
    expect(shownStatus(file, '2027-01-05')).toBe('expiree')
  })

  it('decides every arrival: kept, forwarded, or returned — never kept for an inactive or NPAI file (property)', () => {
    fc.assert(
      fc.property(facts, day, (f, today) => {
        const fate = arrivalFate(f, today)
        if (!isActiveOn(f, today)) expect(fate).toEqual({ mustReturn: 'inactive' })
        else if (f.npaiSince !== null) expect(fate).toEqual({ mustReturn: 'npai' })
        else expect(fate).toBe(activeForwarding(f, today) ? 'reexpedie' : 'garde')
      }),
    )
  })

  it('forwards only between its dates, and only to an address (property)', () => {
    fc.assert(
      fc.property(facts, day, (f, today) => {
        const forwarding = activeForwarding(f, today)
        if (forwarding === null) return
        expect(forwarding.address).toBe(f.forwardAddress)
        expect(forwarding.from <= today).toBe(true)
        if (forwarding.until !== null) expect(today <= forwarding.until).toBe(true)
      }),
    )
  })

  it('lets a proxy collect only between its dates and before any revocation (property)', () => {
    fc.assert(
      fc.property(day, day, day, fc.boolean(), (a, b, today, revoked) => {
        const [validFrom, validUntil] = a <= b ? [a, b] : [b, a]
        const refusal = proxyRefusal({ validFrom, validUntil, revokedAt: revoked ? new Date() : null }, today)
        const usable = !revoked && validFrom <= today && today <= validUntil
        expect(refusal === null).toBe(usable)
        if (!revoked && today > validUntil) expect(refusal).toBe('expiree')
      }),
    )
  })
})
