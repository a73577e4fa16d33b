import { eq } from 'drizzle-orm'
import { addDays, parisDate } from '../../../../shared/dates'
import type { Db } from '../../../db/client'
import { jobProfiles } from '../fiches.table'
import type { PathwaysDemoContext } from '../pathways.demo'
import { jobProfileViews, metiersPlatformSettings } from './observatory.table'

/**
 * Demo data of the observatory part: the CCAS of Besançon answers « Écrire à la plateforme », the
 * secret threshold is the usual 5, and the fiches have been read for four months (more on weekdays,
 * some jobs more than others), so that the funnel starts somewhere.
 */
export async function createDemoObservatory(tx: Db, context: PathwaysDemoContext): Promise<void> {
  await tx
    .insert(metiersPlatformSettings)
    .values({ id: 'plateforme', contactOrganisationId: context.ccasOrganisationId, secrecyThreshold: 5 })
    .onConflictDoNothing()
  const fiches = await tx
    .select({ id: jobProfiles.id })
    .from(jobProfiles)
    .where(eq(jobProfiles.published, true))
    .orderBy(jobProfiles.position)
  const today = parisDate(new Date())
  const values = fiches.flatMap((fiche, rank) =>
    Array.from({ length: 120 }, (_, back) => {
      const day = addDays(today, -back)
      const weekend = [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())
      const base = Math.max(2, 40 - rank * 4)
      return {
        jobId: fiche.id,
        departement: '',
        day,
        views: weekend ? Math.ceil(base / 3) : base + ((back * 7 + rank) % 9),
      }
    }),
  )
  for (let i = 0; i < values.length; i += 1000) {
    await tx
      .insert(jobProfileViews)
      .values(values.slice(i, i + 1000))
      .onConflictDoNothing()
  }
}
