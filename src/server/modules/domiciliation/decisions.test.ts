import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

/** Monday 2 March 2026, 10:00 in Paris; tests move it forward. */
const start = new Date('2026-03-02T10:00:00+01:00')
const at = (iso: string) => new Date(iso)

export const interview = {
  linkWithCommune: 'RESIDENTIEL',
  linkDetail: 'Dort sous l’auvent de la gare Viotte',
  householdType: 'HOMME_ISOLE_SANS_ENFANT',
  instabilityCause: 'EXPULSION',
  residenceSituation: 'SANS_ABRI',
  requestReason: 'PRESTATIONS_SOCIALES',
  professionalSituation: 'RSA',
  sociallyAccompanied: true,
  accompaniedBy: 'Équipe mobile du CCAS',
  hasIncome: true,
}

describe.each(databaseKinds)('domiciliation requests and the decision chain (%s)', (kind) => {
  let t: TestApp
  let now = start
  let agent: TestClient
  let accueil: TestClient
  let direction: TestClient
  let social: TestClient
  let usagerId: string
  let fileId: string

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    accueil = await t.signIn(t.tenantA.accounts.agent_accueil)
    direction = await t.signIn(t.tenantA.accounts.direction)
    social = await t.signIn(t.tenantA.accounts.travailleur_social)
    usagerId = (
      await agent.post('/api/usagers', {
        firstName: 'Jérôme',
        lastName: 'Ødegård-Lefèvre',
        birthDate: '1979-05-17',
        confirmNotDuplicate: true,
      })
    ).body.id
  })
  afterAll(async () => t?.close())

  it('opens one file per person with the next number, and refuses a second one', async () => {
    const opened = await agent.post('/api/domiciliations', { usagerId })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    expect(opened.body).toMatchObject({
      usager: { id: usagerId, label: 'Jérôme ØDEGÅRD-LEFÈVRE' },
      status: 'instruction',
      requests: [],
      decisions: [],
      followUp: [],
    })
    fileId = opened.body.id
    const again = await accueil.post('/api/domiciliations', { usagerId })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe(
      `Cette personne a déjà un dossier de domiciliation (n° ${opened.body.fileNumber}).`,
    )
    expect(again.body.details).toEqual({ id: fileId, fileNumber: opened.body.fileNumber })
    const unknown = await agent.post('/api/domiciliations', {
      usagerId: '01900000-0000-7000-8000-000000000000',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toBe('Usager : Usager introuvable.')
  })

  it('files a first request with its 2-month deadline, acknowledges it, and waits for the interview before any decision', async () => {
    const filed = await accueil.post(`/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE' })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const request = filed.body.requests[0]
    expect(request).toMatchObject({
      kind: 'PREMIERE',
      filedOn: '2026-03-02',
      deadlineOn: '2026-05-02',
      deadline: 'normale',
      status: 'instruction',
      interview: null,
      createdBy: { displayName: 'Démo agent accueil' },
    })
    expect(filed.body.followUp).toEqual(['attente_decision'])
    expect(filed.body.pendingRequest).toMatchObject({ id: request.id, deadlineOn: '2026-05-02' })

    const twice = await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE' })
    expect(twice.status).toBe(409)
    expect(twice.body.message).toMatch(/déjà en cours/)

    now = at('2026-03-03T09:00:00+01:00')
    const ack = await agent.post(`/api/domiciliation-requests/${request.id}/acknowledgement`, {})
    expect(ack.status).toBe(200)
    expect(ack.body.requests[0].acknowledgedOn).toBe('2026-03-03')

    const early = await direction.post(`/api/domiciliation-requests/${request.id}/decision`, {
      decision: 'accepte',
    })
    expect(early.status).toBe(409)
    expect(early.body.message).toMatch(/^Tenez d’abord l’entretien/)
    expect(early.body.fields).toEqual([{ field: 'interview', message: early.body.message }])
  })

  it('records the interview (link with the commune required), then lets only the direction decide', async () => {
    const file = (await agent.get(`/api/domiciliations/${fileId}`)).body
    const requestId = file.requests[0].id
    const missing = await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      householdType: 'HOMME_ISOLE_SANS_ENFANT',
    })
    expect(missing.status).toBe(400)
    expect(missing.body.message).toBe(
      'Lien avec la commune : Indiquez le lien de la personne avec la commune (article R264-4 du CASF).',
    )
    const held = await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      ...interview,
      interviewPlace: 'Bureau 3',
    })
    expect(held.status, JSON.stringify(held.body)).toBe(200)
    expect(held.body.requests[0]).toMatchObject({
      status: 'attente_decision',
      interviewAt: now.toISOString(),
      interviewer: { displayName: 'Démo agent domiciliation' },
      interviewPlace: 'Bureau 3',
      interview: { ...interview, domiciledElsewhere: false, comments: null },
    })

    expect(
      (await accueil.post(`/api/domiciliation-requests/${requestId}/decision`, { decision: 'accepte' }))
        .status,
    ).toBe(403)
    expect(
      (await agent.post(`/api/domiciliation-requests/${requestId}/decision`, { decision: 'accepte' })).status,
    ).toBe(403)

    now = at('2026-03-10T11:00:00+01:00')
    const decided = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, {
      decision: 'accepte',
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
    expect(decided.body).toMatchObject({
      status: 'valide',
      validFrom: '2026-03-10',
      validUntil: '2027-03-09',
      firstDomiciliationOn: '2026-03-10',
      daysUntilExpiry: 364,
      followUp: [],
      pendingRequest: null,
    })
    expect(decided.body.requests[0]).toMatchObject({ status: 'decidee', deadline: null })
    expect(decided.body.decisions).toEqual([
      expect.objectContaining({
        kind: 'ACCEPTATION',
        decidedOn: '2026-03-10',
        decidedBy: expect.objectContaining({ displayName: 'Démo direction' }),
        requestId,
        cancelled: null,
      }),
    ])
    const again = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, {
      decision: 'accepte',
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/déjà décidée/)
  })

  it('refuses a second first request while valid, and lets a social worker read but not file', async () => {
    const first = await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE' })
    expect(first.status).toBe(409)
    expect(first.body.message).toBe(
      'La personne est domiciliée jusqu’au 9 mars 2027 : enregistrez un renouvellement.',
    )
    expect((await social.get(`/api/domiciliations/${fileId}`)).status).toBe(200)
    expect(
      (await social.post(`/api/domiciliations/${fileId}/requests`, { kind: 'RENOUVELLEMENT' })).status,
    ).toBe(403)
  })

  it('renews from the decision day and keeps the first domiciliation day', async () => {
    now = at('2027-02-15T10:00:00+01:00')
    const filed = await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: 'RENOUVELLEMENT' })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    expect(filed.body.followUp).toEqual(['attente_decision', 'expire_sous_61_jours', 'sans_contact_3_mois'])
    const requestId = filed.body.pendingRequest.id
    await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, interview)
    now = at('2027-02-20T10:00:00+01:00')
    const renewed = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, {
      decision: 'accepte',
    })
    expect(renewed.status).toBe(201)
    expect(renewed.body).toMatchObject({
      status: 'valide',
      validFrom: '2027-02-20',
      validUntil: '2028-02-19',
      firstDomiciliationOn: '2026-03-10',
    })
    expect(renewed.body.decisions.map((d: { kind: string }) => d.kind)).toEqual([
      'RENOUVELLEMENT',
      'ACCEPTATION',
    ])
  })

  it('radiates only with a motive the file does not contradict, then cancels the radiation with its trace', async () => {
    const silent = await direction.post(`/api/domiciliations/${fileId}/radiation`, {
      motive: 'NON_MANIFESTATION_3_MOIS',
    })
    expect(silent.status).toBe(409)
    expect(silent.body.message).toBe(
      'La personne s’est manifestée le 20 février 2027 : il y a moins de 3 mois.',
    )
    const ended = await direction.post(`/api/domiciliations/${fileId}/radiation`, {
      motive: 'FIN_DE_DOMICILIATION',
    })
    expect(ended.status).toBe(409)
    expect(ended.body.message).toBe(
      'La domiciliation est valide jusqu’au 19 février 2028 : elle n’a pas pris fin.',
    )
    const noMotive = await direction.post(`/api/domiciliations/${fileId}/radiation`, {})
    expect(noMotive.status).toBe(400)
    expect(noMotive.body.message).toBe(
      'Motif : Indiquez le motif de la radiation : une radiation doit être motivée.',
    )
    const other = await direction.post(`/api/domiciliations/${fileId}/radiation`, { motive: 'AUTRE' })
    expect(other.status).toBe(400)
    expect(other.body.message).toBe('Précision sur le motif : Précisez le motif choisi (« Autre »).')
    expect(
      (await agent.post(`/api/domiciliations/${fileId}/radiation`, { motive: 'A_SA_DEMANDE' })).status,
    ).toBe(403)

    now = at('2027-06-01T10:00:00+02:00')
    const radiated = await direction.post(`/api/domiciliations/${fileId}/radiation`, {
      motive: 'NON_MANIFESTATION_3_MOIS',
    })
    expect(radiated.status, JSON.stringify(radiated.body)).toBe(201)
    expect(radiated.body).toMatchObject({ status: 'radie', followUp: [] })
    const radiation = radiated.body.decisions[0]
    expect(radiation).toMatchObject({
      kind: 'RADIATION',
      decidedOn: '2027-06-01',
      motive: 'NON_MANIFESTATION_3_MOIS',
      motiveLabel: 'Absence de contact depuis plus de trois mois consécutifs',
    })
    const twice = await direction.post(`/api/domiciliations/${fileId}/radiation`, { motive: 'A_SA_DEMANDE' })
    expect(twice.status).toBe(409)
    expect(twice.body.message).toBe('Ce dossier est déjà radié.')

    const older = radiated.body.decisions[1].id
    const notLast = await direction.post(`/api/domiciliation-decisions/${older}/cancellation`, {
      cancelReason: 'Erreur',
    })
    expect(notLast.status).toBe(409)
    expect(notLast.body.message).toBe(
      'Seule la dernière décision du dossier peut être annulée : annulez d’abord celle du 1 juin 2027.',
    )
    const noReason = await direction.post(`/api/domiciliation-decisions/${radiation.id}/cancellation`, {})
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toBe('Raison de l’annulation : Indiquez pourquoi la décision est annulée.')

    now = at('2027-06-02T09:30:00+02:00')
    const cancelled = await direction.post(`/api/domiciliation-decisions/${radiation.id}/cancellation`, {
      cancelReason: 'La personne était hospitalisée (D264-3).',
    })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body).toMatchObject({
      status: 'valide',
      validFrom: '2027-02-20',
      validUntil: '2028-02-19',
    })
    expect(cancelled.body.decisions[0]).toMatchObject({
      id: radiation.id,
      kind: 'RADIATION',
      cancelled: {
        at: now.toISOString(),
        by: expect.objectContaining({ displayName: 'Démo direction' }),
        reason: 'La personne était hospitalisée (D264-3).',
      },
    })
    const again = await direction.post(`/api/domiciliation-decisions/${radiation.id}/cancellation`, {
      cancelReason: 'x',
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('Cette décision a déjà été annulée le 2 juin 2027.')
  })

  it('cancelling a decision sends its request back to the decider and replays the file', async () => {
    const file = (await direction.get(`/api/domiciliations/${fileId}`)).body
    const renewal = file.decisions.find((d: { kind: string }) => d.kind === 'RENOUVELLEMENT')
    const undone = await direction.post(`/api/domiciliation-decisions/${renewal.id}/cancellation`, {
      cancelReason: 'Décision saisie sur le mauvais dossier.',
    })
    expect(undone.status).toBe(200)
    // Back to the first year, which ended on 9 March 2027: « expirée » at read time, « valide » as stored.
    expect(undone.body).toMatchObject({
      status: 'expiree',
      validFrom: '2026-03-10',
      validUntil: '2027-03-09',
    })
    const [storedFile] = await rows<{ status: string }>(
      t.database.db.owner,
      sql`select status from domiciliations where id = ${fileId}`,
    )
    expect(storedFile!.status).toBe('valide')
    expect(undone.body.pendingRequest).toMatchObject({ id: renewal.requestId, status: 'attente_decision' })
    const redecided = await direction.post(`/api/domiciliation-requests/${renewal.requestId}/decision`, {
      decision: 'accepte',
      decidedOn: '2027-06-02',
    })
    expect(redecided.status).toBe(201)
    expect(redecided.body).toMatchObject({
      status: 'valide',
      validFrom: '2027-06-02',
      validUntil: '2028-06-01',
    })
  })

  it('keeps decisions append-only in the database, whatever the application does', async () => {
    const [stored] = await rows<{ n: number }>(
      t.database.db.owner,
      sql`select count(*)::int as n from domiciliation_decisions where domiciliation_id = ${fileId}`,
    )
    expect(Number(stored!.n)).toBe(4)
    const refusal = async (query: ReturnType<typeof sql>) => {
      try {
        await t.database.db.transaction(
          { organisationId: t.tenantA.organisationId, accountId: null, platformAdmin: false },
          (tx) => rows(tx, query),
        )
        return 'accepté'
      } catch (err) {
        return String((err as { cause?: Error }).cause?.message ?? (err as Error).message)
      }
    }
    expect(await refusal(sql`update domiciliation_decisions set motive = 'AUTRE'`)).toMatch(
      /permission denied/,
    )
    expect(await refusal(sql`delete from domiciliation_decisions`)).toMatch(/permission denied/)
  })

  it('answers 404 to another organisation and writes every read and change to the audit log', async () => {
    const other = await t.signIn(t.tenantB.accounts.direction)
    expect((await other.get(`/api/domiciliations/${fileId}`)).status).toBe(404)
    const file = (await direction.get(`/api/domiciliations/${fileId}`)).body
    expect(
      (
        await other.post(`/api/domiciliation-decisions/${file.decisions[0].id}/cancellation`, {
          cancelReason: 'x',
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await other.post(`/api/domiciliation-requests/${file.requests[0].id}/decision`, {
          decision: 'accepte',
        })
      ).status,
    ).toBe(404)

    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = async (entityType: string) =>
      (await admin.get(`/api/audit?entityType=${entityType}`)).body.entries as {
        action: string
        entityId: string
        diff: Record<string, unknown> | null
      }[]
    const files = await log('domiciliation')
    expect(files.some((e) => e.action === 'create' && e.entityId === fileId)).toBe(true)
    expect(files.some((e) => e.action === 'read' && e.entityId === fileId)).toBe(true)
    const decisions = await log('domiciliation_decision')
    expect(decisions.filter((e) => e.action === 'create')).toHaveLength(4)
    expect(decisions.filter((e) => e.action === 'update')).toHaveLength(2)
    const requests = await log('domiciliation_request')
    const interviews = requests.filter((e) => e.action === 'update' && e.diff && 'interview' in e.diff)
    expect(interviews.length).toBeGreaterThan(0)
    // The interview's answers never reach the log, only the fact that they changed.
    expect(JSON.stringify(interviews)).not.toContain('Viotte')
    expect(JSON.stringify(interviews)).not.toContain('EXPULSION')
  })
})
