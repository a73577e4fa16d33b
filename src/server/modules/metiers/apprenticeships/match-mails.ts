// New matches by e-mail, to both sides. Each pair is announced once per side: what was sent is kept in
// `apprenticeship_match_mails`, claimed in the same transaction as the sending (a failed send claims nothing).
import { and, arrayOverlaps, eq, inArray, sql } from 'drizzle-orm'
import { rows, type Database } from '../../../db/client'
import type { Mailer } from '../../../platform/mailer'
import { accounts } from '../../auth'
import { memberships } from '../../organisations'
import { apprenticeshipRecruiterRoles } from '../../../../shared/modules/metiers/apprenticeships.contract'
import { newRequestsForEmployer, newSeatsForCandidate } from './apprenticeships.mails'
import { apprenticeshipMatchMails, apprenticeshipSeats } from './apprenticeships.table'
import { refreshAllMatches, type MatchingRun } from './matching'

export interface MatchMailDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
}

export interface MatchMailsRun {
  /** Candidates told of new seats. */
  candidates: number
  /** Employers (organisations) told of new requests. */
  employers: number
}

interface Unsent {
  seat_id: string
  request_id: string
  organisation_id: string
  candidate_account_id: string
}

/** Matches of a published seat and an active request not yet announced to this side. */
const unsentFor = (side: 'candidat' | 'employeur') => sql`
  select m.seat_id, m.request_id, m.organisation_id, m.candidate_account_id
  from apprenticeship_matches m
  join apprenticeship_seats s on s.id = m.seat_id and s.state = 'publiee'
  join apprenticeship_requests r on r.id = m.request_id and r.state = 'active'
  where not exists (select 1 from apprenticeship_match_mails sent
                    where sent.seat_id = m.seat_id and sent.request_id = m.request_id and sent.side = ${side})
  order by m.score desc, m.seat_id, m.request_id`

const groupBy = <T>(list: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>()
  for (const item of list) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * One e-mail per candidate listing the seats newly matched to their request, and one per employer
 * (to each active recruiter and administrator) counting new requests per seat. Run after each save
 * and by the background job; a pair already announced to a side is never announced again to it.
 */
export async function sendApprenticeshipMatchMails(deps: MatchMailDeps, now: Date): Promise<MatchMailsRun> {
  const owner = deps.db.owner
  const run: MatchMailsRun = { candidates: 0, employers: 0 }

  const forCandidates = groupBy(
    await rows<Unsent>(owner, unsentFor('candidat')),
    (m) => m.candidate_account_id,
  )
  for (const [accountId, pairs] of forCandidates) {
    await owner.transaction(async (tx) => {
      const claimed = await tx
        .insert(apprenticeshipMatchMails)
        .values(
          pairs.map((p) => ({ seatId: p.seat_id, requestId: p.request_id, side: 'candidat', sentAt: now })),
        )
        .onConflictDoNothing()
        .returning({ seatId: apprenticeshipMatchMails.seatId })
      if (!claimed.length) return
      const [account] = await tx
        .select({ email: accounts.email, disabledAt: accounts.disabledAt })
        .from(accounts)
        .where(eq(accounts.id, accountId))
      if (!account || account.disabledAt) return
      const seats = await tx
        .select({
          title: apprenticeshipSeats.title,
          commune: apprenticeshipSeats.commune,
          startMonth: apprenticeshipSeats.startMonth,
        })
        .from(apprenticeshipSeats)
        .where(
          inArray(
            apprenticeshipSeats.id,
            claimed.map((c) => c.seatId),
          ),
        )
      await deps.mailer.send(newSeatsForCandidate(deps.publicUrl, account.email, seats))
      run.candidates++
    })
  }

  const forEmployers = groupBy(await rows<Unsent>(owner, unsentFor('employeur')), (m) => m.organisation_id)
  for (const [organisationId, pairs] of forEmployers) {
    await owner.transaction(async (tx) => {
      const claimed = await tx
        .insert(apprenticeshipMatchMails)
        .values(
          pairs.map((p) => ({ seatId: p.seat_id, requestId: p.request_id, side: 'employeur', sentAt: now })),
        )
        .onConflictDoNothing()
        .returning({ seatId: apprenticeshipMatchMails.seatId })
      if (!claimed.length) return
      const perSeat = groupBy(claimed, (c) => c.seatId)
      const titles = await tx
        .select({ id: apprenticeshipSeats.id, title: apprenticeshipSeats.title })
        .from(apprenticeshipSeats)
        .where(inArray(apprenticeshipSeats.id, [...perSeat.keys()]))
      const seats = titles.map((s) => ({ ...s, count: perSeat.get(s.id)?.length ?? 0 }))
      const recipients = await tx
        .selectDistinct({ email: accounts.email })
        .from(memberships)
        .innerJoin(accounts, eq(accounts.id, memberships.accountId))
        .where(
          and(
            eq(memberships.organisationId, organisationId),
            eq(memberships.active, true),
            sql`${accounts.disabledAt} is null`,
            arrayOverlaps(memberships.roles, [...apprenticeshipRecruiterRoles]),
          ),
        )
      for (const { email } of recipients)
        await deps.mailer.send(newRequestsForEmployer(deps.publicUrl, email, seats))
      if (recipients.length) run.employers++
    })
  }
  return run
}

/**
 * The background job (pg-boss `metiers-apprenticeship-matching`): every published seat against every
 * active request, top 20 both ways, then the e-mails of the pairs new to either side.
 */
export async function runApprenticeshipMatching(
  deps: MatchMailDeps,
  now: Date,
): Promise<MatchingRun & MatchMailsRun> {
  const matching = await refreshAllMatches(deps.db.owner, now)
  const mails = await sendApprenticeshipMatchMails(deps, now)
  return { ...matching, ...mails }
}
