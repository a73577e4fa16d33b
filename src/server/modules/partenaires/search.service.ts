import { notFound } from '../../../shared/errors'
import type { CivilDate } from '../../../shared/dates'
import {
  comingDays,
  describeHours,
  hasHours,
  hoursOn,
  isOpenAt,
  nextOpening,
  parisClock,
  scheduleOf,
  type Schedule,
} from '../../../shared/modules/partenaires/opening-hours'
import {
  interpretQuery,
  normaliseWord,
  type Interpretation,
} from '../../../shared/modules/partenaires/query-interpretation'
import {
  SEARCH_DEFAULT_RADIUS_METERS,
  type AppliedSearchView,
  type ReferralMode,
  type SearchAnswerView,
  type SearchQuery,
  type SearchResultView,
  type ServiceDetailsView,
} from '../../../shared/modules/partenaires/search.contract'
import type { Db } from '../../db/client'
import type { BanGeocoder } from '../../platform/geocoding/ban-geocoder'
import { GeocoderUnavailable } from '../../platform/geocoding/geocoder'
import { organisationsRepository } from '../organisations'
import type { PartenairesDeps } from './partenaires.deps'
import { searchRepository, type Origin, type SearchRow } from './search.repository'
import { matchReasons } from './search.reasons'

type Deps = Pick<PartenairesDeps, 'clock' | 'geocoder'>

const union = <T>(a: readonly T[] | undefined, b: readonly T[]): T[] => [...new Set([...(a ?? []), ...b])]

/** The explicit filters, with what was understood from the text added to them. */
export function appliedSearch(query: SearchQuery, understood: Interpretation | null): AppliedSearchView {
  const explicitOpening = query.openNow === true || query.openOn !== undefined
  return {
    q: understood ? understood.remaining : (query.q ?? ''),
    themes: union(query.themes, understood?.themes ?? []),
    subThemes: union(query.subThemes, understood?.subThemes ?? []),
    publics: union(query.publics, understood?.publics ?? []),
    age: query.age ?? null,
    language: query.language ?? understood?.language ?? null,
    wheelchair: query.wheelchair === true || (understood?.wheelchair ?? false),
    hearingLoop: query.hearingLoop === true || (understood?.hearingLoop ?? false),
    referralModes: union<ReferralMode>(query.referralModes, understood?.referralModes ?? []),
    openNow: explicitOpening ? query.openNow === true : (understood?.openNow ?? false),
    openOn: explicitOpening ? (query.openOn ?? null) : (understood?.openOn ?? null),
    openAfter: explicitOpening ? (query.openAfter ?? null) : (understood?.openAfter ?? null),
    near: query.near ?? understood?.near ?? null,
    latitude: query.latitude ?? null,
    longitude: query.longitude ?? null,
    radius: query.radius ?? null,
  }
}

const placeAddress = (r: SearchRow) => r.label ?? r.addressInput ?? ''

function present(
  r: SearchRow,
  schedule: Schedule,
  now: Date,
  applied: AppliedSearchView,
  origin: (Origin & { label: string }) | null,
): SearchResultView {
  const requestedDay = applied.openOn ?? (applied.openNow ? parisClock(now).date : null)
  const next = nextOpening(schedule, now)
  return {
    service: {
      id: r.serviceId,
      name: r.serviceName,
      description: r.serviceDescription,
      themes: r.themes,
      subThemes: r.subThemes,
      publics: r.publics,
      ageMin: r.ageMin,
      ageMax: r.ageMax,
      accessConditions: r.accessConditions,
      languages: r.languages,
      referralMode: r.referralMode as ReferralMode,
      whatToBring: r.whatToBring,
      phone: r.servicePhone,
      email: r.serviceEmail,
    },
    structure: {
      id: r.structureId,
      name: r.structureName,
      kind: r.structureKind,
      website: r.website,
      phone: r.structurePhone,
      email: r.structureEmail,
    },
    place: r.placeId
      ? {
          id: r.placeId,
          name: r.placeName ?? '',
          address: placeAddress(r),
          postcode: r.postcode,
          city: r.city,
          latitude: r.latitude,
          longitude: r.longitude,
          wheelchairAccessible: r.wheelchairAccessible ?? false,
          hearingLoop: r.hearingLoop ?? false,
          access: r.access ?? '',
        }
      : null,
    hours: {
      openNow: hasHours(schedule) ? isOpenAt(schedule, now) : null,
      description: describeHours(schedule, now),
      today: hoursOn(schedule, parisClock(now).date).ranges,
      nextOpening: next ? next.toISOString() : null,
      onRequestedDay: requestedDay ? hoursOn(schedule, requestedDay).ranges : null,
    },
    distanceMeters: r.distance === null ? null : Math.round(r.distance),
    reasons: matchReasons(r, schedule, now, applied, origin),
    relevance: Math.round(Number(r.relevance) * 1000) / 1000,
  }
}

