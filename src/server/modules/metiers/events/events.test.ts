import { and, eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, parisDate } from '../../../../shared/dates'
import { instantToParisLocal, parisLocalToInstant } from '../../../../shared/modules/metiers/events-dates'
import { auditLog } from '../../../platform/audit'
import type { StoredMail } from '../../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { signedUpCandidate } from '../candidate-fixtures'
import { jobProfiles } from '../fiches.table'
import { sendEventReminders } from './events.reminders'
import { eventRegistrations, metiersEvents } from './events.table'

const inDays = (days: number, time: string) => `${addDays(parisDate(new Date()), days)}T${time}`

const webinar = (extra: Record<string, unknown> = {}) => ({
  kind: 'webinaire_qvct',
  title: 'Club QVCT : prévenir le mal de dos, gestes; postures',
  description: '<p>Une heure <strong>en ligne</strong>.</p><script>alert(1)</script>',
  online: true,
  onlineUrl: 'https://visio.exemple.fr/club-qvct',
  address: '',
  postcode: '',
  commune: '',
  capacity: 2,
  jobIds: [],
  audience: 'Professionnels du domicile',
  accessibility: 'Sous-titres en direct',
  startsAt: inDays(20, '12:30'),
  endsAt: inDays(20, '13:30'),
  registrationDeadline: null,
  ...extra,
})

const person = (firstName: string, email: string) => ({
  firstName,
  lastName: 'Testeur',
  email,
  consent: true,
})

/** The registration page's path in an e-mail. */
const managePathIn = (mail: StoredMail) => {
  const match = /(\/metiers\/evenements\/[a-z0-9-]+\/inscription\/[A-Za-z0-9_-]+)/.exec(mail.text)
  if (!match) throw new Error(`pas de lien d’inscription dans « ${mail.subject} »`)
  return match[1]!
}

