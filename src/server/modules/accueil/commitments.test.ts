import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  defaultAnnouncedDelays,
  type RequestChannel,
} from '../../../shared/modules/accueil/accueil.constants'
import { dueDate } from '../../../shared/modules/accueil/due-date'
import { rows } from '../../db/client'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { organisations } from '../organisations'
import { accueilRepository } from './accueil.repository'
import { announcedDelays, requests } from './accueil.table'
import { weightedMedian } from './commitments.service'

describe('weighted median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(weightedMedian(new Map())).toBeNull()
    expect(
      weightedMedian(
        new Map([
          [7, 1],
          [1, 1],
          [2, 1],
        ]),
      ),
    ).toBe(2)
    expect(
      weightedMedian(
        new Map([
          [1, 1],
          [3, 1],
        ]),
      ),
    ).toBe(2)
    expect(
      weightedMedian(
        new Map([
          [0, 10],
          [5, 1],
        ]),
      ),
    ).toBe(0)
  })
})

describe.each(databaseKinds)('published service commitments (%s)', (kind) => {
  let t: TestApp
  let organisationId: string
  let now = new Date('2026-03-02T09:00:00+01:00')

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    const [org] = await t.database.db.owner
      .insert(organisations)
      .values({
        kind: 'ccas',
        name: 'CCAS de Pontarlier',
        communeInsee: '25462',
        logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        primaryColor: '#ffd500',
        accentColor: '#006a4e',
      })
      .returning()
    organisationId = org!.id
    await t.database.db.owner
      .insert(announcedDelays)
      .values({ organisationId, channel: 'telephone', workingDays: 1 })
    let n = 0
    const add = (channel: RequestChannel, received: string, answered: string | null) => {
      const receivedAt = new Date(received)
      return t.database.db.owner.insert(requests).values({
        organisationId,
        reference: `2026-${String(++n).padStart(6, '0')}`,
        channel,
        themes: ['autre'],
        receivedAt,
        dueOn: dueDate(receivedAt, channel, { ...defaultAnnouncedDelays, telephone: 1 }),
        firstAnsweredAt: answered ? new Date(answered) : null,
        state: answered ? 'repondue' : 'nouvelle',
      })
    }
    await add('courriel', '2026-01-05T10:00:00+01:00', '2026-01-07T11:00:00+01:00') // due 12 Jan, answered in 2 working days
    await add('courriel', '2026-01-05T10:00:00+01:00', '2026-01-14T11:00:00+01:00') // late: 7 working days
    await add('courriel', '2026-02-02T10:00:00+01:00', '2026-02-03T09:00:00+01:00') // 1 working day
    await add('courriel', '2026-02-10T10:00:00+01:00', null) // due 17 Feb, never answered: late
    await add('courriel', '2026-02-25T10:00:00+01:00', null) // due 4 March: not due yet
    await add('courriel', '2025-02-01T10:00:00+01:00', '2025-02-03T10:00:00+01:00') // more than a year ago
    await add('accueil_physique', '2026-02-27T09:00:00+01:00', '2026-02-27T09:30:00+01:00')
    // 23:30 in Paris on Friday 27 February, answered on Monday 2 March: one working day, within the delay of 1.
    await add('telephone', '2026-02-27T23:30:00+01:00', '2026-03-02T08:00:00+01:00')
  })
  afterAll(async () => t?.close())

  it('publishes, per channel, the announced delay, the share answered within it and the median delay', async () => {
    const res = await t.anonymous().get(`/api/public/organisations/${organisationId}/commitments`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      organisation: {
        id: organisationId,
        name: 'CCAS de Pontarlier',
        logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        primaryColor: '#ffd500',
        accentColor: '#006a4e',
      },
      from: '2025-03-02',
      to: '2026-03-02',
    })
    const byChannel = Object.fromEntries(res.body.channels.map((c: { channel: string }) => [c.channel, c]))
    expect(byChannel.courriel).toEqual({
      channel: 'courriel',
      label: 'Courriel',
      workingDays: 5,
      isDefault: true,
      received: 5,
      due: 4,
      answeredWithinDelay: 2,
      shareWithinDelay: 0.5,
      medianWorkingDays: 2,
    })
    expect(byChannel.accueil_physique).toMatchObject({
      received: 1,
      due: 1,
      answeredWithinDelay: 1,
      shareWithinDelay: 1,
      medianWorkingDays: 0,
    })
    expect(byChannel.telephone).toMatchObject({
      workingDays: 1,
      isDefault: false,
      received: 1,
      answeredWithinDelay: 1,
      medianWorkingDays: 1,
    })
    expect(byChannel.courrier).toMatchObject({
      received: 0,
      due: 0,
      shareWithinDelay: null,
      medianWorkingDays: null,
    })
  })

  it('keeps the published results a quarter of an hour', async () => {
    const url = `/api/public/organisations/${organisationId}/commitments`
    const received = async () =>
      (await t.anonymous().get(url)).body.channels.find((c: { channel: string }) => c.channel === 'courrier')
        .received
    expect(await received()).toBe(0)
    const receivedAt = new Date('2026-02-20T10:00:00+01:00')
    await t.database.db.owner.insert(requests).values({
      organisationId,
      reference: '2026-000999',
      channel: 'courrier',
      receivedAt,
      dueOn: '2026-03-13',
    })
    expect(await received()).toBe(0)
    // The structure's identity is never kept: a new colour shows at once.
    await t.database.db.owner
      .update(organisations)
      .set({ primaryColor: '#7a1f5c' })
      .where(eq(organisations.id, organisationId))
    expect((await t.anonymous().get(url)).body.organisation.primaryColor).toBe('#7a1f5c')
    expect(await received()).toBe(0)
    now = new Date(now.getTime() + 16 * 60_000)
    expect(await received()).toBe(1)
  })

  it('shows no other organisation’s requests and answers 404 for an unknown one', async () => {
    const [morteau] = await t.database.db.owner
      .insert(organisations)
      .values({ kind: 'ccas', name: 'CCAS de Morteau', communeInsee: '25411' })
      .returning()
    const other = await t.anonymous().get(`/api/public/organisations/${morteau!.id}/commitments`)
    expect(other.status).toBe(200)
    expect(other.body.channels.every((c: { received: number }) => c.received === 0)).toBe(true)
    expect(
      (await t.anonymous().get('/api/public/organisations/0190a000-0000-7000-8000-000000000000/commitments'))
        .status,
    ).toBe(404)
  })
  it('counts days in Paris without leaving the transaction in another time zone', async () => {
    await t.database.db.owner.transaction(async (tx) => {
      await rows(tx, sql`select set_config('TimeZone', 'UTC', true)`)
      const groups = await accueilRepository(tx).receivedSince(
        organisationId,
        new Date('2026-02-27T00:00:00Z'),
      )
      // Received at 23:30 in Paris on 27 February: 22:30 in UTC, still the 27th in Paris.
      expect(groups.filter((g) => g.channel === 'telephone')).toEqual([
        {
          channel: 'telephone',
          received_on: '2026-02-27',
          answered_on: '2026-03-02',
          due_on: '2026-03-02',
          n: 1,
        },
      ])
      const [after] = await rows<{ zone: string }>(tx, sql`select current_setting('TimeZone') as zone`)
      expect(after!.zone).toBe('UTC')
    })
  })
})
