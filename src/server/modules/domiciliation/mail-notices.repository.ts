import { sql } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'

/** Across organisations, as the owner: which structures have mail to announce at this time of day. */
export function mailNoticesRepository(owner: Db) {
  return {
    /** Organisations with waiting mail never announced, whose notice time (HH:MM, Paris) has come. */
    async organisationsDue(timeOfDay: string, defaultTime: string): Promise<string[]> {
      const found = await rows<{ organisation_id: string }>(
        owner,
        sql`select distinct m.organisation_id
            from mail_items m
            left join domiciliation_settings s on s.organisation_id = m.organisation_id
            where m.handed_over_at is null and m.forwarded_at is null and m.returned_at is null
              and m.notified_at is null
              and coalesce(s.notice_time, ${defaultTime}) <= ${timeOfDay}`,
      )
      return found.map((r) => r.organisation_id)
    },
  }
}
