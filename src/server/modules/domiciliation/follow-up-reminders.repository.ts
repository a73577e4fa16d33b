import { sql } from 'drizzle-orm'
import { addDays, addMonths, type CivilDate } from '../../../shared/dates'
import { DEADLINE_REMINDER_DAYS } from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { NoticeKind } from '../../../shared/modules/domiciliation/mail.constants'
import { rows, type Db } from '../../db/client'
import { domiciliationNotices } from './domiciliation.table'

export interface DueRequest {
  organisation_id: string
  request_id: string
  domiciliation_id: string
  file_number: number
  kind: string
  deadline_on: string
}

export interface ExpiringFile {
  organisation_id: string
  organisation_name: string
  opening_hours: string | null
  domiciliation_id: string
  usager_id: string
  file_number: number
  valid_until: string
}

export interface Recipient {
  organisation_id: string
  organisation_name: string
  email: string
  display_name: string
}

/** Roles reminded of the follow-up: those who file and decide. */
const remindedRoles = sql`array['agent_domiciliation', 'direction']::text[]`

export const RENEWAL_NOTICE = 'invitation_renouvellement' satisfies NoticeKind

/** Read by the jobs as the owner, across organisations; nothing here reaches a request. */
export function followUpRemindersRepository(owner: Db) {
  return {
    /** Pending requests whose 2-month deadline is within the reminder window or passed. */
    dueRequests: (today: CivilDate) =>
      rows<DueRequest>(
        owner,
        sql`select r.organisation_id, r.id as request_id, r.domiciliation_id, d.file_number, r.kind,
                   to_char(r.deadline_on, 'YYYY-MM-DD') as deadline_on
            from domiciliation_requests r join domiciliations d on d.id = r.domiciliation_id
            where r.status in ('instruction', 'attente_decision')
              and r.deadline_on <= ${addDays(today, DEADLINE_REMINDER_DAYS)}::date
            order by r.deadline_on, d.file_number`,
      ),

    /** Valid files ending within a month, without a renewal on its way. */
    expiringFiles: (today: CivilDate) =>
      rows<ExpiringFile>(
        owner,
        sql`select d.organisation_id, o.name as organisation_name, s.opening_hours,
                   d.id as domiciliation_id, d.usager_id, d.file_number,
                   to_char(d.valid_until, 'YYYY-MM-DD') as valid_until
            from domiciliations d
            join organisations o on o.id = d.organisation_id
            left join domiciliation_settings s on s.organisation_id = d.organisation_id
            where d.status = 'valide' and d.valid_until between ${today}::date and ${addMonths(today, 1)}::date
              and not exists (select 1 from domiciliation_requests r
                              where r.domiciliation_id = d.id and r.status in ('instruction', 'attente_decision'))
            order by d.valid_until, d.file_number`,
      ),

    recipients: () =>
      rows<Recipient>(
        owner,
        sql`select m.organisation_id, o.name as organisation_name, a.email, a.display_name
            from memberships m
            join accounts a on a.id = m.account_id and a.disabled_at is null
            join organisations o on o.id = m.organisation_id
            where m.active and m.roles && ${remindedRoles}
            order by o.name, a.display_name`,
      ),

    /** `<file id>:<channel>` of the invitations already sent during the file's current validity. */
    async invitedThisPeriod(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set()
      const found = await rows<{ id: string; channel: string }>(
        owner,
        sql`select distinct n.domiciliation_id as id, n.channel
            from domiciliation_notices n join domiciliations d on d.id = n.domiciliation_id
            where n.kind = ${RENEWAL_NOTICE}
              and n.domiciliation_id in (${sql.join(
                ids.map((id) => sql`${id}::uuid`),
                sql`, `,
              )})
              and n.sent_at >= d.valid_from::timestamp at time zone 'Europe/Paris'
              and coalesce(n.outcome, '') not like 'échec%'`,
      )
      return new Set(found.map((r) => `${r.id}:${r.channel}`))
    },

    async recordNotice(values: typeof domiciliationNotices.$inferInsert) {
      await owner.insert(domiciliationNotices).values(values)
    },
  }
}
