import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { detectDocumentType } from './file-type'

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])

describe('document types from their first bytes', () => {
  it('recognises PDF, PNG, JPEG and WebP, and nothing else', () => {
    expect(detectDocumentType(pdf)).toBe('application/pdf')
    expect(detectDocumentType(png)).toBe('image/png')
    expect(detectDocumentType(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('image/jpeg')
    expect(detectDocumentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp')
    expect(detectDocumentType(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeUndefined()
    expect(detectDocumentType(exe)).toBeUndefined()
    expect(detectDocumentType(Buffer.from('\x7fELF', 'latin1'))).toBeUndefined()
    expect(detectDocumentType(Buffer.from('<html>%PDF-', 'latin1'))).toBeUndefined()
    expect(detectDocumentType(Buffer.alloc(0))).toBeUndefined()
  })

  it('never accepts bytes that do not start with a known signature (property)', () => {
    const signatures = ['%PDF-', '\x89PNG', '\xff\xd8\xff', 'RIFF']
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b = Buffer.from(bytes)
        const type = detectDocumentType(b)
        if (type) expect(signatures.some((s) => b.toString('latin1').startsWith(s))).toBe(true)
      }),
    )
  })
})

describe.each(databaseKinds)('documents of a file (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let usagerId: string
  const upload = (
    client: TestClient,
    id: string,
    bytes: Buffer,
    fileName: string,
    kindOf = 'piece_identite',
  ) =>
    client.request(
      'POST',
      `/api/usagers/${id}/documents?kind=${kindOf}&fileName=${encodeURIComponent(fileName)}`,
      bytes,
      {
        headers: { 'content-type': 'application/octet-stream' },
      },
    )
  const documentCount = async () =>
    Number(
      (
        await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from usager_documents`)
      )[0]!.n,
    )

  beforeAll(async () => {
    t = await createTestApp(kind)
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    usagerId = (await agent.post('/api/usagers', { firstName: 'Gaëlle', lastName: 'Châtelain' })).body.id
  })
  afterAll(async () => t?.close())

  it('stores a PDF with its SHA-256 and gives it back as an attachment', async () => {
    const res = await upload(agent, usagerId, pdf, 'Carte d’identité Gaëlle.pdf')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({
      kind: 'piece_identite',
      mimeType: 'application/pdf',
      sizeBytes: pdf.length,
      fileName: 'Carte d’identité Gaëlle.pdf',
    })
    expect(res.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'))
    const list = await agent.get(`/api/usagers/${usagerId}/documents`)
    expect(list.body.map((d: { id: string }) => d.id)).toEqual([res.body.id])
    expect((await agent.get(`/api/usagers/${usagerId}`)).body.documents).toHaveLength(1)

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/usager-documents/${res.body.id}`,
      headers: { cookie: `lien_session=${agent.cookie('lien_session')}` },
    })
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(pdf)).toBe(true)
    expect(download.headers['content-type']).toMatch(/^application\/pdf/)
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Carte didentite Gaelle.pdf"; filename\*=UTF-8''Carte%20d%E2%80%99identit%C3%A9/,
    )
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    const png1 = await upload(agent, usagerId, png, '../../etc/photo.png', 'autre')
    expect(png1.body).toMatchObject({ mimeType: 'image/png', fileName: 'photo.png' })
  })

  it('refuses an executable renamed .pdf, an empty file and a body that is not raw bytes', async () => {
    const before = await documentCount()
    const renamed = await upload(agent, usagerId, exe, 'attestation.pdf')
    expect(renamed.status).toBe(415)
    expect(renamed.body.message).toMatch(/ni un PDF ni une image/)
    expect((await upload(agent, usagerId, Buffer.alloc(0), 'vide.pdf')).status).toBe(400)
    const json = await agent.post(`/api/usagers/${usagerId}/documents?kind=autre&fileName=x.pdf`, {
      data: pdf.toString('base64'),
    })
    expect(json.status).toBe(415)
    const badKind = await upload(agent, usagerId, pdf, 'x.pdf', 'virus')
    expect(badKind.status).toBe(400)
    expect(badKind.body.fields[0].field).toBe('kind')
    expect(await documentCount()).toBe(before)
  })

  it('refuses a 30 MB upload and states the 20 Mo limit, while a JSON body stays limited to 1 Mo', async () => {
    const before = await documentCount()
    const huge = Buffer.concat([pdf, Buffer.alloc(30 * 1024 * 1024)])
    const res = await upload(agent, usagerId, huge, 'scan.pdf')
    expect(res.status).toBe(413)
    expect(res.body.message).toMatch(/20 Mo au plus/)
    expect(await documentCount()).toBe(before)
    const bigJson = await agent.post('/api/usagers', { firstName: 'x'.repeat(10 * 1024 * 1024) })
    expect(bigJson.status).toBe(413)
    expect(bigJson.body.message).toMatch(/1 Mo au plus/)
    const bytesElsewhere = await agent.request('POST', '/api/usagers', Buffer.alloc(2 * 1024 * 1024), {
      headers: { 'content-type': 'application/octet-stream' },
    })
    expect(bytesElsewhere.status).toBe(413)
  })

  it('accepts a file of just under 20 Mo', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 - pdf.length - 1)])
    const res = await upload(agent, usagerId, big, 'gros.pdf', 'justificatif_ressources')
    expect(res.status).toBe(201)
    expect(res.body.sizeBytes).toBe(big.length)
  })

  it('answers 404 for another organisation’s file or document, and audits downloads', async () => {
    const doc = (await agent.get(`/api/usagers/${usagerId}/documents`)).body[0]
    const other = await t.signIn(t.tenantB.accounts.agent_domiciliation)
    expect((await upload(other, usagerId, pdf, 'x.pdf')).status).toBe(404)
    expect((await other.get(`/api/usager-documents/${doc.id}`)).status).toBe(404)
    expect((await other.get(`/api/usagers/${usagerId}/documents`)).status).toBe(404)
    await agent.get(`/api/usager-documents/${doc.id}`)
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = await admin.get('/api/audit?entityType=usager_document&action=read')
    expect(log.body.entries.some((e: { entityId: string }) => e.entityId === doc.id)).toBe(true)
  })
})
