import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { minutesOf, type WeeklyHours } from '../../../shared/modules/partenaires/directory.constants'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { syntheticDirectory } from './directory.demo'
import { directoryPlaces, directoryServices } from './partenaires.table'

/** Distance in metres between two positions (equirectangular: enough within a town). */
const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const x = ((b.lng - a.lng) * Math.PI * Math.cos(((a.lat + b.lat) * Math.PI) / 360)) / 180
  const y = ((b.lat - a.lat) * Math.PI) / 180
  return Math.sqrt(x * x + y * y) * 6_371_000
}
const VIOTTE = { lat: 47.2468, lng: 6.0225 }
const openSaturdayMorning = (hours: WeeklyHours) =>
  (hours.samedi ?? []).some(([start, end]) => minutesOf(start) <= 10 * 60 && minutesOf(end) > 10 * 60)

describe.each(databaseKinds)('the demonstration directory of Besançon (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  beforeAll(async () => {
    t = await createTestApp(kind)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
  })
  afterAll(async () => t?.close())

  it('lists about thirty located structures, some to update, and a partner’s proposal waiting', async () => {
    const list = await agent.get('/api/directory/structures')
    expect(list.body.total).toBeGreaterThanOrEqual(30)
    expect(list.body.items.some((s: { needsUpdate: boolean }) => s.needsUpdate)).toBe(true)
    const places = await t.database.db.owner
      .select()
      .from(directoryPlaces)
      .where(eq(directoryPlaces.organisationId, t.tenantA.organisationId))
    expect(places.every((p) => p.geocodeStatus === 'adresse' && p.latitude !== null)).toBe(true)
    const pending = await agent.get('/api/directory/changes')
    expect(pending.body.length).toBeGreaterThanOrEqual(1)
    expect(pending.body[0].diff.map((d: { field: string }) => d.field).sort()).toEqual([
      'description',
      'phone',
    ])
  })

  it('has food aid near the Viotte station, open on Saturday morning at one place and not at others', async () => {
    const found = await rows<{ hours: WeeklyHours; own: WeeklyHours | null; lat: number; lng: number }>(
      t.database.db.owner,
      sql`select p.opening_hours as hours, s.opening_hours as own, p.latitude as lat, p.longitude as lng
          from directory_services s join directory_places p on p.id = s.place_id
          where s.organisation_id = ${t.tenantA.organisationId} and 'aide_alimentaire' = any (s.themes)`,
    )
    const near = found.filter((f) => metres(VIOTTE, f) < 500)
    expect(near.length).toBeGreaterThanOrEqual(3)
    const saturday = near.map((f) => openSaturdayMorning(f.own ?? f.hours))
    expect(saturday).toContain(true)
    expect(saturday).toContain(false)
  })

  it('fills the search text of every service', async () => {
    const services = await t.database.db.owner
      .select()
      .from(directoryServices)
      .where(eq(directoryServices.organisationId, t.tenantA.organisationId))
    expect(
      services.every((s) => s.searchText.length > 0 && s.searchText === s.searchText.toLowerCase()),
    ).toBe(true)
    const colis = services.find((s) => s.name === 'Colis alimentaires du samedi')!
    expect(colis.searchText).toContain('besancon')
  })

  it('generates the same large synthetic directory for the same organisation, spread over the département', async () => {
    const count = await syntheticDirectory(t.database.db.owner, t.tenantB.organisationId, {
      services: 60,
      places: 90,
    })
    expect(count).toEqual({ structures: 45, places: 90, services: 60 })
    const placed = await t.database.db.owner
      .select()
      .from(directoryPlaces)
      .where(eq(directoryPlaces.organisationId, t.tenantB.organisationId))
    expect(placed).toHaveLength(90)
    expect(
      placed.every((p) => p.latitude! > 46.5 && p.latitude! < 47.6 && p.longitude! > 5.7 && p.longitude! < 7),
    ).toBe(true)
    const services = await t.database.db.owner
      .select()
      .from(directoryServices)
      .where(eq(directoryServices.organisationId, t.tenantB.organisationId))
    expect(services.every((s) => !/[éèàç]/.test(s.searchText) && s.searchText.includes('synthetique'))).toBe(
      true,
    )
    // Same seed, same rows: a second run collides on every id instead of adding others.
    await expect(
      syntheticDirectory(t.database.db.owner, t.tenantB.organisationId, { services: 1, places: 2 }),
    ).rejects.toThrow()
  })
})
