import { and, count, eq, sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parisDate } from '../../../shared/dates'
import type { ImportReportView } from '../../../shared/modules/domiciliation/exchange.contract'
import { personColumns } from '../../../shared/modules/domiciliation/exchange.columns'
import { rows } from '../../db/client'
import { auditLog } from '../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { householdMembers, usagers } from '../usagers'
import { domiciliations } from './domiciliation.table'
import { domifaHeaders, domifaLine, workbook, type CellValue } from './import.fixtures'

// The demonstration files of Besançon are dated from the real day: the import is too.
const now = new Date()
const today = parisDate(now)
const octets = { headers: { 'content-type': 'application/octet-stream' } }

describe.each(databaseKinds)('import of a base and export of the domiciled people (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  let good: CellValue[][]

  const post = (client: TestClient, path: string, bytes: Buffer) =>
    client.request<any>('POST', path, bytes, octets)
  const filesOf = async (organisationId: string) =>
    Number(
      (
        await t.database.db.owner
          .select({ n: count() })
          .from(domiciliations)
          .where(eq(domiciliations.organisationId, organisationId))
      )[0]!.n,
    )

  const householdCount = async () =>
    Number(
      (
        await t.database.db.owner
          .select({ n: count() })
          .from(householdMembers)
          .where(eq(householdMembers.organisationId, t.tenantA.organisationId))
      )[0]!.n,
    )

  let demoFiles: number

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    direction = await t.signIn(t.tenantA.accounts.direction)
    demoFiles = await filesOf(t.tenantA.organisationId)
    good = Array.from({ length: 503 }, (_, i) => domifaLine(i, today))
  }, 60_000)
  afterAll(async () => t?.close())

  it('lists exactly the three bad lines of 503 with their reasons, and commits nothing', async () => {
    const lines = good.map((r) => [...r])
    lines[100]![5] = '31/02/1990' // impossible birth date, spreadsheet row 102
    lines[201]![11] = 'MOTIF_INCONNU' // a radiated line with an unknown motive code, row 203
    lines[300]![0] = lines[5]![0]! // the number of row 7 again, row 302
    const bytes = await workbook(domifaHeaders, lines)

    const preview = await post(direction, '/api/domiciliations-import/preview', bytes)
    expect(preview.status).toBe(200)
    const report = preview.body as ImportReportView
    expect(report).toMatchObject({
      format: 'domifa',
      fileType: 'xlsx',
      lines: 503,
      goodLines: 500,
      imported: null,
    })
    expect(report.badLines).toEqual([
      { line: 102, reasons: ['Date de naissance : « 31/02/1990 » n’est pas une date qui existe.'] },
      {
        line: 203,
        reasons: [
          expect.stringMatching(
            /^Motif de radiation : code « MOTIF_INCONNU » inconnu \(codes acceptés : A_SA_DEMANDE, /,
          ),
        ],
      },
      { line: 302, reasons: ['Numéro de dossier : 1005 figure déjà ligne 7.'] },
    ])
    expect(report.parsed).toHaveLength(500)

    const commit = await post(direction, '/api/domiciliations-import/commit', bytes)
    expect(commit.status).toBe(422)
    expect(commit.body.message).toBe(
      '3 lignes en erreur : rien n’a été importé. Corrigez ces lignes et importez de nouveau le fichier.',
    )
    expect(commit.body.details.badLines.map((b: { line: number }) => b.line)).toEqual([102, 203, 302])
    expect(await filesOf(t.tenantA.organisationId)).toBe(demoFiles)
  })

  it('imports all 503 lines once fixed: people, ayants droit, the chain of decisions, the interview', async () => {
    // A person already known at the desk: the domiciliation attaches to her file.
    const known = good[12]!
    const existing = await direction.post('/api/usagers', {
      firstName: known[3],
      lastName: known[2],
      birthDate: (known[5] as Date).toISOString().slice(0, 10),
      confirmNotDuplicate: true,
    })
    expect(existing.status).toBe(201)
    const usagersBefore = Number(
      (
        await t.database.db.owner
          .select({ n: count() })
          .from(usagers)
          .where(eq(usagers.organisationId, t.tenantA.organisationId))
      )[0]!.n,
    )

    const householdBefore = await householdCount()
    const bytes = await workbook(domifaHeaders, good)
    const res = await post(direction, '/api/domiciliations-import/commit', bytes)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ imported: 503, goodLines: 503, badLines: [] })
    expect(res.body.parsed.find((l: { line: number }) => l.line === 14).existingUsager).toBe(true)
    expect(await filesOf(t.tenantA.organisationId)).toBe(demoFiles + 503)
    const usagersAfter = Number(
      (
        await t.database.db.owner
          .select({ n: count() })
          .from(usagers)
          .where(eq(usagers.organisationId, t.tenantA.organisationId))
      )[0]!.n,
    )
    expect(usagersAfter - usagersBefore).toBe(502)

    const decisions = await rows<{ kind: string; n: number }>(
      t.database.db.owner,
      sql`select x.kind, count(*)::int as n from domiciliation_decisions x join domiciliations d on d.id = x.domiciliation_id
          where d.organisation_id = ${t.tenantA.organisationId} and d.file_number >= 1000 group by x.kind order by x.kind`,
    )
    const expected = { ACCEPTATION: 0, RENOUVELLEMENT: 0, REFUS: 0, RADIATION: 0 }
    good.forEach((r) => {
      const renewal = r[12] === 'RENOUVELLEMENT'
      if (r[9] === 'REFUS') expected.REFUS++
      else {
        expected[renewal ? 'RENOUVELLEMENT' : 'ACCEPTATION']++
        if (r[9] === 'RADIE') expected.RADIATION++
      }
    })
    expect(Object.fromEntries(decisions.map((d) => [d.kind, Number(d.n)]))).toEqual(expected)
    expect((await householdCount()) - householdBefore).toBe(good.filter((_, i) => i % 4 === 0).length)

    // Each file reads back through the decisions module: state, validity, motive, interview.
    const fileId = async (n: number) =>
      (
        await t.database.db.owner
          .select({ id: domiciliations.id })
          .from(domiciliations)
          .where(
            and(
              eq(domiciliations.organisationId, t.tenantA.organisationId),
              eq(domiciliations.fileNumber, n),
            ),
          )
      )[0]!.id
    const valid = await direction.get(`/api/domiciliations/${await fileId(1053)}`)
    expect(valid.status).toBe(200)
    expect(valid.body).toMatchObject({ status: 'valide', validFrom: expect.any(String), fileNumber: 1053 })
    expect(valid.body.requests[0].interview).toMatchObject({
      linkWithCommune: 'RESIDENTIEL',
      residenceSituation: 'SANS_ABRI',
      sociallyAccompanied: true,
    })
    const refused = await direction.get(`/api/domiciliations/${await fileId(1010)}`)
    expect(refused.body.status).toBe('refus')
    expect(refused.body.decisions[0]).toMatchObject({ kind: 'REFUS', motive: 'LIEN_COMMUNE' })
    const radiated = await direction.get(`/api/domiciliations/${await fileId(1011)}`)
    expect(radiated.body.status).toBe('radie')
    expect(radiated.body.decisions.map((d: { kind: string }) => d.kind)).toEqual(['RADIATION', 'ACCEPTATION'])
    // The phone typed as a number lost its leading zero in the spreadsheet: it is given back.
    const [phone] = await rows<{ phone: string; birth_place: string }>(
      t.database.db.owner,
      sql`select u.phone, d.birth_place from domiciliations d join usagers u on u.id = d.usager_id where d.organisation_id = ${t.tenantA.organisationId} and d.file_number = 1000`,
    )
    expect(phone).toEqual({ phone: '+33612345678', birth_place: 'Besançon' })

    // One audit entry per person and per file; names are never written in clear.
    const audit = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, t.tenantA.organisationId),
          eq(auditLog.entityType, 'domiciliation'),
          eq(auditLog.action, 'create'),
        ),
      )
    expect(audit).toHaveLength(503)
    const people = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'usager'),
          eq(auditLog.action, 'create'),
          eq(auditLog.organisationId, t.tenantA.organisationId),
        ),
      )
    expect(JSON.stringify(people)).not.toContain(String(good[0]![2]))

    // The same file again: every number is taken and every person already domiciled.
    const again = await post(direction, '/api/domiciliations-import/commit', bytes)
    expect(again.status).toBe(422)
    expect(again.body.details.badLines).toHaveLength(503)
    expect(again.body.details.badLines[0].reasons).toEqual([
      'Numéro de dossier : 1000 est déjà attribué à un dossier de la structure.',
      'Cette personne a déjà un dossier de domiciliation dans la structure (n° 1000).',
    ])
  })

  it('exports every domiciled person once, audited, in a workbook another structure imports as it is', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/domiciliations-export.xlsx',
      headers: { cookie: `lien_session=${direction.cookie('lien_session')}` },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toContain('personnes-domiciliees.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    const total = await filesOf(t.tenantA.organisationId)
    expect(sheet.rowCount).toBe(1 + total)
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(headers.slice(0, personColumns.length)).toEqual(personColumns.map((c) => c.header))
    expect(headers).toContain('Historique des décisions')
    let first = sheet.getRow(2)
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 1000) first = row
    })
    const at = (header: string) => first.getCell(headers.indexOf(header) + 1).value
    expect(at('Numéro de dossier')).toBe(1000)
    expect(at('Nom')).toBe(good[0]![2])
    expect(at('Date de naissance')).toEqual(good[0]![5])
    expect(at('Lien avec la commune')).toBe('Résidentiel : la personne séjourne sur la commune')
    expect(at('Ayant droit 1 : prénom')).toBe('Maëlys')

    const exports = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entityType, 'domiciliation')))
    expect(exports).toHaveLength(1)
    expect(exports[0]!.diff).toEqual({ people: [null, total] })

    const dole = await t.signIn(t.tenantB.accounts.administrateur)
    const preview = await post(dole, '/api/domiciliations-import/preview', res.rawPayload)
    expect(preview.body).toMatchObject({ format: 'lien', lines: total, goodLines: total, badLines: [] })
    expect(preview.body.ignoredColumns).toContain('Historique des décisions')
    const imported = await post(dole, '/api/domiciliations-import/commit', res.rawPayload)
    expect(imported.status).toBe(201)
    const state = (organisationId: string) =>
      rows<Record<string, unknown>>(
        t.database.db.owner,
        sql`select d.file_number, d.status, d.valid_from, d.valid_until, d.first_domiciliation_on, d.birth_place,
              u.first_name, u.last_name, u.birth_date, u.gender, u.phone,
              (select count(*)::int from household_members h where h.usager_id = u.id) as ayants,
              (select kind || coalesce(motive, '') from domiciliation_decisions x where x.domiciliation_id = d.id and x.cancelled_at is null order by decided_on desc, id desc limit 1) as decision,
              (select filed_on from domiciliation_requests q where q.domiciliation_id = d.id and q.status <> 'decidee') as pending,
              (select interview->>'householdType' from domiciliation_requests q where q.domiciliation_id = d.id order by filed_on desc, id desc limit 1) as household
            from domiciliations d join usagers u on u.id = d.usager_id
            where d.organisation_id = ${organisationId} order by d.file_number`,
      )
    expect(await state(t.tenantB.organisationId)).toEqual(await state(t.tenantA.organisationId))
  })

  it('reads a CSV in Windows-1252 with semicolons and a UTF-8 CSV with commas, accents kept', async () => {
    const header = personColumns.map((c) => c.header)
    const line = (n: number, first: string, last: string) =>
      header.map(
        (h) =>
          (<Record<string, string>>{
            'Numéro de dossier': String(n),
            Nom: last,
            Prénom: first,
            'Date de naissance': '14/07/1975',
            Statut: 'VALIDE',
            'Début de validité': '01/02/2026',
            'Fin de validité': '31/01/2027',
            'Motif principal de la demande': 'Accès aux prestations sociales',
          })[h] ?? '',
      )
    const latin1 = Buffer.from(
      [header, line(5001, 'Hélène', 'Lefèvre')].map((r) => r.join(';')).join('\r\n'),
      'latin1',
    )
    const one = await post(direction, '/api/domiciliations-import/preview', latin1)
    expect(one.body).toMatchObject({ fileType: 'csv', encoding: 'windows-1252', badLines: [] })
    expect(one.body.parsed[0]).toMatchObject({ firstName: 'Hélène', lastName: 'Lefèvre', fileNumber: 5001 })
    const quoted = (r: string[]) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from([quoted(header), quoted(line(5002, 'Zoé', 'Châtelain, dite "Zizi"'))].join('\n')),
    ])
    const two = await post(direction, '/api/domiciliations-import/preview', utf8)
    expect(two.body).toMatchObject({ encoding: 'utf-8', badLines: [] })
    expect(two.body.parsed[0]).toMatchObject({ firstName: 'Zoé', lastName: 'Châtelain, dite "Zizi"' })
  })

  it('keeps the first domiciliation day declared by the former system through the next decisions', async () => {
    const header = personColumns.map((c) => c.header)
    const cells: Record<string, string> = {
      'Numéro de dossier': '7001',
      Nom: 'Vauthier',
      Prénom: 'Gaëtan',
      'Date de naissance': '02/05/1969',
      Statut: 'VALIDE',
      'Début de validité': '01/02/2026',
      'Fin de validité': '31/01/2027',
      'Date de première domiciliation': '15/03/2019',
      'Motif principal de la demande': 'Accès aux prestations sociales',
    }
    const csv = Buffer.from([header, header.map((h) => cells[h] ?? '')].map((r) => r.join(';')).join('\r\n'))
    const imported = await post(direction, '/api/domiciliations-import/commit', csv)
    expect(imported.status, JSON.stringify(imported.body)).toBe(201)
    const [file] = await t.database.db.owner
      .select()
      .from(domiciliations)
      .where(
        and(eq(domiciliations.organisationId, t.tenantA.organisationId), eq(domiciliations.fileNumber, 7001)),
      )
    expect(file!.firstDomiciliationOn).toBe('2019-03-15')
    // A renewal decided here replays the chain: the declared day stays.
    const filed = await direction.post(`/api/domiciliations/${file!.id}/requests`, { kind: 'RENOUVELLEMENT' })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const requestId = filed.body.pendingRequest.id
    await direction.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      linkWithCommune: 'RESIDENTIEL',
    })
    const decided = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, {
      decision: 'accepte',
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
    expect(decided.body.firstDomiciliationOn).toBe('2019-03-15')
    // Cancelling it replays again: still the declared day.
    const cancelled = await direction.post(
      `/api/domiciliation-decisions/${decided.body.decisions[0].id}/cancellation`,
      { cancelReason: 'Saisie en double' },
    )
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.firstDomiciliationOn).toBe('2019-03-15')
  })

  it('refuses what is not a base, stating why, and keeps the import to the deciding roles', async () => {
    const json = await direction.post('/api/domiciliations-import/preview', { lignes: [] })
    expect(json.status).toBe(415)
    const xls = await post(
      direction,
      '/api/domiciliations-import/preview',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
    )
    expect(xls.status).toBe(415)
    expect(xls.body.message).toMatch(/\.xls/)
    const big = await post(
      direction,
      '/api/domiciliations-import/preview',
      Buffer.alloc(11 * 1024 * 1024, 0x41),
    )
    expect(big.status).toBe(413)
    expect(big.body.message).toMatch(/10 Mo au plus/)
    const headersOnly = await post(
      direction,
      '/api/domiciliations-import/preview',
      Buffer.from('Nom;Prénom\n'),
    )
    expect(headersOnly.status).toBe(400)
    const unknownHeaders = await post(
      direction,
      '/api/domiciliations-import/preview',
      Buffer.from('a;b\n1;2\n'),
    )
    expect(unknownHeaders.status).toBe(400)
    expect(unknownHeaders.body.message).toMatch(/En-têtes non reconnus/)
    const agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    expect(
      (await post(agent, '/api/domiciliations-import/preview', Buffer.from('Nom;Prénom\nA;B\n'))).status,
    ).toBe(403)
    const exporting = await t.app.inject({
      method: 'GET',
      url: '/api/domiciliations-export.xlsx',
      headers: { cookie: `lien_session=${agent.cookie('lien_session')}` },
    })
    expect(exporting.statusCode).toBe(403)
  })
})
