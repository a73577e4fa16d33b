import { DomainError } from '../../../../shared/errors'
import type { RequestContext } from '../../../http/context'

/** The caller's current organisation (member routes always have one). */
export function organisationOf(ctx: RequestContext): string {
  const organisationId = ctx.actor?.organisationId
  if (!organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return organisationId
}
