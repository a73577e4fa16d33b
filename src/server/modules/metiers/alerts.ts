import type { Database } from '../../db/client'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import type { Mailer } from '../../platform/mailer'
import type { Secrets } from '../../platform/secrets'
import { ALERT_CONFIRM_DAYS, ALERT_MAX_OFFERS, searchAlertMail } from './alerts.mails'
import { describeSearch, searchPath, storedCriteria } from './saved-searches.description'
import { savedSearchesRepository, type SavedSearchRow } from './saved-searches.repository'
import { unsubscribeToken } from './saved-searches.service'
import { offerSearchService } from './search.service'

export interface SearchAlertDeps {
  db: Database
  mailer: Mailer
  secrets: Secrets
  publicUrl: string
  geocoder: Geocoder
}

export interface SearchAlertsRun {
  /** Confirmed searches looked at. */
  searches: number
  /** E-mails sent: one per search with new offers. */
  sent: number
  /** Searches that could not run (a place no longer found…); tried again next time. */
  failed: number
  /** Unconfirmed searches forgotten. */
  forgotten: number
}

const BATCH = 200
const DAY_MS = 86_400_000

/**
 * The alert run (pg-boss `metiers-alerts`, every quarter of an hour): for each confirmed search,
 * one e-mail listing the offers published since its last alert, found by the same search as the
 * portal's at the radius asked; then the last alert moves on. Nothing new, nothing sent.
 */
export async function sendSearchAlerts(deps: SearchAlertDeps, now: Date): Promise<SearchAlertsRun> {
  const repository = savedSearchesRepository(deps.db.owner)
  const search = offerSearchService({ clock: () => now, geocoder: deps.geocoder })
  const run: SearchAlertsRun = { searches: 0, sent: 0, failed: 0, forgotten: 0 }
  run.forgotten = await repository.deleteUnconfirmedBefore(
    new Date(now.getTime() - ALERT_CONFIRM_DAYS * DAY_MS),
  )

  const tried = new Set<string>()
  for (;;) {
    const due = (await repository.due(now, BATCH)).filter((row) => !tried.has(row.id))
    if (!due.length) break
    for (const row of due) {
      tried.add(row.id)
      run.searches++
      try {
        if (await alertOne(deps, search, row, now)) run.sent++
      } catch {
        // Left as it was: the next run tries again (the geocoder may be back).
        run.failed++
      }
    }
  }
  return run
}

async function alertOne(
  deps: SearchAlertDeps,
  search: ReturnType<typeof offerSearchService>,
  row: SavedSearchRow,
  now: Date,
): Promise<boolean> {
  const repository = savedSearchesRepository(deps.db.owner)
  const criteria = storedCriteria(row.query)
  if (!criteria) {
    await repository.alerted(row.id, now)
    return false
  }
  const { total, offers } = await search.newOffers(deps.db.owner, criteria, row.lastAlertAt, ALERT_MAX_OFFERS)
  // An offer published after `now` (a clock behind the database) is already listed: start after it.
  const newest = offers.reduce(
    (latest, offer) => Math.max(latest, Date.parse(offer.publishedAt)),
    now.getTime(),
  )
  if (total > 0 && offers.length > 0)
    await deps.mailer.send(
      searchAlertMail({
        to: row.email,
        label: row.label,
        description: describeSearch(criteria),
        offers,
        total,
        publicUrl: deps.publicUrl,
        searchPath: searchPath(criteria),
        unsubscribeToken: unsubscribeToken(deps.secrets, row.id),
      }),
    )
  await repository.alerted(row.id, new Date(newest))
  return total > 0 && offers.length > 0
}
