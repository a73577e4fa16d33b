import { sql } from 'drizzle-orm'
import type { CivilDate } from '../../../shared/dates'
import { openStates } from '../../../shared/modules/accueil/accueil.constants'
import { rolesSeeingPersonalData } from '../../../shared/modules/organisations/roles'
import { rows, type Db } from '../../db/client'
import { requestEvents } from './accueil.table'

/** One request to tell one agent about. */
export interface ReminderLine {
  id: string
  organisation_id: string
  organisation_name: string
  /** Decides the holiday calendar of the organisation (Alsace-Moselle keeps two more). */
  commune_insee: string | null
  reference: string
  channel: string
  themes: string[]
  due_on: string
  recipient_id: string
  recipient_email: string
  recipient_name: string
}

export type ReminderKind = 'rappel_veille' | 'rappel_retard' | 'rappel_sans_agent'

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
const open = list(openStates)
const personalDataRoles = sql`array[${list(rolesSeeingPersonalData)}]::text[]`

const columns = sql`r.id, r.organisation_id, o.name as organisation_name, o.commune_insee, r.reference, r.channel,
  r.themes, to_char(r.due_on, 'YYYY-MM-DD') as due_on`

/** Open requests held by an active member of their organisation; read by the jobs as the owner, across tenants. */
const held = (where: ReturnType<typeof sql>) => sql`
  select ${columns}, a.id as recipient_id, a.email as recipient_email, a.display_name as recipient_name
  from requests r
  join organisations o on o.id = r.organisation_id
  join accounts a on a.id = r.assignee_id
  join memberships m on m.account_id = r.assignee_id and m.organisation_id = r.organisation_id and m.active
  where r.state in (${open}) and ${where}
  order by a.id, r.due_on, r.reference`

export function remindersRepository(owner: Db) {
  return {
    /** What the digest lists of the requests an agent holds: late, due today or due by `until`. */
    dueBy: (until: CivilDate) => rows<ReminderLine>(owner, held(sql`r.due_on <= ${until}`)),

    /**
     * Late open requests nobody holds, once for each agent who should see them: the members of
     * the request's service who open requests, or the administration and direction when it has
     * no service (or no such member). Leaves out what was already sent to that agent since
     * `since` (the start of the day in Paris).
     */
    unheldLate: (today: CivilDate, since: Date) =>
      rows<ReminderLine>(
        owner,
        sql`select ${columns}, a.id as recipient_id, a.email as recipient_email, a.display_name as recipient_name
        from requests r
        join organisations o on o.id = r.organisation_id
        join memberships m on m.organisation_id = r.organisation_id and m.active
        join accounts a on a.id = m.account_id
        where r.state in (${open}) and r.assignee_id is null and r.due_on < ${today}
          and case
            when r.service_id is not null and exists (
              select 1 from membership_services ms join memberships sm on sm.id = ms.membership_id
              where ms.service_id = r.service_id and sm.active and sm.roles && ${personalDataRoles})
            then m.roles && ${personalDataRoles} and exists (
              select 1 from membership_services ms where ms.membership_id = m.id and ms.service_id = r.service_id)
            else m.roles && array['administrateur', 'direction']::text[]
          end
          and not exists (
            select 1 from request_events e
            where e.request_id = r.id and e.kind = 'rappel_sans_agent' and e.at >= ${since.toISOString()}::timestamptz
              and e.detail->>'to' = a.id::text)
        order by a.id, r.due_on, r.reference`,
      ),

    /** Requests due by `until`, or late, whose reminder of that kind was never sent. */
    remindersToSend: (today: CivilDate, until: CivilDate) =>
      rows<ReminderLine & { kind: ReminderKind }>(
        owner,
        sql`select * from (
          select q.*, case when q.due_on < ${today} then 'rappel_retard' else 'rappel_veille' end as kind
          from (${held(sql`(r.due_on < ${today} or (r.due_on > ${today} and r.due_on <= ${until}))`)}) q
        ) k
        where not exists (select 1 from request_events e where e.request_id = k.id::uuid and e.kind = k.kind)`,
      ),

    /** The history of each request keeps the reminder and to whom it went, in the sending transaction. */
    async recordReminders(
      sent: { id: string; organisation_id: string; kind: ReminderKind; recipient_id: string }[],
      at: Date,
    ) {
      if (sent.length === 0) return
      await owner.insert(requestEvents).values(
        sent.map((r) => ({
          organisationId: r.organisation_id,
          requestId: r.id,
          kind: r.kind,
          detail: { to: r.recipient_id },
          at,
        })),
      )
    },
  }
}
