import { DomainError } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type { EmployerPageView, metiersOffersContract } from '../../../shared/modules/metiers/offers.contract'
import type { RequestContext } from '../../http/context'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import { locateWorkplace } from './offer-location'
import { presentEmployerProfile } from './offers.presenter'
import { offersRepository } from './offers.repository'
import { sanitizeRichText } from './rich-text'

export type EmployerProfileInput = BodyOf<typeof metiersOffersContract.saveEmployer>

export interface EmployersDeps {
  clock: () => Date
  geocoder: Geocoder
}

/** The caller's organisation: employer profiles and offers are always the current organisation's. */
export function recruiterOf(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
  return { organisationId: actor.organisationId, accountId: actor.accountId }
}

/** What an employer organisation tells candidates about itself. */
export function employersService(deps: EmployersDeps) {
  async function page(ctx: RequestContext, locationWarning: string | null): Promise<EmployerPageView> {
    const { organisationId } = recruiterOf(ctx)
    const repo = offersRepository(ctx.tx)
    const [organisation, profile] = await Promise.all([
      repo.organisation(organisationId),
      repo.employerProfile(organisationId),
    ])
    return {
      organisationId,
      organisationName: organisation?.name ?? '',
      logoDataUrl: organisation?.logoDataUrl ?? null,
      profile: profile ? presentEmployerProfile(profile) : null,
      locationWarning,
    }
  }

  return {
    get: (ctx: RequestContext) => page(ctx, null),

    async save(ctx: RequestContext, input: EmployerProfileInput): Promise<EmployerPageView> {
      const { organisationId } = recruiterOf(ctx)
      const repo = offersRepository(ctx.tx)
      const before = await repo.employerProfile(organisationId)
      const address = input.address ?? ''
      const place = await locateWorkplace(deps.geocoder, ctx, {
        address,
        postcode: input.postcode,
        commune: input.commune,
      })
      const after = await repo.saveEmployerProfile({
        organisationId,
        employerType: input.employerType,
        sector: input.sector,
        description: sanitizeRichText(input.description ?? ''),
        website: input.website ?? null,
        address,
        postcode: place.postcode,
        commune: place.commune,
        communeInsee: place.communeInsee,
        latitude: place.latitude,
        longitude: place.longitude,
        updatedAt: deps.clock(),
      })
      await ctx.audit({
        action: before ? 'update' : 'create',
        entityType: 'employer_profile',
        entityId: organisationId,
        ...(before ? { before } : {}),
        after,
      })
      return page(ctx, place.warning)
    },
  }
}
