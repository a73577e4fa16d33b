import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StoredMail } from '../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { followTokenIn, insertOffer } from './application-fixtures'
import { refreshAnswerRates, sendApplicationReminders, sendClosingNotices } from './application-reminders'
import { jobApplications } from './applications.table'
import { jobOffers } from './offers.table'

const DAY_MS = 86_400_000

const person = (n: number) => ({
  firstName: `Prénom${n}`,
  lastName: `Nom${n}`,
  email: `candidat${n}@exemple.test`,
  message: '',
  consent: true,
})

describe.each(databaseKinds)('reminders, closing notices and the answer rate (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-02T09:00:00+01:00')
  let visitor: TestClient
  let recruiter: TestClient
  let n = 0

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    visitor = await t.anonymous().init()
    recruiter = await t.signIn(t.tenantA.accounts.recruteur)
  })
  afterAll(async () => t?.close())

  const deps = () => ({ db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000', secrets: t.secrets })

  async function newMails<T>(act: () => Promise<T>): Promise<{ result: T; mails: StoredMail[] }> {
    const before = (await t.mailer.outbox()).length
    const result = await act()
    const all = await t.mailer.outbox()
    return { result, mails: all.slice(0, all.length - before) }
  }

  async function apply(slug: string) {
    const { result, mails } = await newMails(() =>
      visitor.post(`/api/metiers/offres/${slug}/candidatures`, person(++n)),
    )
    expect(result.status, JSON.stringify(result.body)).toBe(201)
    return {
      id: result.body.applicationId as string,
      token: followTokenIn(mails.find((m) => m.to.startsWith('candidat'))!),
    }
  }

  const move = (id: string, status: string) =>
    recruiter.post(`/api/metiers/recrutement/candidatures/${id}/statut`, { status, message: '' })

  it('reminds the recruiters once of applications unanswered after 7 days, in one e-mail per person', async () => {
    const offer = await insertOffer(t.database.db.owner, t.tenantA.organisationId, {
      title: 'Moniteur éducateur',
      now,
    })
    const late = await apply(offer.slug)
    const lateToo = await apply(offer.slug)
    const answered = await apply(offer.slug)
    await move(answered.id, 'contactee')

    now = new Date(now.getTime() + 6 * DAY_MS)
    const early = await newMails(() => sendApplicationReminders(deps(), now))
    expect(early.mails).toEqual([])

    now = new Date(now.getTime() + 2 * DAY_MS)
    const first = await newMails(() => sendApplicationReminders(deps(), now))
    expect(first.result.applications).toBe(2)
    const recipients = first.mails.map((m) => m.to).sort()
    expect(recipients).toEqual([t.tenantA.accounts.administrateur, t.tenantA.accounts.recruteur].sort())
    expect(first.mails[0]!.text).toMatch(/« Moniteur éducateur » : 2 candidatures/)
    expect(first.mails[0]!.text).not.toMatch(/Prénom|Nom\d|candidat\d/)

    const detail = await recruiter.get(`/api/metiers/recrutement/candidatures/${late.id}`)
    expect(detail.body.history.map((e: { kind: string }) => e.kind)).toContain('rappel')
    expect(detail.body.overdue).toBe(true)
    expect(lateToo.id).not.toBe(late.id)

    now = new Date(now.getTime() + DAY_MS)
    const again = await newMails(() => sendApplicationReminders(deps(), now))
    expect(again.mails).toEqual([])
  })

  it('tells candidates once that the offer closed, unless they already had the final answer or withdrew', async () => {
    const offer = await insertOffer(t.database.db.owner, t.tenantA.organisationId, { title: 'TISF', now })
    const open = await apply(offer.slug)
    const refused = await apply(offer.slug)
    const gone = await apply(offer.slug)
    await move(refused.id, 'non_retenue')
    await visitor.post(`/api/metiers/candidatures/suivi/${gone.token}/retirer`, {})

    expect(
      (await newMails(() => sendClosingNotices(deps(), now))).mails.filter((m) => m.subject.includes('TISF')),
    ).toEqual([])

    await t.database.db.owner
      .update(jobOffers)
      .set({ state: 'pourvue', closedAt: now })
      .where(eq(jobOffers.id, offer.id))
    const { mails } = await newMails(() => sendClosingNotices(deps(), now))
    expect(mails.map((m) => m.to)).toEqual([`candidat${n - 2}@exemple.test`])
    expect(mails[0]!.subject).toBe('Offre close : « TISF »')
    expect(followTokenIn(mails[0]!)).toBe(open.token)

    const seen = await visitor.get(`/api/metiers/candidatures/suivi/${open.token}`)
    expect(seen.body.offer.state).toBe('pourvue')
    expect(seen.body.history.at(-1)).toMatchObject({ kind: 'cloture' })
    expect((await newMails(() => sendClosingNotices(deps(), now))).mails).toEqual([])
  })

  it('computes the answer rate over 6 months, with no rate under 5 applications', async () => {
    // A second employer of its own, so that the counts are this test's alone.
    const org = t.tenantB.organisationId
    const other = await t.signIn(t.tenantB.accounts.recruteur)
    const offer = await insertOffer(t.database.db.owner, org, { title: 'Assistant familial', now })
    const answerIn = async (days: number | null) => {
      const a = await apply(offer.slug)
      if (days !== null) {
        const at = new Date(now.getTime() + days * DAY_MS)
        await t.database.db.owner
          .update(jobApplications)
          .set({ status: 'contactee', answeredAt: at, statusChangedAt: at })
          .where(eq(jobApplications.id, a.id))
      }
      return a
    }
    const board = async () => (await other.get('/api/metiers/recrutement/tableau')).body.answerRate

    await answerIn(1)
    await answerIn(3)
    const answeredLate = await answerIn(null)
    await refreshAnswerRates(deps(), now)
    // Three applications: two answered, one still inside its 7 days (not counted yet).
    expect(await board()).toMatchObject({ received: 2, answered: 2, rate: null, medianAnswerDays: null })

    await answerIn(2)
    await answerIn(null)
    await answerIn(null)
    // An old one, beyond 6 months: not counted.
    const old = await answerIn(null)
    await t.database.db.owner
      .update(jobApplications)
      .set({ createdAt: new Date(now.getTime() - 200 * DAY_MS) })
      .where(eq(jobApplications.id, old.id))

    const tenDaysOn = new Date(now.getTime() + 10 * DAY_MS)
    now = new Date(now.getTime() + 14 * DAY_MS)
    await t.database.db.owner
      .update(jobApplications)
      .set({ status: 'contactee', answeredAt: tenDaysOn, statusChangedAt: tenDaysOn })
      .where(eq(jobApplications.id, answeredLate.id))
    expect(await refreshAnswerRates(deps(), now)).toBeGreaterThanOrEqual(2)
    // Six counted: answered within 7 days after 1, 2, 3 days; after 10 days (late); two never.
    // The median of the answers' delays (1, 2, 3, 10 days) is 2.5, shown as 3.
    expect(await board()).toMatchObject({ received: 6, answered: 3, rate: 50, medianAnswerDays: 3 })
  })
})
