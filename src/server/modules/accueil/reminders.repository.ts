import { sql } from 'drizzle-orm'
import type { CivilDate } from '../../../shared/dates'
import { openStates } from '../../../shared/modules/accueil/accueil.constants'
import { rows, type Db } from '../../db/client'
import { requestEvents } from './accueil.table'

export interface AssignedRequest {
  id: string
  organisation_id: string
  organisation_name: string
  reference: string
  channel: string
  themes: string[]
  due_on: string
  assignee_id: string
  assignee_email: string
  assignee_name: string
}

export type ReminderKind = 'rappel_veille' | 'rappel_retard'

const open = sql.join(
  openStates.map((s) => sql`${s}`),
  sql`, `,
)

/** Open requests held by an active member of their organisation; read by the jobs as the owner, across tenants. */
const assigned = (where: ReturnType<typeof sql>) => sql`
  select r.id, r.organisation_id, o.name as organisation_name, r.reference, r.channel, r.themes,
         to_char(r.due_on, 'YYYY-MM-DD') as due_on, r.assignee_id, a.email as assignee_email, a.display_name as assignee_name
  from requests r
  join organisations o on o.id = r.organisation_id
  join accounts a on a.id = r.assignee_id
  join memberships m on m.account_id = r.assignee_id and m.organisation_id = r.organisation_id and m.active
  where r.state in (${open}) and ${where}
  order by a.id, r.due_on, r.reference`

export function remindersRepository(owner: Db) {
  return {
    /** What the digest lists: late, due today or due by `until`. */
    dueBy: (until: CivilDate) => rows<AssignedRequest>(owner, assigned(sql`r.due_on <= ${until}`)),

    /** Requests due on the next working day, or late, whose reminder of that kind was never sent. */
    remindersToSend: (today: CivilDate, nextWorkingDay: CivilDate) =>
      rows<AssignedRequest & { kind: ReminderKind }>(
        owner,
        sql`select * from (
          select q.*, case when q.due_on < ${today} then 'rappel_retard' else 'rappel_veille' end as kind
          from (${assigned(sql`(r.due_on < ${today} or (r.due_on > ${today} and r.due_on <= ${nextWorkingDay}))`)}) q
        ) k
        where not exists (select 1 from request_events e where e.request_id = k.id::uuid and e.kind = k.kind)`,
      ),

    async recordReminders(
      sent: { id: string; organisation_id: string; kind: ReminderKind; assignee_id: string }[],
      at: Date,
    ) {
      if (sent.length === 0) return
      await owner.insert(requestEvents).values(
        sent.map((r) => ({
          organisationId: r.organisation_id,
          requestId: r.id,
          kind: r.kind,
          detail: { to: r.assignee_id },
          at,
        })),
      )
    },
  }
}
