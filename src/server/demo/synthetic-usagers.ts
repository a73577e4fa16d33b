import { searchTextOf } from '../../shared/modules/usagers/names'
import { housings, incomeSources } from '../../shared/modules/usagers/usagers.contract'
import type { Db } from '../db/client'
import { usagers } from '../modules/usagers'
import { firstNames, moreFirstNames, moreSurnames, pick, surnames } from './names'

const BATCH = 1000
const DAY = 86_400_000
const allFirstNames = [...firstNames, ...moreFirstNames]
const allSurnames = [...surnames, ...moreSurnames]

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export interface SyntheticUsagers {
  organisationId: string
  city: string
  communeInsee: string
  count: number
  random: () => number
  createdBy: string
}

/**
 * People served, in multi-row inserts of a thousand with their search text: homonyms, birth
 * names, pseudonyms, people without stable address, last contacts spread over three years.
 */
export async function syntheticUsagers(tx: Db, s: SyntheticUsagers) {
  const { random } = s
  const now = Date.now()
  for (let done = 0; done < s.count; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, s.count - done) }, () => {
      const anonymous = random() < 0.03
      const noStableAddress = random() < 0.08
      const female = random() < 0.55
      const names = anonymous
        ? {
            firstName: null,
            lastName: null,
            birthName: null,
            pseudonym: `${pick(random, allFirstNames)} ${Math.floor(random() * 100)}`,
          }
        : {
            firstName: pick(random, allFirstNames),
            lastName: pick(random, allSurnames),
            birthName: female && random() < 0.2 ? pick(random, allSurnames) : null,
            pseudonym: null,
          }
      return {
        organisationId: s.organisationId,
        ...names,
        birthDate:
          anonymous && random() < 0.7
            ? null
            : isoDay(Date.UTC(1930, 0, 1) + Math.floor(random() * 77 * 365.25) * DAY),
        gender: female ? 'femme' : 'homme',
        noStableAddress,
        city: noStableAddress ? null : s.city,
        communeInsee: s.communeInsee,
        incomeSources: [pick(random, incomeSources)],
        housing: noStableAddress
          ? pick(random, ['rue', 'squat', 'hebergement_urgence', 'habitat_mobile'] as const)
          : pick(random, housings),
        searchText: searchTextOf(names),
        lastContactAt: new Date(now - Math.floor(random() * 3 * 365) * DAY),
        createdBy: s.createdBy,
      }
    })
    await tx.insert(usagers).values(rows)
  }
}
