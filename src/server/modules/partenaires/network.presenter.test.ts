import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latestSignature } from './network.presenter'
import type { SignatureRow } from './network.repository'

const signature = (version: number, day: number): SignatureRow => ({
  structure_id: 'structure',
  charter_id: `charter-${version}`,
  version,
  signatory_name: 'La présidence',
  signed_at: new Date(Date.UTC(2026, 0, 1 + day)),
  method: day % 2 ? 'papier' : 'en_ligne',
})

describe('the latest charter version a structure signed', () => {
  it('is its highest version, whatever the order signatures were recorded in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 20 }),
        (versions, current) => {
          const rows = versions.map((v, i) => signature(v, versions.length - i))
          const { latest, signedCurrent } = latestSignature(rows, current)
          if (versions.length === 0) {
            expect(latest).toBeNull()
            expect(signedCurrent).toBe(false)
            return
          }
          expect(latest?.version).toBe(Math.max(...versions))
          expect(signedCurrent).toBe(Math.max(...versions) === current)
        },
      ),
    )
  })

  it('is not current when only an older version was signed', () => {
    expect(latestSignature([signature(1, 3)], 2)).toMatchObject({
      signedCurrent: false,
      latest: { version: 1 },
    })
    expect(latestSignature([signature(1, 3)], null).signedCurrent).toBe(false)
  })
})
