import { and, eq, gt, isNull, lt, lte, or, type SQL } from 'drizzle-orm'
import {
  REFERRAL_EXPIRY_DAYS,
  REFERRAL_OUTCOME_REMINDER_DAYS,
  REFERRAL_REMINDER_DAYS,
} from '../../../shared/modules/partenaires/referrals.contract'
import type { Database } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { randomToken, sha256 } from '../../platform/secrets'
import { requestEvents, requests } from '../accueil'
import { accounts } from '../auth'
import { memberships, organisations } from '../organisations'
import {
  outcomeReminderByLink,
  outcomeReminderToMember,
  reminderByLink,
  reminderToMember,
  staleNoticeToAgent,
} from './referrals-mails'
import { directoryServices, directoryStructures, referrals } from './partenaires.table'

export interface ReferralReminderDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
}

const DAY_MS = 86_400_000

/**
 * The daily follow-up of orientations, as the owner: those never accepted after 30 days expire
 * (the request's orientation follows, by the trigger); those still without news after 7 days get
 * one reminder to the partner and a notice to the sending agent; those accepted 14 days ago whose
 * partner never said whether the person came get one reminder to the partner. Idempotent:
 * `reminded_at` marks each reminder (a reminder before the acceptance does not count for the
 * outcome), and an expired orientation is never touched again.
 */
export async function sendReferralReminders(deps: ReferralReminderDeps, now: Date) {
  const db = deps.db.owner
  const expiredBefore = new Date(now.getTime() - REFERRAL_EXPIRY_DAYS * DAY_MS)
  const staleBefore = new Date(now.getTime() - REFERRAL_REMINDER_DAYS * DAY_MS)
  const acceptedBefore = new Date(now.getTime() - REFERRAL_OUTCOME_REMINDER_DAYS * DAY_MS)

  const expired = await db
    .update(referrals)
    .set({ status: 'expiree', closedAt: now, updatedAt: now })
    .where(and(eq(referrals.status, 'envoyee'), lte(referrals.createdAt, expiredBefore)))
    .returning({ id: referrals.id })

  const dueWhere = (where: SQL) =>
    db
      .select({
        referral: referrals,
        serviceName: directoryServices.name,
        serviceEmail: directoryServices.email,
        structureEmail: directoryStructures.email,
        senderName: organisations.name,
        agentEmail: accounts.email,
        agentName: accounts.displayName,
        agentDisabledAt: accounts.disabledAt,
        requestReference: requests.reference,
      })
      .from(referrals)
      .innerJoin(directoryServices, eq(directoryServices.id, referrals.serviceId))
      .innerJoin(directoryStructures, eq(directoryStructures.id, referrals.structureId))
      .innerJoin(organisations, eq(organisations.id, referrals.organisationId))
      .leftJoin(accounts, eq(accounts.id, referrals.createdBy))
      .leftJoin(requests, eq(requests.id, referrals.requestId))
      .where(where)

  /** Not reminded since it was accepted: a reminder to answer, sent before, does not count. */
  const outcomeNotReminded = or(isNull(referrals.remindedAt), lt(referrals.remindedAt, referrals.acceptedAt))!
  const unanswered = and(
    eq(referrals.status, 'envoyee'),
    isNull(referrals.remindedAt),
    lte(referrals.createdAt, staleBefore),
    gt(referrals.createdAt, expiredBefore),
  )!
  const withoutOutcome = and(
    eq(referrals.status, 'acceptee'),
    lte(referrals.acceptedAt, acceptedBefore),
    outcomeNotReminded,
  )!
  const due = [
    ...(await dueWhere(unanswered)).map((row) => ({ ...row, outcome: false })),
    ...(await dueWhere(withoutOutcome)).map((row) => ({ ...row, outcome: true })),
  ]

  let partners = 0
  let agents = 0
  for (const row of due) {
    const r = row.referral
    // Claim the reminder first: a second run of the job, even concurrent, finds nothing to send.
    const claimed = await db
      .update(referrals)
      .set({ remindedAt: now })
      .where(
        and(
          eq(referrals.id, r.id),
          row.outcome
            ? and(eq(referrals.status, 'acceptee'), outcomeNotReminded)
            : isNull(referrals.remindedAt),
        ),
      )
      .returning({ id: referrals.id })
    if (claimed.length === 0) continue
    const since = row.outcome && r.acceptedAt ? r.acceptedAt : r.createdAt
    const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS)
    const target = { senderName: row.senderName, serviceName: row.serviceName }
    const members = r.partnerOrganisationId ? await memberEmails(deps.db, r.partnerOrganisationId) : []
    if (r.linkTokenHash || members.length === 0) {
      const address = row.serviceEmail ?? row.structureEmail
      if (address) {
        // Only the hash of the first link is kept: the reminder carries a new one, which replaces it.
        const token = randomToken()
        if (row.outcome) {
          // The first link may be past its 30 days: the new one leaves time to say whether the person came.
          const validUntil = new Date(now.getTime() + REFERRAL_OUTCOME_REMINDER_DAYS * DAY_MS)
          const expiresAt = r.linkExpiresAt && r.linkExpiresAt > validUntil ? r.linkExpiresAt : validUntil
          await db
            .update(referrals)
            .set({ linkTokenHash: sha256(token), linkExpiresAt: expiresAt })
            .where(eq(referrals.id, r.id))
          const validDays = Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS)
          await deps.mailer.send(
            outcomeReminderByLink(deps.publicUrl, address, target, r.organisationId, token, days, validDays),
          )
        } else {
          await db
            .update(referrals)
            .set({ linkTokenHash: sha256(token) })
            .where(eq(referrals.id, r.id))
          await deps.mailer.send(
            reminderByLink(deps.publicUrl, address, target, r.organisationId, token, days),
          )
        }
        partners++
      }
    } else {
      for (const to of members)
        await deps.mailer.send(
          (row.outcome ? outcomeReminderToMember : reminderToMember)(deps.publicUrl, to, target, r.id, days),
        )
      partners++
    }
    if (r.requestId) {
      await db.insert(requestEvents).values({
        organisationId: r.organisationId,
        requestId: r.requestId,
        kind: 'relance_orientation',
        detail: {
          referralId: r.id,
          orientationId: r.requestOrientationId,
          days,
          ...(row.outcome ? { about: 'venue' } : {}),
        },
        actorId: null,
        at: now,
      })
    }
    // The agent is told of an orientation left unanswered; an accepted one already shows on the request.
    if (!row.outcome && row.agentEmail && !row.agentDisabledAt) {
      await deps.mailer.send(
        staleNoticeToAgent(
          deps.publicUrl,
          row.agentEmail,
          row.agentName ?? '',
          row.serviceName,
          row.requestReference,
          r.requestId,
          days,
        ),
      )
      agents++
    }
  }
  return { expired: expired.length, reminded: partners, agentsNotified: agents }
}

async function memberEmails(db: Database, organisationId: string) {
  const found = await db.owner
    .select({ email: accounts.email })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        isNull(accounts.disabledAt),
      ),
    )
  return found.map((f) => f.email)
}
