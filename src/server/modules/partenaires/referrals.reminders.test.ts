import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { directoryEntry, expectNoPersonalData, linkIn, personalDetails } from './referrals-fixtures'
import { sendReferralReminders, type ReferralReminderDeps } from './referrals.reminders'

const DAY_MS = 86_400_000
const start = new Date('2026-05-04T09:00:00+02:00')
const at = (days: number) => new Date(start.getTime() + days * DAY_MS)

describe.each(databaseKinds)('reminders and expiry of orientations (%s)', (kind) => {
  let t: TestApp
  let now = start
  let deps: ReferralReminderDeps
  let agent: TestClient
  let visitor: TestClient
  let requestId: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    deps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' }
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    visitor = await t.anonymous().init()
    const entry = await directoryEntry(t.database.db.owner, t.tenantA.organisationId, {
      structure: 'Banque alimentaire du Doubs',
      service: 'Colis d’urgence',
      email: 'colis@ba25.test',
    })
    requestId = (
      await agent.post('/api/requests', { channel: 'accueil_physique', themes: ['aide_alimentaire'] })
    ).body.id
    const orient = async () =>
      (
        await agent.post(`/api/requests/${requestId}/referrals`, {
          serviceId: entry.serviceId,
          share: { firstName: personalDetails.firstName, lastName: personalDetails.lastName },
          consent: true,
        })
      ).body.id as string
    ids.silent = await orient()
    ids.answered = await orient()
    now = at(1)
    ids.recent = await orient()
  })
  afterAll(async () => t?.close())

  const newMails = async (before: number) => {
    const all = await t.mailer.outbox()
    return all.slice(0, all.length - before)
  }

  it('does nothing before 7 days without news', async () => {
    const before = (await t.mailer.outbox()).length
    expect(await sendReferralReminders(deps, at(6.9))).toEqual({ expired: 0, reminded: 0, agentsNotified: 0 })
    expect((await newMails(before)).length).toBe(0)
  })

  it('reminds the partner once after 7 days with a new link, tells the agent, writes the history', async () => {
    const mine = await agent.get(`/api/referrals/sent/${ids.answered}`)
    expect(mine.body.stale).toBe(false)
    // The partner answers one of them by its first link before the reminder.
    const firstLinks = (await t.mailer.outbox()).filter((m) => m.to === 'colis@ba25.test').map(linkIn)
    let answeredOne = false
    for (const link of firstLinks) {
      const base = `/api/public/organisations/${link.organisationId}/referrals/${link.token}`
      const read = await visitor.get(base)
      if (read.status === 200 && read.body.id === ids.answered) {
        expect((await visitor.post(`${base}/answer`, { action: 'accepter' })).status).toBe(200)
        answeredOne = true
      }
    }
    expect(answeredOne).toBe(true)

    const before = (await t.mailer.outbox()).length
    now = at(7.5)
    expect(await sendReferralReminders(deps, now)).toEqual({ expired: 0, reminded: 1, agentsNotified: 1 })
    const mails = await newMails(before)
    expect(mails.map((m) => m.to).sort()).toEqual(
      ['colis@ba25.test', t.tenantA.accounts.agent_accueil].sort(),
    )
    expect(expectNoPersonalData(mails)).toEqual([])
    const reminder = mails.find((m) => m.to === 'colis@ba25.test')!
    const link = linkIn(reminder)
    const read = await visitor.get(`/api/public/organisations/${link.organisationId}/referrals/${link.token}`)
    expect(read.body.id).toBe(ids.silent)
    expect(mails.find((m) => m.to !== 'colis@ba25.test')!.text).toContain(`/demandes/${requestId}`)

    const stale = await agent.get('/api/referrals/sent?stale=true')
    expect(stale.body.items.map((r: { id: string }) => r.id)).toEqual([ids.silent])
    expect(stale.body.items[0].remindedAt).not.toBeNull()
    const request = await agent.get(`/api/requests/${requestId}`)
    expect(
      request.body.events.filter((e: { kind: string }) => e.kind === 'relance_orientation'),
    ).toHaveLength(1)

    // Idempotent: nothing more the same day; the next day, only the younger orientation comes due.
    const again = (await t.mailer.outbox()).length
    expect(await sendReferralReminders(deps, now)).toEqual({ expired: 0, reminded: 0, agentsNotified: 0 })
    now = at(8.5)
    expect(await sendReferralReminders(deps, now)).toEqual({ expired: 0, reminded: 1, agentsNotified: 1 })
    expect((await newMails(again)).map((m) => m.to)).toContain('colis@ba25.test')
    expect(await sendReferralReminders(deps, at(9))).toEqual({ expired: 0, reminded: 0, agentsNotified: 0 })
  })

  it('expires orientations never accepted after 30 days, and the request shows it; an accepted one stays', async () => {
    now = at(30.1)
    const run = await sendReferralReminders(deps, now)
    expect(run.expired).toBe(1)
    expect((await agent.get(`/api/referrals/sent/${ids.silent}`)).body.status).toBe('expiree')
    expect((await agent.get(`/api/referrals/sent/${ids.answered}`)).body.status).toBe('acceptee')
    expect((await agent.get(`/api/referrals/sent/${ids.recent}`)).body.status).toBe('envoyee')
    now = at(31.1)
    expect((await sendReferralReminders(deps, now)).expired).toBe(1)
    expect((await sendReferralReminders(deps, now)).expired).toBe(0)
    const request = await agent.get(`/api/requests/${requestId}`)
    const expired = request.body.events.filter(
      (e: { kind: string; detail: { referralStatus?: string } }) =>
        e.kind === 'suite_orientation' && e.detail.referralStatus === 'expiree',
    )
    expect(expired).toHaveLength(2)
    expect(
      request.body.orientations.filter((o: { outcome: string }) => o.outcome === 'sans_suite'),
    ).toHaveLength(2)
  })
})