const scheduleOfRow = (r: SearchRow) =>
  scheduleOf(
    r.placeId ? { openingHours: r.openingHours, hoursExceptions: r.hoursExceptions } : null,
    r.serviceHours,
  )

export function searchService(deps: Deps) {
  /** The point to measure from: the one given, or the address looked up in the organisation's commune. */
  async function originOf(
    tx: Db,
    organisationId: string,
    applied: AppliedSearchView,
    notices: string[],
  ): Promise<(Origin & { label: string }) | null> {
    const radius = applied.radius ?? SEARCH_DEFAULT_RADIUS_METERS
    if (applied.latitude !== null && applied.longitude !== null)
      return {
        latitude: applied.latitude,
        longitude: applied.longitude,
        radius,
        label: applied.near ?? 'ce point',
      }
    if (!applied.near) return null
    const organisation = await organisationsRepository(tx).getOrganisation(organisationId)
    try {
      // The geocoder's cache goes through the request's transaction (PGlite has a single connection).
      const geocoder = 'using' in deps.geocoder ? (deps.geocoder as BanGeocoder).using(tx) : deps.geocoder
      const found = await geocoder.geocode({
        text: applied.near,
        ...(organisation?.communeInsee ? { citycode: organisation.communeInsee } : {}),
      })
      if (found) return { latitude: found.latitude, longitude: found.longitude, radius, label: found.label }
      notices.push(
        `Lieu « ${applied.near} » introuvable : les résultats ne tiennent pas compte de la distance.`,
      )
    } catch (error) {
      if (!(error instanceof GeocoderUnavailable)) throw error
      notices.push(
        'Le service d’adresses ne répond pas : les résultats ne tiennent pas compte de la distance.',
      )
    }
    return null
  }

  return {
    async search(tx: Db, organisationId: string, query: SearchQuery): Promise<SearchAnswerView> {
      const now = deps.clock()
      const { date: today, minutes } = parisClock(now)
      const understood = query.interpret !== false && query.q ? interpretQuery(query.q, today) : null
      const applied = appliedSearch(query, understood)
      const notices: string[] = []
      if (applied.openAfter && !applied.openOn)
        notices.push('Une heure sans jour ne filtre pas : choisissez un jour.')
      const origin = await originOf(tx, organisationId, applied, notices)
      const found = await searchRepository(tx).search({
        organisationId,
        text: normaliseWord(applied.q).trim(),
        themes: applied.themes,
        subThemes: applied.subThemes,
        publics: applied.publics,
        age: applied.age,
        language: applied.language,
        wheelchair: applied.wheelchair,
        hearingLoop: applied.hearingLoop,
        referralModes: applied.referralModes,
        openOn: applied.openOn ? { day: applied.openOn, after: applied.openAfter ?? '00:00' } : null,
        openAt: applied.openNow ? { day: today, time: clock(minutes) } : null,
        origin,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      })
      return {
        items: found.map((r) => present(r, scheduleOfRow(r), now, applied, origin)),
        page: query.page,
        pageSize: query.pageSize,
        total: found[0]?.total ?? 0,
        understood: understood?.chips ?? [],
        applied,
        origin: origin
          ? {
              label: origin.label,
              latitude: origin.latitude,
              longitude: origin.longitude,
              radius: origin.radius,
            }
          : null,
        notices,
      }
    },

    async service(tx: Db, organisationId: string, serviceId: string): Promise<ServiceDetailsView> {
      const row = await searchRepository(tx).service(organisationId, serviceId)
      if (!row) throw notFound('Ce service')
      const now = deps.clock()
      const schedule = scheduleOfRow(row)
      const today: CivilDate = parisClock(now).date
      const applied = appliedSearch({ page: 1, pageSize: 1 }, null)
      return {
        ...present(row, schedule, now, applied, null),
        days: comingDays(schedule, now, 14),
        upcomingExceptions: schedule.exceptions
          .filter((e) => e.to >= today)
          .map((e) => ({
            from: e.from,
            to: e.to,
            closed: e.closed,
            ranges: e.closed ? [] : (e.hours ?? []),
            message: e.message ?? null,
          })),
      }
    },
  }
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
