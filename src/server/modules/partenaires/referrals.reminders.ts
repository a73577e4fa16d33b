import { and, eq, gt, isNull, lte } from 'drizzle-orm'
import {
  REFERRAL_EXPIRY_DAYS,
  REFERRAL_REMINDER_DAYS,
} from '../../../shared/modules/partenaires/referrals.contract'
import type { Database } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { randomToken, sha256 } from '../../platform/secrets'
import { requestEvents, requests } from '../accueil'
import { accounts } from '../auth'
import { memberships, organisations } from '../organisations'
import { reminderByLink, reminderToMember, staleNoticeToAgent } from './referrals-mails'
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
 * one reminder to the partner and a notice to the sending agent. Idempotent: `reminded_at` marks
 * the reminder, and an expired orientation is never touched again.
 */
export async function sendReferralReminders(deps: ReferralReminderDeps, now: Date) {
  const db = deps.db.owner
  const expiredBefore = new Date(now.getTime() - REFERRAL_EXPIRY_DAYS * DAY_MS)
  const staleBefore = new Date(now.getTime() - REFERRAL_REMINDER_DAYS * DAY_MS)

  const expired = await db
    .update(referrals)
    .set({ status: 'expiree', closedAt: now, updatedAt: now })
    .where(and(eq(referrals.status, 'envoyee'), lte(referrals.createdAt, expiredBefore)))
    .returning({ id: referrals.id })

  const due = await db
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
    .where(
      and(
        eq(referrals.status, 'envoyee'),
        isNull(referrals.remindedAt),
        lte(referrals.createdAt, staleBefore),
        gt(referrals.createdAt, expiredBefore),
      ),
    )

  let partners = 0
  let agents = 0
  for (const row of due) {
    const r = row.referral
    // Claim the reminder first: a second run of the job, even concurrent, finds nothing to send.
    const claimed = await db
      .update(referrals)
      .set({ remindedAt: now })
      .where(and(eq(referrals.id, r.id), isNull(referrals.remindedAt)))
      .returning({ id: referrals.id })
    if (claimed.length === 0) continue
    const days = Math.floor((now.getTime() - r.createdAt.getTime()) / DAY_MS)
    const target = { senderName: row.senderName, serviceName: row.serviceName }
    const members = r.partnerOrganisationId ? await memberEmails(deps.db, r.partnerOrganisationId) : []
    if (r.linkTokenHash || members.length === 0) {
      const address = row.serviceEmail ?? row.structureEmail
      if (address) {
        // Only the hash of the first link is kept: the reminder carries a new one, which replaces it.
        const token = randomToken()
        await db
          .update(referrals)
          .set({ linkTokenHash: sha256(token) })
          .where(eq(referrals.id, r.id))
        await deps.mailer.send(reminderByLink(deps.publicUrl, address, target, r.organisationId, token, days))
        partners++
      }
    } else {
      for (const to of members)
        await deps.mailer.send(reminderToMember(deps.publicUrl, to, target, r.id, days))
      partners++
    }
    if (r.requestId) {
      await db.insert(requestEvents).values({
        organisationId: r.organisationId,
        requestId: r.requestId,
        kind: 'relance_orientation',
        detail: { referralId: r.id, orientationId: r.requestOrientationId, days },
        actorId: null,
        at: now,
      })
    }
    if (row.agentEmail && !row.agentDisabledAt) {
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
