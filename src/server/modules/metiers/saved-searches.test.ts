import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountAlertView } from '../../../shared/modules/metiers/search.contract'
import { configuredGeocoder } from '../../platform/geocoding/configured-geocoder'
import type { StoredMail } from '../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { sendSearchAlerts, type SearchAlertDeps } from './alerts'
import { insertEmployer, insertOffer, northOfBesancon } from './search.fixtures'

const now = new Date('2026-11-25T09:30:00Z')
const minutes = (n: number) => new Date(now.getTime() + n * 60_000)

const ROME = 'N9911'
const recherche = { lieu: 'Besançon', rome: [ROME], exclure: ['nuit'] }

const linkIn = (mail: StoredMail, path: string) => {
  const found = new RegExp(`http://localhost:3000${path}/([A-Za-z0-9_-]+)`).exec(mail.text)
  if (!found) throw new Error(`pas de lien ${path} dans : ${mail.text}`)
  return found[1]!
}

describe.each(databaseKinds)('saved searches and alerts (%s)', (kind) => {
  let t: TestApp
  let visitor: TestClient
  let deps: SearchAlertDeps
  let employer: string
  const mailsTo = async (to: string) => (await t.mailer.outbox()).filter((m) => m.to === to)
  const publish = (title: string, at: Date, extra: Partial<Parameters<typeof insertOffer>[1]> = {}) =>
    insertOffer(t.database.db.owner, {
      organisationId: employer,
      employerName: 'SAAD du Doubs',
      codeRome: ROME,
      title,
      position: northOfBesancon(3),
      publishedAt: at,
      ...extra,
    })

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    visitor = await t.anonymous().init()
    deps = {
      db: t.database.db,
      mailer: t.mailer,
      secrets: t.secrets,
      publicUrl: 'http://localhost:3000',
      geocoder: configuredGeocoder(t.fakeBan.url, t.database.db.owner),
    }
    employer = await insertEmployer(t.database.db.owner, { name: 'SAAD du Doubs', type: 'saad' })
    await publish('Aide à domicile déjà en ligne', new Date(now.getTime() - 86_400_000))
  })

  afterAll(async () => {
    await t?.close()
  })

  it('needs the address confirmed before any alert, then sends each new offer once, with a one-click way out', async () => {
    const to = 'camille@exemple.fr'
    const created = await visitor.post('/api/metiers/alertes', {
      email: to,
      label: 'Aide à domicile',
      recherche,
    })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({ status: 'a_confirmer', label: 'Aide à domicile' })
    const [confirmation] = await mailsTo(to)
    expect(confirmation!.subject).toBe('Confirmez votre alerte d’offres d’emploi')
    expect(confirmation!.text).toContain('à 20 km de Besançon, sans travail de nuit')

    // Not confirmed: a new offer sends nothing (it waits for the confirmation).
    const waiting = await publish('Aide à domicile avant confirmation', minutes(1))
    await sendSearchAlerts(deps, minutes(15))
    expect(await mailsTo(to)).toHaveLength(1)

    const token = linkIn(confirmation!, '/metiers/alertes/confirmer')
    const confirmed = await visitor.post('/api/metiers/alertes/confirmer', { token })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body).toMatchObject({ label: 'Aide à domicile' })
    expect(confirmed.body.searchPath).toMatch(/^\/metiers\/offres\?/)
    expect((await visitor.post('/api/metiers/alertes/confirmer', { token })).status).toBe(400)

    // Offers published since the search was saved match, not those before, nor nights, nor far away.
    const fresh = await publish('Auxiliaire de vie sociale à Besançon', minutes(20))
    await publish('Veilleuse de nuit', minutes(21), { patterns: ['nuit'] })
    await publish('Aide à domicile à Dole', minutes(22), { position: northOfBesancon(45) })
    await sendSearchAlerts(deps, minutes(30))
    const alerts = (await mailsTo(to)).filter((m) => m.subject !== confirmation!.subject)
    expect(alerts).toHaveLength(1)
    const alert = alerts[0]!
    expect(alert.subject).toBe('Nouvelles offres d’emploi pour votre alerte')
    expect(alert.subject).not.toContain('camille')
    expect(alert.text).toContain('2 nouvelles offres pour votre alerte « Aide à domicile »')
    expect(alert.text).toContain(`http://localhost:3000/metiers/offres/${fresh.slug}`)
    expect(alert.text).toContain(`http://localhost:3000/metiers/offres/${waiting.slug}`)
    expect(alert.text).toContain('Auxiliaire de vie sociale à Besançon')
    for (const absent of ['Veilleuse de nuit', 'Dole', 'déjà en ligne'])
      expect(alert.text).not.toContain(absent)
    expect(alert.headers?.['List-Unsubscribe']).toMatch(
      /^<http:\/\/localhost:3000\/metiers\/alertes\/desabonner\/.+>$/,
    )

    // The same offer is never sent twice; nothing new, nothing sent.
    await sendSearchAlerts(deps, minutes(45))
    expect((await mailsTo(to)).length).toBe(2)

    const unsubscribe = linkIn(alert, '/metiers/alertes/desabonner')
    const out = await visitor.post('/api/metiers/alertes/desabonner', { token: unsubscribe })
    expect(out.status).toBe(200)
    expect(out.body).toMatchObject({ label: 'Aide à domicile' })
    expect((await visitor.post('/api/metiers/alertes/desabonner', { token: unsubscribe })).status).toBe(200)
    await publish('Aide à domicile après désabonnement', minutes(50))
    await sendSearchAlerts(deps, minutes(60))
    expect((await mailsTo(to)).length).toBe(2)
  })

  it('confirms at once the alert of a signed-in account, lists it on the account and lets only its owner delete it', async () => {
    const owner = await t.signIn(t.tenantA.accounts.agent_accueil)
    const created = await owner.post('/api/metiers/alertes', { label: 'Près de chez moi', recherche })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({ status: 'active', label: 'Près de chez moi' })
    expect(await mailsTo(t.tenantA.accounts.agent_accueil)).toHaveLength(0)

    const list = await owner.get<{ items: AccountAlertView[] }>('/api/metiers/compte/alertes')
    expect(list.status).toBe(200)
    expect(list.body.items).toHaveLength(1)
    const [item] = list.body.items
    expect(item).toMatchObject({ label: 'Près de chez moi', email: t.tenantA.accounts.agent_accueil })
    expect(item!.description).toBe('code ROME N9911, à 20 km de Besançon, sans travail de nuit')
    expect(item!.searchPath).toBe('/metiers/offres?lieu=Besan%C3%A7on&rome=N9911&exclure=nuit')

    const fresh = await publish('Aide à domicile pour le compte', minutes(70))
    await sendSearchAlerts(deps, minutes(75))
    const [alert] = await mailsTo(t.tenantA.accounts.agent_accueil)
    expect(alert?.text).toContain(`/metiers/offres/${fresh.slug}`)

    const stranger = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await stranger.get<{ items: unknown[] }>('/api/metiers/compte/alertes')).body.items).toHaveLength(
      0,
    )
    expect((await stranger.delete(`/api/metiers/compte/alertes/${item!.id}`)).status).toBe(404)
    expect((await owner.delete(`/api/metiers/compte/alertes/${item!.id}`)).status).toBe(200)
    expect((await owner.get<{ items: unknown[] }>('/api/metiers/compte/alertes')).body.items).toHaveLength(0)
    expect((await t.anonymous().get('/api/metiers/compte/alertes')).status).toBe(401)
  })

  it('refuses an alert it could not send, with a French message naming the field', async () => {
    const noEmail = await visitor.post('/api/metiers/alertes', { label: 'Sans adresse', recherche })
    expect(noEmail.status).toBe(400)
    expect(noEmail.body.fields[0].field).toBe('email')
    const badEmail = await visitor.post('/api/metiers/alertes', {
      email: 'pas une adresse',
      label: 'x',
      recherche,
    })
    expect(badEmail.status).toBe(400)
    expect(badEmail.body.fields[0].field).toBe('email')
    const badPlace = await visitor.post('/api/metiers/alertes', {
      email: 'lou@exemple.fr',
      label: 'Ailleurs',
      recherche: { lieu: 'Zzyzzyville-sur-Rien' },
    })
    expect(badPlace.status).toBe(400)
    expect(badPlace.body.fields[0].field).toBe('recherche.lieu')
    const badFilter = await visitor.post('/api/metiers/alertes', {
      email: 'lou@exemple.fr',
      label: 'Jamais la nuit',
      recherche: { exclure: ['soir'] },
    })
    expect(badFilter.status).toBe(400)
    expect(badFilter.body.fields[0].field).toMatch(/^recherche\.exclure/)
    const noLabel = await visitor.post('/api/metiers/alertes', {
      email: 'lou@exemple.fr',
      label: ' ',
      recherche,
    })
    expect(noLabel.status).toBe(400)
    expect(noLabel.body.message).toContain('Nom de l’alerte')
    const badToken = await visitor.post('/api/metiers/alertes/confirmer', { token: 'x'.repeat(43) })
    expect(badToken.status).toBe(400)
    expect(badToken.body.fields[0].field).toBe('token')
    expect((await mailsTo('lou@exemple.fr')).length).toBe(0)
  })

  it('forgets a search never confirmed after a week, address included', async () => {
    const to = 'oubli@exemple.fr'
    await visitor.post('/api/metiers/alertes', { email: to, label: 'Oubliée', recherche })
    const [mail] = await mailsTo(to)
    const run = await sendSearchAlerts(deps, new Date(now.getTime() + 8 * 86_400_000))
    expect(run.forgotten).toBeGreaterThanOrEqual(1)
    const token = linkIn(mail!, '/metiers/alertes/confirmer')
    expect((await visitor.post('/api/metiers/alertes/confirmer', { token })).status).toBe(400)
  })
})
