import { sql, type SQL } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'

/** A point and a radius: results further away are left out, the rest ordered by distance. */
export interface Origin {
  latitude: number
  longitude: number
  radius: number
}

/** The filters as SQL sees them: all optional, all combined with AND. */
export interface SearchFilters {
  organisationId: string
  /** Accent-free lower-case text for the trigram match; empty for none. */
  text: string
  themes: string[]
  subThemes: string[]
  publics: string[]
  /** The person's age: services whose age limits leave it out are dropped. */
  age?: number | null
  language: string | null
  wheelchair: boolean
  hearingLoop: boolean
  referralModes: string[]
  /** Open on this day (Paris), at or after `after` ("HH:MM", "00:00" for the whole day). */
  openOn: { day: string; after: string } | null
  /** Open at this Paris day and time. */
  openAt: { day: string; time: string } | null
  origin: Origin | null
  /** One service only (its details page). */
  serviceId?: string
  limit: number
  offset: number
}

export interface SearchRow {
  serviceId: string
  serviceName: string
  serviceDescription: string
  themes: string[]
  subThemes: string[]
  publics: string[]
  ageMin: number | null
  ageMax: number | null
  accessConditions: string
  languages: string[]
  referralMode: string
  whatToBring: string
  servicePhone: string | null
  serviceEmail: string | null
  serviceHours: unknown
  searchText: string
  structureId: string
  structureName: string
  structureKind: string
  website: string | null
  structurePhone: string | null
  structureEmail: string | null
  placeId: string | null
  placeName: string | null
  addressInput: string | null
  label: string | null
  postcode: string | null
  city: string | null
  latitude: number | null
  longitude: number | null
  wheelchairAccessible: boolean | null
  hearingLoop: boolean | null
  access: string | null
  openingHours: unknown
  hoursExceptions: unknown
  relevance: number
  distance: number | null
  total: number
}

