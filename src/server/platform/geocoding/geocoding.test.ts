import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeBan, GARE_VIOTTE, type FakeBan } from '../../test/fake-ban'
import { freePort } from '../../test/free-port'
import { testDatabase, databaseKinds, type TestDatabase } from '../../test/test-db'
import { createBanGeocoder, retryAfterMs } from './ban-geocoder'
import { databaseGeocodeCache } from './geocode-cache'
import { placeLocation, UNKNOWN_ADDRESS_WARNING } from './place-location'
import { TokenBucket } from './token-bucket'

/** The limiter, noting when each request is let go. */
class RecordingBucket extends TokenBucket {
  sent: number[] = []
  override async take() {
    await super.take()
    this.sent.push(performance.now())
  }
}

describe.each(databaseKinds)('geocoding against the local Géoplateforme (%s)', (kind) => {
  let database: TestDatabase
  let fake: FakeBan

  beforeAll(async () => {
    database = await testDatabase(kind)
    fake = await startFakeBan()
  }, 60_000)
  afterAll(async () => {
    await fake?.close()
    await database?.drop()
  })

  const geocoder = (limiter = new TokenBucket(1000, 100)) =>
    createBanGeocoder({ url: fake.url, db: database.db.owner, limiter })

  it('locates the gare Viotte, and asks the service only once for the same address', async () => {
    const ban = geocoder()
    const before = fake.calls.length
    const first = await placeLocation(ban, {
      text: '2 avenue de la Paix',
      postcode: '25000',
      city: 'Besançon',
    })
    expect(first).toMatchObject({ status: 'adresse', citycode: '25056', city: 'Besançon', postcode: '25000' })
    expect(first.latitude!).toBeCloseTo(GARE_VIOTTE.latitude, 2)
    expect(first.longitude!).toBeCloseTo(GARE_VIOTTE.longitude, 2)
    expect(first.warning).toBeUndefined()
    // Typed differently (case, spacing): the same query for the cache, even from a fresh process.
    const again = await placeLocation(geocoder(), { text: '2  AVENUE de la paix 25000 besançon' })
    expect(again).toMatchObject({ status: 'adresse', banId: first.banId })
    expect(fake.calls.length - before).toBe(1)
  })

  it('keeps an address the service does not know, without position, with a warning, and remembers it is unknown', async () => {
    const before = fake.calls.length
    const input = { text: '7 impasse des Licornes', postcode: '25000', city: 'Besançon' }
    const unknown = await placeLocation(geocoder(), input)
    expect(unknown).toMatchObject({
      status: 'inconnue',
      label: '7 impasse des Licornes',
      latitude: null,
      longitude: null,
      citycode: '25056',
      warning: UNKNOWN_ADDRESS_WARNING,
    })
    await placeLocation(geocoder(), input)
    expect(fake.calls.length - before).toBe(1)
  })

  it('asks again for an unknown address once the cache has aged past its retry time', async () => {
    const cache = databaseGeocodeCache(database.db.owner)
    const later = new Date(Date.now() + 31 * 86_400_000)
    const ban = createBanGeocoder({
      url: fake.url,
      cache,
      limiter: new TokenBucket(1000, 100),
      clock: () => later,
    })
    const before = fake.calls.length
    await ban.geocode({ text: '7 impasse des Licornes 25000 Besançon' })
    expect(fake.calls.length - before).toBe(1)
  })

  it('waits out a 429 for its Retry-After, then gets the answer', async () => {
    fake.rateLimitNext(1, 1)
    const before = fake.calls.length
    const started = performance.now()
    const found = await geocoder().geocode({ text: '12 rue Battant 25000 Besançon' })
    expect(found).toMatchObject({ type: 'housenumber', citycode: '25056' })
    const calls = fake.calls.slice(before)
    expect(calls.map((c) => c.status)).toEqual([429, 200])
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950)
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('sends no more than its rate, however many lookups run at once', async () => {
    const limiter = new RecordingBucket(50, 10)
    const ban = geocoder(limiter)
    const before = fake.calls.length
    const started = performance.now()
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => ban.geocode({ text: `${i + 1} rue de Belfort 25000 Besançon` })),
    )
    expect(fake.calls.length - before).toBe(100)
    // 10 at once, then one every 20 ms: the 90 others take 1.8 s.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1750)
    // As they leave, 61 requests (the burst and a second's rate, and one more) never fit in a second.
    const sent = limiter.sent
    for (let i = 0; i + 60 < sent.length; i++)
      expect(sent[i + 60]! - sent[i]!, `requests ${i} to ${i + 60}`).toBeGreaterThanOrEqual(1000)
  })

  it('falls back to the commune, placed where the cache last saw it, when the service cannot be reached', async () => {
    // The cache knows Besançon from an earlier lookup of the municipality.
    await placeLocation(geocoder(), { text: '', city: 'Besançon', postcode: '25000' })
    const closed = `http://127.0.0.1:${await freePort()}`
    const offline = createBanGeocoder({
      url: closed,
      db: database.db.owner,
      limiter: new TokenBucket(1000, 100),
    })
    const located = await placeLocation(offline, {
      text: '3 rue Inconnue',
      postcode: '25000',
      city: 'Besançon',
    })
    expect(located).toMatchObject({ status: 'commune', citycode: '25056', city: 'Besançon' })
    expect(located.latitude!).toBeCloseTo(47.2484, 3)
    expect(located.warning).toMatch(/ne répond pas/)
    // A commune the cache never saw: recognised from the official list, without position.
    const dole = await placeLocation(offline, { text: '2 rue des Arènes', postcode: '39100', city: 'Dole' })
    expect(dole).toMatchObject({ status: 'commune', citycode: '39198', latitude: null, longitude: null })
    expect(dole.warning).toMatch(/sans position/)
  })

  it('takes a 503 as an unreachable service', async () => {
    fake.fail(503)
    try {
      const located = await placeLocation(geocoder(), { text: '4 rue Rivotte', postcode: '25000' })
      expect(located).toMatchObject({ status: 'commune', citycode: '25056' })
    } finally {
      fake.recover()
    }
  })
})

describe('Retry-After', () => {
  const now = new Date('2026-03-02T10:00:00Z')
  it('reads seconds and HTTP dates, and waits 5 s when the header is missing', () => {
    expect(retryAfterMs('2', now)).toBe(2000)
    expect(retryAfterMs('Mon, 02 Mar 2026 10:00:07 GMT', now)).toBe(7000)
    expect(retryAfterMs(null, now)).toBe(5000)
  })
})
