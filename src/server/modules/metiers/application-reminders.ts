/**
 * The daily jobs of applications, as the owner: recruiters reminded of applications unanswered
 * after 7 days (once per application), candidates told when the offer they applied to closed
 * (once per application), and every employer's answer rate recomputed (it moves as days pass).
 */
import { and, arrayOverlaps, eq, inArray, isNull, lte, notInArray, or } from 'drizzle-orm'
import { ANSWER_DELAY_DAYS, recruiterRoles } from '../../../shared/modules/metiers/applications.contract'
import type { Database } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import type { Secrets } from '../../platform/secrets'
import { accounts } from '../auth/auth.table'
import { memberships } from '../organisations/organisations.table'
import { refreshAllAnswerRates } from './answer-rates.repository'
import { offerClosed, reminderToRecruiter } from './application-mails'
import { followTokenOf } from './applications.service'
import { jobApplicationEvents, jobApplications } from './applications.table'
import { jobOffers } from './offers.table'

export interface ApplicationJobDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
  /** The platform's keys: with them, the closing notice carries the follow-up link. */
  secrets?: Secrets | undefined
}

const DAY_MS = 86_400_000
/** Offer states after which no application can go anywhere. */
const closedStates = ['pourvue', 'expiree', 'retiree']
/** Statuses that are already an answer to the end: nothing to tell when the offer closes. */
const finalStatuses = ['retenue', 'non_retenue']

export async function sendApplicationReminders(deps: ApplicationJobDeps, now: Date) {
  const db = deps.db.owner
  const due = await db
    .select({
      id: jobApplications.id,
      organisationId: jobApplications.organisationId,
      offerId: jobOffers.id,
      title: jobOffers.title,
    })
    .from(jobApplications)
    .innerJoin(jobOffers, eq(jobOffers.id, jobApplications.offerId))
    .where(
      and(
        eq(jobApplications.status, 'recue'),
        isNull(jobApplications.withdrawnAt),
        isNull(jobApplications.reminderSentAt),
        lte(jobApplications.createdAt, new Date(now.getTime() - ANSWER_DELAY_DAYS * DAY_MS)),
      ),
    )
  const byEmployer = new Map<string, typeof due>()
  for (const row of due)
    byEmployer.set(row.organisationId, [...(byEmployer.get(row.organisationId) ?? []), row])

  let mails = 0
  for (const [organisationId, rows] of byEmployer) {
    const offers = new Map<string, { id: string; title: string; waiting: number }>()
    for (const r of rows) {
      const o = offers.get(r.offerId) ?? { id: r.offerId, title: r.title, waiting: 0 }
      o.waiting++
      offers.set(r.offerId, o)
    }
    const recipients = await db
      .selectDistinct({ email: accounts.email })
      .from(memberships)
      .innerJoin(accounts, eq(accounts.id, memberships.accountId))
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          eq(memberships.active, true),
          arrayOverlaps(memberships.roles, [...recruiterRoles]),
        ),
      )
    const ids = rows.map((r) => r.id)
    await db.transaction(async (tx) => {
      await tx.update(jobApplications).set({ reminderSentAt: now }).where(inArray(jobApplications.id, ids))
      await tx.insert(jobApplicationEvents).values(
        rows.map((r) => ({
          organisationId,
          applicationId: r.id,
          kind: 'rappel',
          text: `Rappel envoyé à ${recipients.length} recruteur${recipients.length > 1 ? 's' : ''} : sans réponse depuis ${ANSWER_DELAY_DAYS} jours.`,
          at: now,
        })),
      )
    })
    for (const { email } of recipients) {
      await deps.mailer.send(reminderToRecruiter(deps.publicUrl, email, [...offers.values()]))
      mails++
    }
  }
  return { applications: due.length, mails }
}

export async function sendClosingNotices(deps: ApplicationJobDeps, now: Date) {
  const db = deps.db.owner
  const due = await db
    .select({
      id: jobApplications.id,
      organisationId: jobApplications.organisationId,
      email: jobApplications.email,
      status: jobApplications.status,
      title: jobOffers.title,
    })
    .from(jobApplications)
    .innerJoin(jobOffers, eq(jobOffers.id, jobApplications.offerId))
    .where(
      and(
        isNull(jobApplications.closingNoticeAt),
        isNull(jobApplications.withdrawnAt),
        notInArray(jobApplications.status, finalStatuses),
        // A published offer past its date is closed too, even before the expiry job marks it.
        or(
          inArray(jobOffers.state, closedStates),
          and(eq(jobOffers.state, 'publiee'), lte(jobOffers.expiresAt, now)),
        ),
      ),
    )
  for (const row of due) {
    await db.transaction(async (tx) => {
      await tx.update(jobApplications).set({ closingNoticeAt: now }).where(eq(jobApplications.id, row.id))
      await tx.insert(jobApplicationEvents).values({
        organisationId: row.organisationId,
        applicationId: row.id,
        kind: 'cloture',
        status: row.status,
        text: 'L’offre est close : la personne en a été informée.',
        at: now,
      })
    })
    const token = deps.secrets ? followTokenOf({ secrets: deps.secrets }, row.id) : null
    await deps.mailer.send(offerClosed(deps.publicUrl, row.email, { title: row.title }, token))
  }
  return { notices: due.length }
}

export const refreshAnswerRates = (deps: Pick<ApplicationJobDeps, 'db'>, now: Date) =>
  refreshAllAnswerRates(deps.db.owner, now)