/** Words of the search box must be this close to words of a service (pg_trgm word similarity). */
export const WORD_SIMILARITY_THRESHOLD = 0.45
const EARTH_RADIUS_METERS = 6_371_000

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`

/** The SQL of one day's hours of the joined service `s` at place `p`. */
const hoursOn = (day: string) =>
  sql`directory_hours_on(coalesce(s.opening_hours, p.opening_hours), p.hours_exceptions, s.opening_hours is not null, ${day}::date)`

const distanceSql = (o: Origin | null) =>
  o
    ? sql`(2 * ${EARTH_RADIUS_METERS} * asin(sqrt(
        power(sin(radians(p.latitude - ${o.latitude}) / 2), 2) +
        cos(radians(${o.latitude})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${o.longitude}) / 2), 2))))`
    : sql`null::double precision`

function conditions(f: SearchFilters): SQL[] {
  const where: SQL[] = [
    sql`s.organisation_id = ${f.organisationId}`,
    sql`s.status = 'publiee'`,
    sql`st.status = 'publiee'`,
  ]
  if (f.serviceId) where.push(sql`s.id = ${f.serviceId}`)
  // With a point, places near it are few: the text is matched on them afterwards (see searchSql).
  if (f.text && !f.origin) where.push(sql`s.search_text %> ${f.text}`)
  if (f.themes.length > 0) where.push(sql`s.themes && ${textArray(f.themes)}`)
  if (f.subThemes.length > 0) where.push(sql`s.sub_themes && ${textArray(f.subThemes)}`)
  // A service for everyone serves each public too.
  if (f.publics.length > 0)
    where.push(sql`(s.publics && ${textArray([...f.publics, 'tout_public'])} or cardinality(s.publics) = 0)`)
  if (f.age !== undefined && f.age !== null)
    where.push(
      sql`(s.age_min is null or s.age_min <= ${f.age}) and (s.age_max is null or s.age_max >= ${f.age})`,
    )
  if (f.language) where.push(sql`${f.language} = any(s.languages)`)
  if (f.wheelchair) where.push(sql`p.wheelchair_accessible`)
  if (f.hearingLoop) where.push(sql`p.hearing_loop`)
  if (f.referralModes.length > 0) where.push(sql`s.referral_mode = any(${textArray(f.referralModes)})`)
  if (f.openOn)
    where.push(
      sql`exists (select 1 from jsonb_array_elements(${hoursOn(f.openOn.day)}) r where r ->> 1 > ${f.openOn.after})`,
    )
  if (f.openAt)
    where.push(
      sql`exists (select 1 from jsonb_array_elements(${hoursOn(f.openAt.day)}) r
                  where r ->> 0 <= ${f.openAt.time} and ${f.openAt.time} < r ->> 1)`,
    )
  if (f.origin) {
    // The bounding box lets the (organisation, latitude, longitude) index cut most places first.
    const { latitude, longitude, radius } = f.origin
    const dLat = (radius / EARTH_RADIUS_METERS) * (180 / Math.PI)
    const dLon = dLat / Math.max(Math.cos((latitude * Math.PI) / 180), 0.01)
    where.push(sql`p.organisation_id = ${f.organisationId}`)
    where.push(sql`p.latitude between ${latitude - dLat} and ${latitude + dLat}`)
    where.push(sql`p.longitude between ${longitude - dLon} and ${longitude + dLon}`)
    where.push(sql`${distanceSql(f.origin)} <= ${radius}`)
  }
  return where
}

/**
 * Published services of published structures in the organisation's directory, filtered, then
 * ordered by relevance (rounded to a tenth, so that near-equal matches go by distance), distance, name.
 */
export function searchSql(f: SearchFilters): SQL {
  const columns = sql`s.id as "serviceId", s.name as "serviceName", s.description as "serviceDescription",
      s.themes, s.sub_themes as "subThemes", s.publics, s.age_min as "ageMin", s.age_max as "ageMax",
      s.access_conditions as "accessConditions", s.languages, s.referral_mode as "referralMode",
      s.what_to_bring as "whatToBring", s.phone as "servicePhone", s.email as "serviceEmail",
      s.opening_hours as "serviceHours", s.search_text as "searchText",
      st.id as "structureId", st.name as "structureName", st.kind as "structureKind", st.website,
      st.phone as "structurePhone", st.email as "structureEmail",
      p.id as "placeId", p.name as "placeName", p.address_input as "addressInput", p.label, p.postcode,
      p.city, p.latitude, p.longitude, p.wheelchair_accessible as "wheelchairAccessible",
      p.hearing_loop as "hearingLoop", p.access, p.opening_hours as "openingHours",
      p.hours_exceptions as "hoursExceptions", ${distanceSql(f.origin)} as distance`
  const from = sql`from directory_services s
    join directory_structures st on st.id = s.structure_id
    left join directory_places p on p.id = s.place_id
    where ${sql.join(conditions(f), sql` and `)}`
  const order = sql`order by round(m.relevance::numeric, 1) desc, m.distance asc nulls last, m."serviceName", m."serviceId"
    limit ${f.limit} offset ${f.offset}`
  if (f.origin && f.text)
    // The places within the radius come first (position index), then the text is compared on them
    // only: the trigram index would otherwise recheck thousands of loosely matching services.
    return sql`with near as materialized (select ${columns} ${from}),
      scored as (select n.*, word_similarity(${f.text}, n."searchText") as relevance from near n)
      select m.*, count(*) over ()::int as total from scored m
      where m.relevance >= ${WORD_SIMILARITY_THRESHOLD}
      ${order}`
  const relevance = f.text ? sql`word_similarity(${f.text}, s.search_text)` : sql`1::real`
  return sql`with matched as (select ${columns}, ${relevance} as relevance ${from})
    select m.*, count(*) over ()::int as total from matched m
    ${order}`
}

export function searchRepository(tx: Db) {
  return {
    /**
     * Published services of published structures in the organisation's directory, filtered, then
     * ordered by relevance (rounded to a tenth, so that near-equal matches go by distance), distance, name.
     */
    async search(f: SearchFilters): Promise<SearchRow[]> {
      if (f.text)
        await tx.execute(
          sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
        )
      return rows<SearchRow>(tx, searchSql(f))
    },

    /** One published service of the organisation's directory. */
    async service(organisationId: string, serviceId: string): Promise<SearchRow | undefined> {
      const found = await this.search({
        organisationId,
        text: '',
        themes: [],
        subThemes: [],
        publics: [],
        age: null,
        language: null,
        wheelchair: false,
        hearingLoop: false,
        referralModes: [],
        openOn: null,
        openAt: null,
        origin: null,
        serviceId,
        limit: 1,
        offset: 0,
      })
      return found[0]
    },
  }
}
