import { addDays, addMonths, endOfParisDay, parisDate, workingDaysBetween } from '../../../shared/dates'
import { notFound } from '../../../shared/errors'
import type { ResponseOf } from '../../../shared/contract'
import type { accueilContract } from '../../../shared/modules/accueil/accueil.contract'
import { requestChannels, type RequestChannel } from '../../../shared/modules/accueil/accueil.constants'
import { holidayOptionsFor } from '../../../shared/modules/accueil/due-date'
import { organisationsRepository, type Organisation } from '../organisations'
import { accueilRepository } from './accueil.repository'
import type { AccueilCtx, Clock } from './accueil.service'
import { delayViews, resolveDelays } from './announced-delays'
import { presentPublicIdentity } from './public-identity'

interface Tally {
  received: number
  due: number
  answeredWithinDelay: number
  /** Working days to the first answer → number of requests. */
  delays: Map<number, number>
}

/** The median of values given with their counts; the mean of the two middle ones for an even total. */
export function weightedMedian(counts: Map<number, number>): number | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const sorted = [...counts.entries()].sort(([a], [b]) => a - b)
  const at = (rank: number) => {
    let seen = 0
    for (const [value, n] of sorted) {
      seen += n
      if (seen > rank) return value
    }
    return sorted[sorted.length - 1]![0]
  }
  return (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2
}

/**
 * The published results of the service commitments (Services Publics+): for the last twelve
 * months, per channel, the share of requests answered within the announced delay and the
 * median delay of the first answer, in working days.
 */
type CommitmentResults = ResponseOf<typeof accueilContract.commitments>

/** Results change slowly and the page is public: each process keeps them a quarter of an hour. */
const CACHE_MS = 15 * 60_000

type Measured = Omit<CommitmentResults, 'organisation'>

export function commitmentsService(clock: Clock) {
  const cache = new Map<string, { until: number; value: Promise<Measured> }>()
  return {
    /** The figures may be a quarter of an hour old; the structure's name, logo and colours never are. */
    async results(ctx: AccueilCtx, organisationId: string): Promise<CommitmentResults> {
      const org = await organisationsRepository(ctx.tx).getOrganisation(organisationId)
      if (!org) throw notFound('Cette organisation')
      const now = clock().getTime()
      const kept = cache.get(organisationId)
      let value = kept && kept.until > now ? kept.value : undefined
      if (!value) {
        value = compute(ctx, org)
        cache.set(organisationId, { until: now + CACHE_MS, value })
        value.catch(() => cache.delete(organisationId))
      }
      return { organisation: presentPublicIdentity(org), ...(await value) }
    },
  }

  async function compute(ctx: AccueilCtx, org: Organisation): Promise<Measured> {
    const organisationId = org.id
    const repo = accueilRepository(ctx.tx)
    const today = parisDate(clock())
    const from = addMonths(today, -12)
    const holidays = holidayOptionsFor(org.communeInsee)
    const tallies = new Map<RequestChannel, Tally>(
      requestChannels.map((c) => [c, { received: 0, due: 0, answeredWithinDelay: 0, delays: new Map() }]),
    )
    const since = new Date(endOfParisDay(addDays(from, -1)).getTime() + 1)
    for (const group of await repo.receivedSince(organisationId, since)) {
      const tally = tallies.get(group.channel as RequestChannel)
      if (!tally) continue
      const n = Number(group.n)
      tally.received += n
      if (group.answered_on) {
        tally.due += n
        if (group.answered_on <= group.due_on) tally.answeredWithinDelay += n
        const days = workingDaysBetween(group.received_on, group.answered_on, holidays)
        tally.delays.set(days, (tally.delays.get(days) ?? 0) + n)
      } else if (group.due_on < today) {
        tally.due += n
      }
    }
    const announced = delayViews(await resolveDelays(repo, organisationId))
    return {
      from,
      to: today,
      channels: announced.map((delay) => {
        const t = tallies.get(delay.channel)!
        return {
          ...delay,
          received: t.received,
          due: t.due,
          answeredWithinDelay: t.answeredWithinDelay,
          shareWithinDelay: t.due ? t.answeredWithinDelay / t.due : null,
          medianWorkingDays: weightedMedian(t.delays),
        }
      }),
    }
  }
}
