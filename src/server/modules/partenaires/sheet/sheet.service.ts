import { notFound } from '../../../../shared/errors'
import { parisDate } from '../../../../shared/dates'
import type { ReferralMode } from '../../../../shared/modules/partenaires/directory.constants'
import {
  publicServicePagePath,
  type SheetLanguage,
} from '../../../../shared/modules/partenaires/sheet.contract'
import type { RequestContext } from '../../../http/context'
import { organisationsRepository } from '../../organisations'
import type { MapTileSource } from './map-tiles'
import { orientationSheetPdf, type SheetModel } from './sheet-document'
import { sheetRepository, type SheetServiceRow } from './sheet.repository'
import { hasHours, scheduleOf } from '../../../../shared/modules/partenaires/opening-hours'
import { comingWeek } from './week-hours'

export interface SheetDeps {
  clock: () => Date
  publicUrl: string
  /** Map tiles; without them (tests, no network) the sheet draws its plan. */
  mapTiles?: MapTileSource | undefined
}

export interface GeneratedSheet {
  fileName: string
  bytes: Uint8Array
}

const serviceNotFound = () => notFound('Ce service de l’annuaire')

/** "epicerie-sociale-les-glanes" for the file's name. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'service'

function addressOf(place: NonNullable<SheetServiceRow['place']>) {
  const address = (place.label || place.addressInput).trim()
  const city = [place.postcode, place.city].filter(Boolean).join(' ')
  return city && !address.includes(place.city ?? city) ? `${address}, ${city}` : address
}

/** The orientation sheet of a service, for an agent, for a referral, or for the public. */
export function sheetService(deps: SheetDeps) {
  async function build(
    ctx: RequestContext,
    row: SheetServiceRow,
    language: SheetLanguage,
    referral: SheetModel['referral'],
  ): Promise<GeneratedSheet> {
    const { service, structure, place } = row
    const keeperId = service.organisationId
    const repo = sheetRepository(ctx.tx)
    const [keeper, home] = await Promise.all([
      organisationsRepository(ctx.tx).getOrganisation(keeperId),
      repo.homePlace(keeperId),
    ])
    const printedOn = parisDate(deps.clock())
    const schedule = scheduleOf(place, service.openingHours)
    const keeperName = keeper?.name ?? ''
    const model: SheetModel = {
      language,
      printedOn,
      keeper: {
        name: keeperName,
        logoDataUrl: keeper?.logoDataUrl ?? null,
        primaryColor: keeper?.primaryColor ?? null,
      },
      structure: {
        name: structure.name,
        phone: structure.phone,
        email: structure.email,
        confirmedOn: parisDate(structure.confirmedAt),
      },
      service: {
        name: service.name,
        description: service.description,
        accessConditions: service.accessConditions,
        referralMode: service.referralMode as ReferralMode,
        whatToBring: service.whatToBring,
        languages: service.languages,
        phone: service.phone,
        email: service.email,
      },
      place: place
        ? {
            name: place.name,
            address: addressOf(place),
            access: place.access,
            wheelchairAccessible: place.wheelchairAccessible,
            hearingLoop: place.hearingLoop,
            position:
              place.latitude != null && place.longitude != null && place.geocodeStatus !== 'inconnue'
                ? { latitude: place.latitude, longitude: place.longitude }
                : null,
          }
        : null,
      week: hasHours(schedule) ? comingWeek(schedule, printedOn) : null,
      home: home ? { label: keeperName, position: home } : null,
      publicUrl: `${deps.publicUrl}${publicServicePagePath(keeperId, service.id)}`,
      referral,
    }
    const bytes = await orientationSheetPdf(model, deps.mapTiles)
    return { fileName: `fiche-${slug(service.name)}-${language}.pdf`, bytes }
  }

  return {
    async forMember(ctx: RequestContext, serviceId: string, language: SheetLanguage) {
      const organisationId = ctx.actor?.organisationId
      if (!organisationId) throw serviceNotFound()
      const row = await sheetRepository(ctx.tx).serviceForMember(serviceId, organisationId)
      if (!row) throw serviceNotFound()
      return build(ctx, row, language, null)
    },

    /** The sheet handed to the person oriented: records its language on the orientation, audited. */
    async forReferral(ctx: RequestContext, referralId: string, language: SheetLanguage) {
      const organisationId = ctx.actor?.organisationId
      const repo = sheetRepository(ctx.tx)
      const referral = organisationId ? await repo.sentReferral(referralId, organisationId) : undefined
      if (!referral) throw notFound('Cette orientation')
      const row = await repo.serviceById(referral.serviceId)
      if (!row) throw serviceNotFound()
      const shared = (referral.shared ?? {}) as { firstName?: unknown }
      const firstName =
        typeof shared.firstName === 'string' && shared.firstName.trim() ? shared.firstName.trim() : null
      const sender = (await organisationsRepository(ctx.tx).getOrganisation(organisationId!))?.name ?? ''
      const sheet = await build(ctx, row, language, { firstName, sender })
      await repo.recordSheetLanguage(referral.id, language)
      await ctx.audit({
        action: 'export',
        entityType: 'referral',
        entityId: referral.id,
        after: { document: 'fiche_orientation', language },
      })
      return sheet
    },

    async forPublic(ctx: RequestContext, keeperId: string, serviceId: string, language: SheetLanguage) {
      const row = await sheetRepository(ctx.tx).publishedService(serviceId, keeperId)
      if (!row) throw serviceNotFound()
      return build(ctx, row, language, null)
    },
  }
}
