import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { accounts } from '../auth'
import { memberships } from '../organisations'
import { recordRetentionReviews } from './retention.repository'

export interface ReviewMail {
  mailer: Mailer
  publicUrl: string
}

/**
 * The monthly review: records, for every organisation, the files past their retention, then
 * tells each organisation's administrators how many wait for their confirmation. The e-mail
 * carries a count and a link, never a name.
 */
export async function reviewRetention(owner: Db, mail: ReviewMail) {
  const reviews = await recordRetentionReviews(owner)
  let notified = 0
  for (const review of reviews.filter((r) => r.due > 0)) {
    const admins = await owner
      .select({ email: accounts.email })
      .from(memberships)
      .innerJoin(accounts, eq(accounts.id, memberships.accountId))
      .where(
        and(
          eq(memberships.organisationId, review.organisationId),
          eq(memberships.active, true),
          sql`'administrateur' = any(${memberships.roles})`,
        ),
      )
    for (const admin of admins) {
      await mail.mailer.send({
        to: admin.email,
        subject: `Conservation des dossiers : ${review.due} dossier(s) à anonymiser`,
        text:
          `Bonjour,\n\n${review.due} dossier(s) de personnes accompagnées n’ont eu aucun contact depuis plus de ` +
          `${review.retentionMonths} mois, la durée de conservation fixée par votre organisation.\n\n` +
          `Vérifiez la liste, puis confirmez leur anonymisation :\n${mail.publicUrl}/usagers/conservation\n\n` +
          `Rien n’est effacé sans votre confirmation.\n`,
      })
      notified++
    }
  }
  return { organisations: reviews.length, due: reviews.reduce((n, r) => n + r.due, 0), notified }
}
