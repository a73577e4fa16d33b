import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { partnerOrganisation } from './directory.fixtures'
import { directoryStructures } from './partenaires.table'

describe.each(databaseKinds)('partners propose changes to their own entries (%s)', (kind) => {
  let t: TestApp
  let keeper: TestClient
  let partner: TestClient
  let otherPartner: TestClient
  let partnerId: string
  let structureId: string
  let placeId: string
  let serviceId: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    keeper = await t.signIn(t.tenantA.accounts.agent_accueil)
    const p = await partnerOrganisation(t, 'Restos solidaires (test)', 'benevole@restos-solidaires.test')
    const q = await partnerOrganisation(t, 'Autre association (test)', 'benevole@autre-asso.test')
    partner = p.client
    otherPartner = q.client
    partnerId = p.organisationId
    structureId = (
      await keeper.post('/api/directory/structures', {
        kind: 'association',
        name: 'Restos solidaires',
        phone: '03 81 00 00 01',
        partnerOrganisationId: partnerId,
      })
    ).body.id
    placeId = (
      await keeper.post(`/api/directory/structures/${structureId}/places`, {
        addressInput: '8 avenue de la Paix, 25000 Besançon',
        openingHours: { mercredi: [['09:00', '12:00']] },
      })
    ).body.place.id
    serviceId = (
      await keeper.post(`/api/directory/structures/${structureId}/services`, {
        name: 'Repas chauds',
        themes: ['aide_alimentaire'],
        subThemes: ['repas'],
        placeId,
      })
    ).body.id
    // The other association keeps an entry of its own.
    await keeper.post('/api/directory/structures', {
      kind: 'association',
      name: 'Autre association',
      partnerOrganisationId: q.organisationId,
    })
  })
  afterAll(async () => t?.close())

  it('shows a partner its own structures with their places and services, and nothing else', async () => {
    const mine = await partner.get('/api/directory/my-structures')
    expect(mine.status).toBe(200)
    expect(mine.body.map((s: { name: string }) => s.name)).toEqual(['Restos solidaires'])
    expect(mine.body[0].places.map((p: { id: string }) => p.id)).toEqual([placeId])
    expect(mine.body[0].services.map((s: { id: string }) => s.id)).toEqual([serviceId])
    expect(mine.body[0].abilities).toEqual({ edit: false, proposeChanges: true, confirm: true })
    const others = await otherPartner.get('/api/directory/my-structures')
    expect(others.body.map((s: { name: string }) => s.name)).toEqual(['Autre association'])
  })

  it('does not let a partner write the directory directly', async () => {
    expect((await partner.patch(`/api/directory/structures/${structureId}`, { name: 'Direct' })).status).toBe(
      403,
    )
    expect((await partner.patch(`/api/directory/places/${placeId}`, { access: 'Direct' })).status).toBe(403)
    expect((await partner.get('/api/directory/changes')).status).toBe(403)
  })

  it('applies a partner’s proposal once the keeper validates it, field by field', async () => {
    const proposal = await partner.post('/api/directory/changes', {
      entity: 'place',
      structureId,
      entityId: placeId,
      after: {
        openingHours: { mercredi: [['09:00', '12:00']], samedi: [['09:00', '11:30']] },
        hearingLoop: false,
      },
    })
    expect(proposal.status).toBe(201)
    expect(proposal.body).toMatchObject({
      status: 'a_valider',
      entity: 'place',
      structureName: 'Restos solidaires',
    })
    // Only the field that changes is in the diff: the hearing loop was already off.
    expect(proposal.body.diff).toEqual([
      {
        field: 'openingHours',
        label: 'Horaires d’ouverture',
        before: { mercredi: [['09:00', '12:00']] },
        after: { mercredi: [['09:00', '12:00']], samedi: [['09:00', '11:30']] },
      },
    ])
    // Nothing changes before validation.
    const before = await keeper.get(`/api/directory/structures/${structureId}`)
    expect(before.body.places[0].openingHours.samedi).toBeUndefined()
    expect(before.body.pendingChanges).toBe(1)

    const pending = await keeper.get('/api/directory/changes')
    expect(pending.body.map((c: { id: string }) => c.id)).toContain(proposal.body.id)
    const withChanges = await keeper.get('/api/directory/structures?pendingChanges=true')
    expect(withChanges.body.items.map((s: { id: string }) => s.id)).toContain(structureId)
    expect(withChanges.body.items.every((s: { pendingChanges: number }) => s.pendingChanges > 0)).toBe(true)

    const validated = await keeper.post(`/api/directory/changes/${proposal.body.id}/validate`)
    expect(validated.status).toBe(200)
    expect(validated.body.status).toBe('validee')
    const after = await keeper.get(`/api/directory/structures/${structureId}`)
    expect(after.body.places[0].openingHours.samedi).toEqual([['09:00', '11:30']])
    expect(after.body.pendingChanges).toBe(0)
    expect((await keeper.post(`/api/directory/changes/${proposal.body.id}/validate`)).status).toBe(409)
  })

  it('creates the service a partner proposes, through the same rules as the keeper’s', async () => {
    const proposal = await partner.post('/api/directory/changes', {
      entity: 'service',
      structureId,
      entityId: null,
      after: {
        name: 'Colis du samedi',
        themes: ['aide_alimentaire'],
        subThemes: ['colis_alimentaire'],
        languages: ['fr', 'uk'],
        placeId,
      },
    })
    expect(proposal.status).toBe(201)
    expect(proposal.body.entityName).toBe('Colis du samedi')
    expect(proposal.body.diff.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['name', 'themes', 'languages']),
    )
    const validated = await keeper.post(`/api/directory/changes/${proposal.body.id}/validate`)
    expect(validated.body.entityId).toEqual(expect.any(String))
    const page = await keeper.get(`/api/directory/structures/${structureId}`)
    const created = page.body.services.find((s: { name: string }) => s.name === 'Colis du samedi')
    expect(created).toMatchObject({ id: validated.body.entityId, languages: ['fr', 'uk'], placeId })
  })

  it('refuses a proposal with a comment the partner reads in its list', async () => {
    const proposal = await partner.post('/api/directory/changes', {
      entity: 'structure',
      structureId,
      entityId: structureId,
      after: { name: 'Restos solidaires du Doubs', phone: '03 81 00 00 01' },
    })
    expect(proposal.body.diff).toEqual([
      { field: 'name', label: 'Nom', before: 'Restos solidaires', after: 'Restos solidaires du Doubs' },
    ])
    const refused = await keeper.post(`/api/directory/changes/${proposal.body.id}/refuse`, {
      comment: 'Le nom officiel reste celui des statuts.',
    })
    expect(refused.status).toBe(200)
    const mine = await partner.get('/api/directory/changes/mine')
    expect(mine.body.find((c: { id: string }) => c.id === proposal.body.id)).toMatchObject({
      status: 'refusee',
      reviewComment: 'Le nom officiel reste celui des statuts.',
    })
    expect(mine.body.map((c: { status: string }) => c.status)).toEqual(
      expect.arrayContaining(['validee', 'refusee']),
    )
    const [row] = await t.database.db.owner
      .select()
      .from(directoryStructures)
      .where(eq(directoryStructures.id, structureId))
    expect(row!.name).toBe('Restos solidaires')
    const noComment = await keeper.post(`/api/directory/changes/${proposal.body.id}/refuse`, { comment: '' })
    expect(noComment.status).toBe(400)
  })

  it('refuses proposals that change nothing, that break the rules, or that come from another organisation', async () => {
    const same = await partner.post('/api/directory/changes', {
      entity: 'structure',
      structureId,
      entityId: structureId,
      after: { name: 'Restos solidaires' },
    })
    expect(same.status).toBe(400)
    expect(same.body.message).toMatch(/Aucune modification/)

    const noAddress = await partner.post('/api/directory/changes', {
      entity: 'place',
      structureId,
      entityId: null,
      after: { name: 'Nouveau local' },
    })
    expect(noAddress.status).toBe(400)
    expect(noAddress.body.fields[0].field).toBe('after.addressInput')

    const status = await partner.post('/api/directory/changes', {
      entity: 'structure',
      structureId,
      entityId: structureId,
      after: { partnerOrganisationId: null },
    })
    expect(status.status).toBe(400)

    const foreign = await otherPartner.post('/api/directory/changes', {
      entity: 'structure',
      structureId,
      entityId: structureId,
      after: { name: 'Détournée' },
    })
    expect(foreign.status).toBe(404)
    const foreignService = await otherPartner.post('/api/directory/changes', {
      entity: 'service',
      structureId,
      entityId: serviceId,
      after: { name: 'Détourné' },
    })
    expect(foreignService.status).toBe(404)
    // A partner cannot validate its own proposal, nor read the keeper's list.
    const pending = await partner.post('/api/directory/changes', {
      entity: 'service',
      structureId,
      entityId: serviceId,
      after: { whatToBring: 'Un sac.' },
    })
    expect((await partner.post(`/api/directory/changes/${pending.body.id}/validate`)).status).toBe(403)
    // Another CCAS's reception cannot review it either.
    const dole = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await dole.post(`/api/directory/changes/${pending.body.id}/validate`)).status).toBe(404)
    expect((await dole.get('/api/directory/changes')).body).toEqual([])
  })

  it('counts a validated proposal as the entries brought up to date: no longer flagged nor reminded', async () => {
    const longAgo = new Date(Date.now() - 400 * 86_400_000)
    await t.database.db.owner
      .update(directoryStructures)
      .set({ confirmedAt: longAgo, staleRemindedAt: longAgo })
      .where(eq(directoryStructures.id, structureId))
    expect((await keeper.get(`/api/directory/structures/${structureId}`)).body.needsUpdate).toBe(true)
    const proposal = await partner.post('/api/directory/changes', {
      entity: 'structure',
      structureId,
      entityId: structureId,
      after: { phone: '03 81 00 00 09' },
    })
    expect(proposal.status).toBe(201)
    // Proposed only: still to check until the keeper validates.
    expect((await keeper.get(`/api/directory/structures/${structureId}`)).body.needsUpdate).toBe(true)
    expect((await keeper.post(`/api/directory/changes/${proposal.body.id}/validate`)).status).toBe(200)
    const page = await keeper.get(`/api/directory/structures/${structureId}`)
    expect(page.body.needsUpdate).toBe(false)
    expect(new Date(page.body.confirmedAt).getTime()).toBeGreaterThan(longAgo.getTime())
    const [row] = await t.database.db.owner
      .select({ staleRemindedAt: directoryStructures.staleRemindedAt })
      .from(directoryStructures)
      .where(eq(directoryStructures.id, structureId))
    expect(row!.staleRemindedAt).toBeNull()
  })

  it('lets the partner confirm that its entries are still correct, and nobody else’s', async () => {
    const longAgo = new Date(Date.now() - 400 * 86_400_000)
    await t.database.db.owner
      .update(directoryStructures)
      .set({ confirmedAt: longAgo })
      .where(eq(directoryStructures.id, structureId))
    expect((await keeper.get(`/api/directory/structures/${structureId}`)).body.needsUpdate).toBe(true)

    expect((await otherPartner.post(`/api/directory/structures/${structureId}/confirm`)).status).toBe(404)
    const dole = await t.signIn(t.tenantB.accounts.administrateur)
    expect((await dole.post(`/api/directory/structures/${structureId}/confirm`)).status).toBe(404)
    expect((await keeper.get(`/api/directory/structures/${structureId}`)).body.needsUpdate).toBe(true)

    const confirmed = await partner.post(`/api/directory/structures/${structureId}/confirm`)
    expect(confirmed.status).toBe(200)
    expect(new Date(confirmed.body.confirmedAt).getTime()).toBeGreaterThan(longAgo.getTime())
    const page = await keeper.get(`/api/directory/structures/${structureId}`)
    expect(page.body.needsUpdate).toBe(false)
    expect(page.body.name).toBe('Restos solidaires')
  })
})
