import type { Db } from '../../db/client'

/**
 * What other modules do when a file is merged or anonymised: their own tables follow (the
 * accueil module moves the absorbed file's requests). Registered by name, so registering twice
 * replaces rather than repeats.
 */
export interface UsagerHooks {
  /** Within the merge's transaction, as the application role: move what points at `absorbedId`. */
  onMerge?(tx: Db, merge: { keptId: string; absorbedId: string }): Promise<void>
  /** Within the anonymisation's transaction: erase what identifies these people. */
  onAnonymise?(tx: Db, usagerIds: string[]): Promise<void>
}

const registry = new Map<string, UsagerHooks>()

export function registerUsagerHooks(owner: string, hooks: UsagerHooks) {
  registry.set(owner, hooks)
}

export async function runMergeHooks(tx: Db, merge: { keptId: string; absorbedId: string }) {
  for (const hooks of registry.values()) await hooks.onMerge?.(tx, merge)
}

export async function runAnonymiseHooks(tx: Db, usagerIds: string[]) {
  for (const hooks of registry.values()) await hooks.onAnonymise?.(tx, usagerIds)
}
