import type { Db } from '../../db/client'
import type { UsagerHooks } from '../usagers'
import { accueilRepository } from './accueil.repository'

/**
 * What follows a person's file in the accueil module: on a merge, the absorbed file's requests
 * move to the kept one (their history says so); on an anonymisation, what the requests say of
 * the person is erased, while channels, themes and delays stay for the statistics.
 */
export const accueilUsagerHooks: UsagerHooks = {
  async onMerge(tx: Db, { keptId, absorbedId }) {
    const repo = accueilRepository(tx)
    const moved = await repo.moveUsagerRequests(absorbedId, keptId)
    await repo.insertEvents(
      moved.map((r) => ({
        organisationId: r.organisationId,
        requestId: r.id,
        kind: 'fusion_usager',
        detail: { from: absorbedId, to: keptId },
      })),
    )
  },

  async onAnonymise(tx: Db, usagerIds: string[]) {
    await accueilRepository(tx).eraseUsagerRequests(usagerIds)
  },
}
