import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

describe.each(databaseKinds)('organisations, members and invitations (%s)', (kind) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(kind)
  })
  afterAll(async () => t?.close())

  it('invites a person who accepts by the e-mailed link; a role change shows in the audit log', async () => {
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const invited = await admin.post('/api/invitations', { email: 'Zoé.Lefèvre@Exemple.test'.replace('é', 'e').replace('è', 'e'), roles: ['agent_accueil'] })
    expect(invited.status).toBe(201)
    const mail = (await t.mailer.outbox()).find((m) => m.to === invited.body.email)!
    expect(mail.subject).toContain('CCAS de Besançon')
    const token = /token=([\w-]+)/.exec(mail.text)![1]!
    const visitor = await t.anonymous().init()
    const lookup = await visitor.post('/api/invitations/lookup', { token })
    expect(lookup.body).toMatchObject({ organisationName: 'CCAS de Besançon (démonstration)', hasAccount: false })
    const missing = await visitor.post('/api/invitations/accept', { token, displayName: 'Zoé Lefèvre' })
    expect(missing.status).toBe(400)
    expect(missing.body.fields[0].field).toBe('password')
    expect((await visitor.post('/api/invitations/accept', { token, displayName: 'Zoé Lefèvre', password: 'Le Doubs coule à Besançon' })).status).toBe(200)
    expect((await visitor.post('/api/invitations/accept', { token, displayName: 'Zoé Lefèvre', password: 'Le Doubs coule à Besançon' })).status).toBe(404)

    const members = await admin.get('/api/members')
    const zoe = members.body.find((m: { displayName: string }) => m.displayName === 'Zoé Lefèvre')
    expect(zoe.roles).toEqual(['agent_accueil'])
    const changed = await admin.patch(`/api/members/${zoe.id}`, { roles: ['travailleur_social'] })
    expect(changed.body.roles).toEqual(['travailleur_social'])

    const log = await admin.get(`/api/audit?entityType=member&action=update`)
    const entry = log.body.entries.find((e: { entityId: string }) => e.entityId === zoe.id)
    expect(entry.diff.roles).toEqual([['agent_accueil'], ['travailleur_social']])
    expect(entry.actorLabel).toBe('Démo administrateur')
    const reads = await admin.get('/api/audit?action=read&entityType=member')
    expect(reads.body.total).toBeGreaterThan(0)
  })

  it('keeps at least one administrator', async () => {
    const admin = await t.signIn(t.tenantB.accounts.administrateur)
    const members = await admin.get('/api/members')
    const self = members.body.find((m: { roles: string[] }) => m.roles.includes('administrateur'))
    const demoted = await admin.patch(`/api/members/${self.id}`, { roles: ['direction'] })
    expect(demoted.status).toBe(409)
    expect(demoted.body.message).toMatch(/au moins un administrateur/)
  })

  it('lets the platform administrator create an organisation whose first administrator is invited', async () => {
    const platform = await t.signIn(t.tenantA.platformAdminEmail)
    const bad = await platform.post('/api/organisations', { kind: 'ccas', name: 'CCAS de Saumur', siret: '12345678901234', adminEmail: 'direction@saumur.test' })
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('siret')
    const created = await platform.post('/api/organisations', {
      kind: 'ccas',
      name: 'CCAS de Saumur',
      siret: '2649 0001 1000 18',
      communeInsee: '49328',
      adminEmail: 'direction@saumur.test',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await t.mailer.outbox()).some((m) => m.to === 'direction@saumur.test')).toBe(true)
    const list = await platform.get('/api/organisations')
    expect(list.body.map((o: { name: string }) => o.name)).toContain('CCAS de Saumur')
  })

  it('applies a theme and refuses an unreadable colour value', async () => {
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const bad = await admin.patch('/api/organisation', { primaryColor: 'rouge' })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/Champ|Couleur|#RRGGBB/)
    const ok = await admin.patch('/api/organisation', { primaryColor: '#7C2D12', auditRetentionMonths: 6 })
    expect(ok.body).toMatchObject({ primaryColor: '#7c2d12', auditRetentionMonths: 6 })
  })
})