describe.each(databaseKinds)('reminders of accepted orientations without news of the person (%s)', (kind) => {
  let t: TestApp
  let now = start
  let deps: ReferralReminderDeps
  let agent: TestClient
  let visitor: TestClient
  let requestId: string
  const ids: Record<string, string> = {}
  const address = 'accueil@restos25.test'

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    deps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' }
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    visitor = await t.anonymous().init()
    const entry = await directoryEntry(t.database.db.owner, t.tenantA.organisationId, {
      structure: 'Restos du cœur de Besançon',
      service: 'Inscription à la distribution',
      email: address,
    })
    requestId = (
      await agent.post('/api/requests', { channel: 'accueil_physique', themes: ['aide_alimentaire'] })
    ).body.id
    const orient = async () =>
      (
        await agent.post(`/api/requests/${requestId}/referrals`, {
          serviceId: entry.serviceId,
          share: { firstName: personalDetails.firstName },
          consent: true,
        })
      ).body.id as string
    ids.early = await orient()
    ids.late = await orient()
  })
  afterAll(async () => t?.close())

  const mailsTo = async (to: string, before: number) => {
    const all = await t.mailer.outbox()
    return all.slice(0, all.length - before).filter((m) => m.to === to)
  }
  /** Answers through a link as the partner would, returning the status code. */
  const answerByLink = async (link: { organisationId: string; token: string }, action: string) =>
    (
      await visitor.post(`/api/public/organisations/${link.organisationId}/referrals/${link.token}/answer`, {
        action,
      })
    ).status
  const readByLink = async (link: { organisationId: string; token: string }) =>
    visitor.get(`/api/public/organisations/${link.organisationId}/referrals/${link.token}`)

  it('asks the partner whether the person came, 14 days after it accepted, once, with a link that still works', async () => {
    // The first orientation is accepted the next day by its first link.
    now = at(1)
    const first = (await t.mailer.outbox()).filter((m) => m.to === address).map(linkIn)
    for (const link of first) {
      const read = await readByLink(link)
      if (read.body.id === ids.early) expect(await answerByLink(link, 'accepter')).toBe(200)
    }
    expect((await agent.get(`/api/referrals/sent/${ids.early}`)).body.status).toBe('acceptee')

    // The second is left unanswered: reminded at 7 days, then accepted by the reminder's link.
    now = at(7.5)
    let before = (await t.mailer.outbox()).length
    expect(await sendReferralReminders(deps, now)).toEqual({ expired: 0, reminded: 1, agentsNotified: 1 })
    const reminder = (await mailsTo(address, before))[0]!
    now = at(8)
    expect((await readByLink(linkIn(reminder))).body.id).toBe(ids.late)
    expect(await answerByLink(linkIn(reminder), 'accepter')).toBe(200)

    // Nothing before 14 days after the acceptance, and the agent does not see it as without news.
    now = at(14.9)
    expect(await sendReferralReminders(deps, now)).toEqual({ expired: 0, reminded: 0, agentsNotified: 0 })
    const withoutNews = async () =>
      (await agent.get('/api/referrals/sent?stale=true')).body.items.map((r: { id: string }) => r.id)
    expect((await agent.get(`/api/referrals/sent/${ids.early}`)).body.stale).toBe(false)
    expect(await withoutNews()).not.toContain(ids.early)

    now = at(15.5)
    before = (await t.mailer.outbox()).length
    expect(await sendReferralReminders(deps, now)).toEqual({ expired: 0, reminded: 1, agentsNotified: 0 })
    const asked = await mailsTo(address, before)
    expect(asked).toHaveLength(1)
    expect(asked[0]!.subject).toContain('est-elle venue')
    expect(asked[0]!.text).toContain('il y a 14 jours')
    // The agent sees it without news too, on the request and in the list of those without news.
    expect((await agent.get(`/api/referrals/sent/${ids.early}`)).body.stale).toBe(true)
    expect(await withoutNews()).toEqual([ids.early])
    expect(expectNoPersonalData(asked)).toEqual([])
    const outcomeLink = linkIn(asked[0]!)
    const read = await readByLink(outcomeLink)
    expect(read.body.id).toBe(ids.early)
    expect(read.body.allowedActions).toEqual(expect.arrayContaining(['personne_recue', 'personne_absente']))
    const request = await agent.get(`/api/requests/${requestId}`)
    expect(
      request.body.events.filter((e: { kind: string }) => e.kind === 'relance_orientation'),
    ).toHaveLength(2)

    // Once: the same orientation is not asked again, the next day nor later.
    expect(await sendReferralReminders(deps, at(16))).toEqual({ expired: 0, reminded: 0, agentsNotified: 0 })
    now = at(16)
    expect(await answerByLink(outcomeLink, 'personne_recue')).toBe(200)
    expect((await agent.get(`/api/referrals/sent/${ids.early}`)).body.status).toBe('personne_recue')
    expect(await sendReferralReminders(deps, at(40))).toMatchObject({ reminded: 1 })
  })

  it('counts the reminder sent before the acceptance for nothing, and keeps the new link open past 30 days', async () => {
    // Reminded at 7.5 days, accepted at 8: asked whether the person came at 22 days (14 after).
    // The previous test's last run (day 40) sent it; its link outlives the first link's 30 days.
    const mails = (await t.mailer.outbox()).filter(
      (m) => m.to === address && m.subject.includes('est-elle venue'),
    )
    expect(mails).toHaveLength(2)
    now = at(35)
    const link = linkIn(mails[0]!)
    expect((await readByLink(link)).body.id).toBe(ids.late)
    expect(await answerByLink(link, 'personne_absente')).toBe(200)
    expect((await agent.get(`/api/referrals/sent/${ids.late}`)).body.status).toBe('personne_absente')
    expect(await sendReferralReminders(deps, at(60))).toEqual({ expired: 0, reminded: 0, agentsNotified: 0 })
  })
})
