import { DomainError, notFound } from '../../../shared/errors'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'
import type { Usager } from './usagers.repository'

/** What every usagers service needs: the tenant transaction, who acts, the audit writer. */
export interface UsagersCtx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

export function organisationOf(actor: Actor | null): string {
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return actor.organisationId
}

export function accountOf(actor: Actor | null): string {
  if (!actor) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
  return actor.accountId
}

export const fileNotFound = () => notFound('Ce dossier')

/** A write needs a live file: not absorbed by a merge, not anonymised. */
export function assertWritable(usager: Usager | undefined): Usager {
  if (!usager) throw fileNotFound()
  if (usager.mergedIntoId) {
    throw new DomainError(
      'conflict',
      'Ce dossier a été fusionné dans un autre : ouvrez le dossier conservé.',
      [],
      { mergedIntoId: usager.mergedIntoId },
    )
  }
  if (usager.anonymisedAt)
    throw new DomainError('conflict', 'Ce dossier a été anonymisé : il ne peut plus être modifié.')
  return usager
}