describe.each(databaseKinds)('events (%s)', (kind) => {
  let t: TestApp
  let editorA: TestClient
  let recruiterA: TestClient
  let adminB: TestClient
  let anonymous: TestClient
  let event: { id: string; slug: string }
  let ficheId: string

  const mailsTo = async (to: string) => (await t.mailer.outbox()).filter((m) => m.to === to)

  beforeAll(async () => {
    t = await createTestApp(kind)
    editorA = await t.signIn(t.tenantA.accounts.editeur)
    recruiterA = await t.signIn(t.tenantA.accounts.recruteur)
    adminB = await t.signIn(t.tenantB.accounts.administrateur)
    anonymous = await t.anonymous().init()
    const [fiche] = await t.database.db.owner
      .select({ id: jobProfiles.id })
      .from(jobProfiles)
      .where(eq(jobProfiles.slug, 'aide-a-domicile'))
    ficheId = fiche!.id
    const created = await editorA.post('/api/metiers/edition/evenements', webinar({ jobIds: [ficheId] }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    event = created.body
  })
  afterAll(async () => t?.close())

  it('lets editors, administrators and recruiters organise, and no one else', async () => {
    expect(event).toMatchObject({ published: false, capacity: 2, counts: { registered: 0 } })
    expect((await recruiterA.get('/api/metiers/edition/evenements')).status).toBe(200)
    const reception = await t.signIn(t.tenantA.accounts.agent_accueil)
    expect((await reception.get('/api/metiers/edition/evenements')).status).toBe(403)
    expect((await reception.post('/api/metiers/edition/evenements', webinar())).status).toBe(403)
    expect((await anonymous.get('/api/metiers/edition/evenements')).status).toBe(401)
    // The other tenant sees nothing of A's event.
    expect((await adminB.get(`/api/metiers/edition/evenements/${event.id}`)).status).toBe(404)
    expect(
      (await adminB.request('PUT', `/api/metiers/edition/evenements/${event.id}`, webinar())).status,
    ).toBe(404)
    expect(
      (await adminB.post(`/api/metiers/edition/evenements/${event.id}/publication`, { published: true }))
        .status,
    ).toBe(404)
    const listB = await adminB.get('/api/metiers/edition/evenements')
    expect(listB.body.events.map((e: { id: string }) => e.id)).not.toContain(event.id)
  })

  it('sanitises the description and refuses bad input with the field named, saving nothing', async () => {
    const detail = await editorA.get(`/api/metiers/edition/evenements/${event.id}`)
    expect(detail.body.descriptionHtml).toBe('<p>Une heure <strong>en ligne</strong>.</p>')
    const before = (await editorA.get('/api/metiers/edition/evenements')).body.events.length
    const backwards = await editorA.post(
      '/api/metiers/edition/evenements',
      webinar({ endsAt: inDays(20, '11:00') }),
    )
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('Fin : après le début.')
    const noLink = await editorA.post('/api/metiers/edition/evenements', webinar({ onlineUrl: null }))
    expect(noLink.status).toBe(400)
    expect(JSON.stringify(noLink.body)).toContain('Lien de connexion : obligatoire en ligne.')
    const badDate = await editorA.post(
      '/api/metiers/edition/evenements',
      webinar({ startsAt: '2027-02-30T10:00' }),
    )
    expect(badDate.status).toBe(400)
    expect(JSON.stringify(badDate.body)).toContain('Début : date et heure au format AAAA-MM-JJTHH:MM.')
    const unknownJob = await editorA.post(
      '/api/metiers/edition/evenements',
      webinar({ jobIds: ['0190a3d2-0000-7000-8000-000000000000'] }),
    )
    expect(unknownJob.status).toBe(400)
    expect((await editorA.get('/api/metiers/edition/evenements')).body.events.length).toBe(before)
  })

  it('shows an event to the public only once published, without its online link', async () => {
    expect((await anonymous.get(`/api/metiers/evenements/${event.slug}`)).status).toBe(404)
    const list = await anonymous.get('/api/metiers/evenements?kind=webinaire_qvct')
    expect(list.body.events.map((e: { id: string }) => e.id)).not.toContain(event.id)
    const published = await editorA.post(`/api/metiers/edition/evenements/${event.id}/publication`, {
      published: true,
    })
    expect(published.status).toBe(200)
    const page = await anonymous.get(`/api/metiers/evenements/${event.slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ online: true, seatsLeft: 2, registrationOpen: true, replay: null })
    expect(page.body.jobs).toEqual([expect.objectContaining({ id: ficheId, slug: 'aide-a-domicile' })])
    expect(JSON.stringify(page.body)).not.toContain('visio.exemple.fr')
    // Filters: the fiche, accents and capitals ignored in words, the kind.
    const byJob = await anonymous.get('/api/metiers/evenements?job=aide-a-domicile&q=PREVENIR%20dos')
    expect(byJob.body.events.map((e: { id: string }) => e.id)).toContain(event.id)
    const otherKind = await anonymous.get(`/api/metiers/evenements?kind=forum&q=prevenir`)
    expect(otherKind.body.events.map((e: { id: string }) => e.id)).not.toContain(event.id)
    const bad = await anonymous.get('/api/metiers/evenements?departement=Ain')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Département')
  })

  it('serves the event’s page with its content and schema.org Event data, and the list', async () => {
    const page = await anonymous.get(`/metiers/evenements/${event.slug}`)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    const jsonLd = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(String(page.body))
    const data = JSON.parse(jsonLd![1]!)
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'Club QVCT : prévenir le mal de dos, gestes; postures',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      startDate: parisLocalToInstant(inDays(20, '12:30')).toISOString(),
    })
    expect(String(page.body)).not.toContain('visio.exemple.fr')
    expect((await anonymous.get('/metiers/evenements/nimporte-quoi')).status).toBe(404)
    const list = await anonymous.get('/metiers/evenements')
    expect(list.status).toBe(200)
    expect(String(list.body)).toContain(`/metiers/evenements/${event.slug}`)
  })

  it('registers with a seat and sends an invitation a calendar reads, at the right Paris time', async () => {
    const res = await anonymous.post(`/api/metiers/evenements/${event.slug}/inscriptions`, {
      ...person('Alice', 'alice@exemple.fr'),
      accessibilityNeeds: 'Sous-titres, merci',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({
      state: 'inscrit',
      position: null,
      onlineUrl: 'https://visio.exemple.fr/club-qvct',
    })
    const [mail] = await mailsTo('alice@exemple.fr')
    expect(mail!.subject).toBe(
      'Inscription confirmée : « Club QVCT : prévenir le mal de dos, gestes; postures »',
    )
    expect(mail!.text).toContain('https://visio.exemple.fr/club-qvct')
    const ics = mail!.attachments![0]!.content
    expect(ics).toMatch(/\r\n$/)
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n')
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    // The zone is described in the file: the calendar turns Paris time into the right instant.
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!)
    ICAL.TimezoneService.register(zone, 'Europe/Paris')
    expect(vevent.startDate.toJSDate().toISOString()).toBe(
      parisLocalToInstant(inDays(20, '12:30')).toISOString(),
    )
    expect(vevent.endDate.toJSDate().toISOString()).toBe(
      parisLocalToInstant(inDays(20, '13:30')).toISOString(),
    )
    expect(vevent.summary).toBe('Club QVCT : prévenir le mal de dos, gestes; postures')
    expect(vevent.uid).toBe(`event-${event.id}@localhost`)
    expect(vevent.location).toBe('https://visio.exemple.fr/club-qvct')
    ICAL.TimezoneService.remove('Europe/Paris')
    // The same file is downloaded from the person's page.
    const download = await anonymous.get(`/api${managePathIn(mail!)}/invitation.ics`)
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toContain('text/calendar')
    expect(String(download.body)).toContain(`UID:event-${event.id}@localhost`)
    // The personal page opens the registration.
    const page = await anonymous.get(`/api${managePathIn(mail!)}`)
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ state: 'inscrit', canCancel: true, firstName: 'Alice' })
    const [row] = await t.database.db.owner
      .select()
      .from(eventRegistrations)
      .where(eq(eventRegistrations.email, 'alice@exemple.fr'))
    expect(row).toMatchObject({ accessibilityNeeds: 'Sous-titres, merci', candidateAccountId: null })
  })

  it('refuses a second registration of the same address and a registration without consent', async () => {
    const again = await anonymous.post(
      `/api/metiers/evenements/${event.slug}/inscriptions`,
      person('Alice', 'ALICE@exemple.fr'),
    )
    expect(again.status).toBe(409)
    const noConsent = await anonymous.post(`/api/metiers/evenements/${event.slug}/inscriptions`, {
      ...person('Zoé', 'zoe@exemple.fr'),
      consent: false,
    })
    expect(noConsent.status).toBe(400)
    expect(await mailsTo('zoe@exemple.fr')).toHaveLength(0)
  })

  it('puts people on the waiting list once full, and a cancellation gives the seat to the first waiting', async () => {
    const bruno = await anonymous.post(
      `/api/metiers/evenements/${event.slug}/inscriptions`,
      person('Bruno', 'bruno@exemple.fr'),
    )
    expect(bruno.body.state).toBe('inscrit')
    const chloe = await anonymous.post(
      `/api/metiers/evenements/${event.slug}/inscriptions`,
      person('Chloé', 'chloe@exemple.fr'),
    )
    expect(chloe.body).toMatchObject({ state: 'liste_attente', position: 1, onlineUrl: null })
    const david = await anonymous.post(
      `/api/metiers/evenements/${event.slug}/inscriptions`,
      person('David', 'david@exemple.fr'),
    )
    expect(david.body).toMatchObject({ state: 'liste_attente', position: 2 })
    expect((await mailsTo('chloe@exemple.fr'))[0]!.subject).toContain('Liste d’attente')
    expect((await mailsTo('chloe@exemple.fr'))[0]!.attachments ?? []).toHaveLength(0)
    expect((await anonymous.get(`/api/metiers/evenements/${event.slug}`)).body.seatsLeft).toBe(0)

    // Bruno cancels with the link of his e-mail.
    const [brunoMail] = await mailsTo('bruno@exemple.fr')
    const cancelled = await anonymous.post(`/api/${managePathIn(brunoMail!).slice(1)}/annuler`)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ state: 'annule', canCancel: false })
    expect((await mailsTo('bruno@exemple.fr'))[0]!.subject).toContain('Inscription annulée')
    const [promoted] = await mailsTo('chloe@exemple.fr')
    expect(promoted!.subject).toBe(
      'Une place s’est libérée : « Club QVCT : prévenir le mal de dos, gestes; postures »',
    )
    expect(promoted!.attachments![0]!.content).toContain('BEGIN:VEVENT')
    const chloePage = await anonymous.get(`/api${managePathIn(promoted!)}`)
    expect(chloePage.body).toMatchObject({
      state: 'inscrit',
      onlineUrl: 'https://visio.exemple.fr/club-qvct',
    })
    const davidPage = await anonymous.get(`/api${managePathIn((await mailsTo('david@exemple.fr'))[0]!)}`)
    expect(davidPage.body).toMatchObject({ state: 'liste_attente', position: 1 })
    // Cancelling twice changes nothing.
    const again = await anonymous.post(`/api/${managePathIn(brunoMail!).slice(1)}/annuler`)
    expect(again.body.state).toBe('annule')
    // A made-up token opens nothing.
    expect(
      (await anonymous.get(`/api/metiers/evenements/${event.slug}/inscription/${'x'.repeat(43)}`)).status,
    ).toBe(404)

    const detail = await editorA.get(`/api/metiers/edition/evenements/${event.id}`)
    expect(detail.body.counts).toMatchObject({ registered: 2, waiting: 1, cancelled: 1 })
    expect(
      detail.body.registrations.map((r: { firstName: string; state: string }) => [r.firstName, r.state]),
    ).toEqual([
      ['Alice', 'inscrit'],
      ['Chloé', 'inscrit'],
      ['David', 'liste_attente'],
      ['Bruno', 'annule'],
    ])
  })

  it('gives new seats to the people waiting when the organiser raises the capacity, and tells the registered of a new time', async () => {
    const before = (await t.mailer.outbox()).length
    const res = await editorA.request(
      'PUT',
      `/api/metiers/edition/evenements/${event.id}`,
      webinar({ capacity: 3, jobIds: [ficheId], startsAt: inDays(20, '13:00'), endsAt: inDays(20, '14:00') }),
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.counts).toMatchObject({ registered: 3, waiting: 0 })
    const sent = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - before)
    const toDavid = sent.filter((m) => m.to === 'david@exemple.fr')
    expect(toDavid.map((m) => m.subject)).toEqual([expect.stringContaining('Une place s’est libérée')])
    expect(toDavid[0]!.text).toContain('13:00')
    const changed = sent.filter((m) => m.subject.startsWith('Changement'))
    expect(changed.map((m) => m.to).sort()).toEqual(['alice@exemple.fr', 'chloe@exemple.fr'])
    const ics = changed[0]!.attachments![0]!.content
    expect(ics).toContain('SEQUENCE:1')
    expect(ics).toContain(`DTSTART;TZID=Europe/Paris:${inDays(20, '13:00').replace(/[-:]/g, '')}00`)
  })

  it('marks attendance person by person, only for people with a seat, and audits the reads', async () => {
    const detail = await recruiterA.get(`/api/metiers/edition/evenements/${event.id}`)
    const alice = detail.body.registrations.find((r: { firstName: string }) => r.firstName === 'Alice')
    const bruno = detail.body.registrations.find((r: { firstName: string }) => r.firstName === 'Bruno')
    const path = (id: string) => `/api/metiers/edition/evenements/${event.id}/inscriptions/${id}/presence`
    const present = await recruiterA.request('PUT', path(alice.id), { attended: true })
    expect(present.status).toBe(200)
    expect(present.body.attended).toBe(true)
    expect((await recruiterA.request('PUT', path(bruno.id), { attended: false })).status).toBe(400)
    expect((await adminB.request('PUT', path(alice.id), { attended: false })).status).toBe(404)
    const after = await editorA.get(`/api/metiers/edition/evenements/${event.id}`)
    expect(after.body.counts).toMatchObject({ present: 1, absent: 0 })
    const audits = await t.database.db.owner
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'event_registration'), eq(auditLog.entityId, event.id)))
    expect(audits.some((a) => a.action === 'read')).toBe(true)
  })

  it('exports the registrations as a workbook, audited', async () => {
    const res = await editorA.get(`/api/metiers/edition/evenements/${event.id}/inscriptions.xlsx`)
    expect(res.status).toBe(200)
    expect(res.headers['content-disposition']).toContain('attachment')
    expect(res.headers['cache-control']).toBe('no-store')
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/metiers/edition/evenements/${event.id}/inscriptions.xlsx`,
      headers: { cookie: `lien_session=${editorA.cookie('lien_session')}` },
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(raw.rawPayload as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Inscriptions')!
    expect(sheet.getRow(2).values).toContain('Besoins d’accessibilité')
    const names = [3, 4, 5, 6].map((i) => sheet.getRow(i).getCell(1).value)
    expect(names).toEqual(['Alice', 'Chloé', 'David', 'Bruno'])
    expect(sheet.getRow(3).getCell(8).value).toBe('Présent')
    const exports = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entityId, event.id)))
    expect(exports.length).toBeGreaterThan(0)
    expect((await adminB.get(`/api/metiers/edition/evenements/${event.id}/inscriptions.xlsx`)).status).toBe(
      404,
    )
  })

  it('links a signed-in candidate’s registration to the account and lists it in their space', async () => {
    const candidate = await signedUpCandidate(t, 'ines.candidate@exemple.fr')
    const prefill = await candidate.get(`/api/metiers/evenements/${event.slug}/moi`)
    expect(prefill.body).toMatchObject({
      firstName: 'Inès',
      lastName: 'Garnier',
      email: 'ines.candidate@exemple.fr',
      managePath: null,
    })
    const res = await candidate.post(
      `/api/metiers/evenements/${event.slug}/inscriptions`,
      person('Inès', 'ines.candidate@exemple.fr'),
    )
    expect(res.status).toBe(201)
    expect(res.body.state).toBe('liste_attente')
    const mine = await candidate.get('/api/metiers/compte/evenements')
    expect(mine.body.registrations).toEqual([
      expect.objectContaining({ state: 'liste_attente', event: expect.objectContaining({ id: event.id }) }),
    ])
    expect((await candidate.get(`/api/metiers/evenements/${event.slug}/moi`)).body.managePath).toBe(
      res.body.managePath,
    )
    // Not an organiser: the back office stays closed.
    expect((await candidate.get('/api/metiers/edition/evenements')).status).toBe(403)
    expect((await anonymous.get('/api/metiers/compte/evenements')).status).toBe(401)
  })

  it('creates a monthly series of webinars on the first Tuesday of each month (dates in Paris time)', async () => {
    const { startsAt: _s, endsAt: _e, registrationDeadline: _r, ...fields } = webinar()
    const res = await editorA.post('/api/metiers/edition/evenements/series', {
      ...fields,
      title: 'Club QVCT 01',
      firstMonth: '2031-01',
      months: 6,
      weekday: 2,
      nth: 1,
      startTime: '12:30',
      endTime: '13:30',
      closeHoursBefore: 2,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const starts = res.body.events.map((e: { startsAt: string }) => instantToParisLocal(new Date(e.startsAt)))
    expect(starts).toEqual([
      '2031-01-07T12:30',
      '2031-02-04T12:30',
      '2031-03-04T12:30',
      '2031-04-01T12:30',
      '2031-05-06T12:30',
      '2031-06-03T12:30',
    ])
    expect(res.body.events[0].title).toBe('Club QVCT 01 — janvier 2031')
    expect(new Set(res.body.events.map((e: { seriesId: string }) => e.seriesId)).size).toBe(1)
    const [first] = await t.database.db.owner
      .select()
      .from(metiersEvents)
      .where(eq(metiersEvents.id, res.body.events[0].id))
    expect(first!.registrationDeadline!.getTime()).toBe(first!.startsAt.getTime() - 2 * 3_600_000)
  })

  it('reminds people with a seat the day before and, online, one hour before, once', async () => {
    const start = parisLocalToInstant(inDays(20, '13:00'))
    const deps = {
      db: t.database.db,
      mailer: t.mailer,
      publicUrl: 'http://localhost:3000',
      secrets: t.secrets,
    }
    const eveningBefore = new Date(start.getTime() - 20 * 3_600_000)
    const countTo = async (to: string, prefix: string) =>
      (await mailsTo(to)).filter((m) => m.subject.startsWith(prefix)).length
    expect((await sendEventReminders(deps, eveningBefore)).dayReminders).toBeGreaterThanOrEqual(1)
    expect(await countTo('alice@exemple.fr', 'Demain')).toBe(1)
    await sendEventReminders(deps, new Date(eveningBefore.getTime() + 3_600_000))
    expect(await countTo('alice@exemple.fr', 'Demain')).toBe(1)
    await sendEventReminders(deps, new Date(start.getTime() - 50 * 60_000))
    expect(await countTo('alice@exemple.fr', 'Dans une heure')).toBe(1)
    // Nobody on the waiting list or cancelled is reminded.
    expect(await countTo('bruno@exemple.fr', 'Demain')).toBe(0)
    expect(await countTo('ines.candidate@exemple.fr', 'Demain')).toBe(0)
  })

  it('adds a replay once the event is over, shown to registered people, or to everyone when public', async () => {
    const past = await editorA.post(
      '/api/metiers/edition/evenements',
      webinar({ startsAt: inDays(-3, '12:30'), endsAt: inDays(-3, '13:30') }),
    )
    const replay = {
      url: 'https://video.exemple.fr/replay',
      captionsUrl: 'https://video.exemple.fr/replay.vtt',
      transcript: 'Bonjour à toutes et à tous.',
      public: false,
    }
    expect(
      (await editorA.request('PUT', `/api/metiers/edition/evenements/${event.id}/replay`, replay)).status,
    ).toBe(400)
    expect(
      (await editorA.request('PUT', `/api/metiers/edition/evenements/${past.body.id}/replay`, replay)).status,
    ).toBe(200)
    await editorA.post(`/api/metiers/edition/evenements/${past.body.id}/publication`, { published: true })
    const closed = await anonymous.post(
      `/api/metiers/evenements/${past.body.slug}/inscriptions`,
      person('Eve', 'eve@exemple.fr'),
    )
    expect(closed.status).toBe(409)
    expect((await anonymous.get(`/api/metiers/evenements/${past.body.slug}`)).body).toMatchObject({
      past: true,
      replay: null,
      hasReplay: true,
    })
    await editorA.request('PUT', `/api/metiers/edition/evenements/${past.body.id}/replay`, {
      ...replay,
      public: true,
    })
    const page = await anonymous.get(`/api/metiers/evenements/${past.body.slug}`)
    expect(page.body.replay).toEqual({
      url: replay.url,
      captionsUrl: replay.captionsUrl,
      transcript: replay.transcript,
    })
    const replays = await anonymous.get('/api/metiers/evenements?replays=1')
    expect(replays.body.events.map((e: { id: string }) => e.id)).toContain(past.body.id)
  })

  it('has the demonstration’s events: a full job dating with its waiting list, the webinars, Besançon’s campaign page lists them', async () => {
    const all = await anonymous.get('/api/metiers/evenements')
    const kinds = new Set(all.body.events.map((e: { kind: string }) => e.kind))
    for (const k of ['forum', 'job_dating', 'festival_film', 'webinaire_qvct', 'reunion_information'])
      expect(kinds).toContain(k)
    const dating = all.body.events.find((e: { kind: string }) => e.kind === 'job_dating')
    expect(dating).toMatchObject({ commune: 'Besançon', seatsLeft: 0, departement: '25' })
    const ain = await anonymous.get('/api/metiers/evenements?departement=01&kind=reunion_information')
    expect(ain.body.events[0]).toMatchObject({
      commune: 'Bourg-en-Bresse',
      organiserName: 'Département de l’Ain',
    })
    const replays = await anonymous.get('/api/metiers/evenements?replays=1&kind=webinaire_qvct')
    expect(replays.body.events.length).toBeGreaterThanOrEqual(1)
    const near = await anonymous.get('/api/metiers/evenements?lat=47.24&lon=6.02&km=20&kind=forum')
    expect(near.body.events[0].distanceKm).toBeLessThan(2)
    const far = await anonymous.get('/api/metiers/evenements?lat=46.2&lon=5.22&km=20&kind=forum')
    expect(far.body.events).toHaveLength(0)
    const campaign = await anonymous.get('/api/metiers/territoires/besancon')
    expect(campaign.body.events.map((e: { title: string }) => e.title)).toContain(
      'Job dating de l’aide à domicile',
    )
  })
})
