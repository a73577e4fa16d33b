import { sql } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'

export interface StaleStructure {
  id: string
  organisation_id: string
  keeper_name: string
  name: string
  partner_organisation_id: string | null
  email: string | null
}

/** Read as the owner, across keepers: the monthly job finds whom to remind, then works in each keeper's transaction. */
export function networkRemindersRepository(owner: Db) {
  return {
    /**
     * Published structures, of every keeper, whose entries are older than their promise and
     * which were not reminded yet in the current month (Paris): once a month, not twice.
     */
    staleToRemind: (now: Date) =>
      rows<StaleStructure>(
        owner,
        sql`select s.id, s.organisation_id, o.name as keeper_name, s.name, s.partner_organisation_id, s.email
            from directory_structures s join organisations o on o.id = s.organisation_id
            where s.status = 'publiee'
              and s.confirmed_at + make_interval(months => s.update_every_months) <= ${now}
              and (s.stale_reminded_at is null
                or date_trunc('month', s.stale_reminded_at at time zone 'Europe/Paris')
                  < date_trunc('month', ${now}::timestamptz at time zone 'Europe/Paris'))
            order by s.organisation_id, s.confirmed_at`,
      ),
  }
}
