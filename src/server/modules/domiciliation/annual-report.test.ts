import { and, eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, endOfParisDay, type CivilDate } from '../../../shared/dates'
import { replayChain } from '../../../shared/modules/domiciliation/decision-chain'
import type { DecisionKind } from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { AnnualReportView, CountLine } from '../../../shared/modules/domiciliation/reports.contract'
import { ageBandOf, ageOn, NOT_GIVEN } from '../../../shared/modules/domiciliation/reports.constants'
import {
  domiciliationHistory,
  insertDomiciliationHistory,
  type DomiciliationHistory,
} from '../../demo/synthetic-domiciliations'
import { seededRandom } from '../../demo/names'
import { auditLog } from '../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { domiciliationContacts } from './domiciliation.table'

const YEAR = 2025
const LAST: CivilDate = '2025-12-31'
/** The Paris instant `hours` after midnight of a day (negative: the evening before). */
const paris = (day: CivilDate, hours: number) =>
  new Date(endOfParisDay(addDays(day, -1)).getTime() + 1 + hours * 3_600_000)
const yearStart = paris('2025-01-01', 0)
const yearEnd = paris('2026-01-01', 0)

type Decision = DomiciliationHistory['decisions'][number]
const inOrder = (a: Decision, b: Decision) =>
  a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id)
const tally = (values: (string | null | undefined)[]) => {
  const m = new Map<string, number>()
  for (const v of values) m.set(v ?? NOT_GIVEN, (m.get(v ?? NOT_GIVEN) ?? 0) + 1)
  return m
}
/** A breakdown of the report as a map, leaving out zero lines. */
const asMap = (lines: CountLine[]) => new Map(lines.filter((l) => l.count > 0).map((l) => [l.code, l.count]))
const within = (at: Date | null | undefined) => !!at && at >= yearStart && at < yearEnd

/**
 * The report of 2025 as computed here, in plain JavaScript over the generated rows: the chain is
 * replayed decision by decision, nothing is asked of the database.
 */
function expectedReport(h: DomiciliationHistory) {
  const live = h.decisions.filter((d) => !d.cancelledAt)
  const byFile = new Map<string, Decision[]>()
  for (const d of live) byFile.set(d.domiciliationId, [...(byFile.get(d.domiciliationId) ?? []), d])
  const usager = new Map(h.usagers.map((u) => [u.id, u]))
  const household = new Map<string, typeof h.household>()
  for (const m of h.household) household.set(m.usagerId, [...(household.get(m.usagerId) ?? []), m])

  const valid = h.files.filter((f) => {
    const chain = (byFile.get(f.id) ?? []).filter((d) => d.decidedOn <= LAST)
    const state = replayChain(
      chain.map((d) => ({
        kind: d.kind as DecisionKind,
        decidedOn: d.decidedOn,
        sequence: d.id,
        validFrom: d.validFrom ?? null,
        validUntil: d.validUntil ?? null,
        cancelled: false,
      })),
    )
    return state.status === 'valide' && state.validUntil! >= LAST
  })
  const lastGrant = (fileId: string) =>
    (byFile.get(fileId) ?? [])
      .filter((d) => d.decidedOn <= LAST && (d.kind === 'ACCEPTATION' || d.kind === 'RENOUVELLEMENT'))
      .sort(inOrder)
      .pop()!
  const lastInterview = (fileId: string) =>
    h.requests
      .filter(
        (r) => r.domiciliationId === fileId && r.filedOn <= LAST && Object.keys(r.interview ?? {}).length > 0,
      )
      .sort((a, b) => a.filedOn.localeCompare(b.filedOn) || a.id.localeCompare(b.id))
      .pop()?.interview as Record<string, unknown> | undefined
  const people = valid.map((f) => ({ file: f, u: usager.get(f.usagerId)!, interview: lastInterview(f.id) }))
  const dependants = valid.flatMap((f) => household.get(f.usagerId) ?? [])
  const band = (birthDate: string | null | undefined) =>
    birthDate ? ageBandOf(ageOn(birthDate, LAST)) : NOT_GIVEN
  const answer = (key: string) =>
    tally(
      people.map((p) => {
        const v = p.interview?.[key] as string | boolean | null | undefined
        return v === null || v === undefined ? null : String(v)
      }),
    )

  const yearDecisions = live.filter((d) => d.decidedOn >= '2025-01-01' && d.decidedOn <= LAST)
  const ofKind = (kind: string) => yearDecisions.filter((d) => d.kind === kind)
  const fileUsager = new Map(h.files.map((f) => [f.id, f.usagerId]))
  const granted = [...ofKind('ACCEPTATION'), ...ofKind('RENOUVELLEMENT')]

  const requestsById = new Map(h.requests.map((r) => [r.id, r]))
  const decidedByLast = new Set(
    live.filter((d) => d.requestId && d.decidedOn <= LAST).map((d) => d.requestId),
  )
  const timed = yearDecisions.filter((d) => d.kind !== 'RADIATION' && d.requestId)
  const days = timed.map(
    (d) => (Date.parse(d.decidedOn) - Date.parse(requestsById.get(d.requestId!)!.filedOn)) / 86_400_000,
  )
  return {
    domiciliations: valid.length,
    ayantsDroit: dependants.length,
    byKind: tally(valid.map((f) => lastGrant(f.id).kind)),
    bySex: tally(people.map((p) => p.u.gender)),
    ages: tally(people.map((p) => band(p.u.birthDate))),
    dependantAges: tally(dependants.map((m) => band(m.birthDate))),
    householdType: answer('householdType'),
    instabilityCause: answer('instabilityCause'),
    linkWithCommune: answer('linkWithCommune'),
    requestReason: answer('requestReason'),
    residenceSituation: answer('residenceSituation'),
    professionalSituation: answer('professionalSituation'),
    accompanied: answer('sociallyAccompanied'),
    first: ofKind('ACCEPTATION').length,
    renewals: ofKind('RENOUVELLEMENT').length,
    ayantsDroitCovered: granted.reduce(
      (n, d) => n + (household.get(fileUsager.get(d.domiciliationId)!)?.length ?? 0),
      0,
    ),
    refusalsByMotive: tally(ofKind('REFUS').map((d) => d.motive)),
    orientations: tally(ofKind('REFUS').map((d) => d.orientation)),
    radiationsByMotive: tally(ofKind('RADIATION').map((d) => d.motive)),
    visits: h.contacts.filter((c) => c.kind === 'visite' && within(c.at)).length,
    calls: h.contacts.filter((c) => c.kind === 'appel' && within(c.at)).length,
    portal: h.contacts.filter((c) => c.kind === 'connexion_portail' && within(c.at)).length,
    mail: (kind: string) => {
      const items = h.mail.filter((m) => m.kind === kind)
      return {
        received: items.filter((m) => within(m.receivedAt)).length,
        handedOver: items.filter((m) => within(m.handedOverAt)).length,
        forwarded: items.filter((m) => within(m.forwardedAt)).length,
        returned: items.filter((m) => within(m.returnedAt)).length,
      }
    },
    pending: h.requests.filter((r) => r.filedOn <= LAST && !decidedByLast.has(r.id)).length,
    decidedRequests: timed.length,
    averageDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
    cancelledInYear: h.decisions.filter(
      (d) => d.cancelledAt && d.decidedOn >= '2025-01-01' && d.decidedOn <= LAST,
    ).length,
  }
}

describe.each(databaseKinds)('annual activity report to the préfet (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  let history: DomiciliationHistory
  const now = new Date('2026-03-16T10:00:00Z')

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    // Dole has no demonstration files: its report holds the generated history only.
    history = domiciliationHistory({
      organisationId: t.tenantB.organisationId,
      people: 400,
      years: 3,
      until: '2026-03-15',
      random: seededRandom(2025),
      createdBy: null,
    })
    const fileId = history.files[0]!.id
    // Contacts on both sides of midnight, Paris time, at each end of the year.
    for (const at of [
      paris('2025-01-01', -0.5),
      paris('2025-01-01', 0.5),
      paris('2026-01-01', -0.5),
      paris('2026-01-01', 0.25),
    ])
      history.contacts.push({
        organisationId: t.tenantB.organisationId,
        domiciliationId: fileId,
        kind: 'appel',
        at,
      })
    const other = domiciliationHistory({
      organisationId: t.tenantA.organisationId,
      people: 60,
      years: 2,
      until: '2026-03-15',
      random: seededRandom(7),
      createdBy: null,
      firstFileNumber: 10_000,
    })
    await t.database.db.owner.transaction(async (tx) => {
      await insertDomiciliationHistory(tx, history)
      await insertDomiciliationHistory(tx, other)
    })
    direction = await t.signIn(t.tenantB.accounts.direction)
  }, 120_000)
  afterAll(async () => t?.close())

  it('matches counts computed independently from the generated history, cancelled decisions left out', async () => {
    const e = expectedReport(history)
    // The history holds what the report must get right: cancelled decisions and each kind of decision in the year.
    expect(e.cancelledInYear).toBeGreaterThan(0)
    expect(e.first * e.renewals * e.refusalsByMotive.size * e.radiationsByMotive.size).toBeGreaterThan(0)
    expect(e.domiciliations).toBeGreaterThan(50)

    const res = await direction.get<AnnualReportView>(`/api/domiciliation-report?year=${YEAR}`)
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.year).toBe(YEAR)
    expect(r.stock.on).toBe(LAST)
    expect(r.stock.domiciliations).toBe(e.domiciliations)
    expect(r.stock.ayantsDroit).toBe(e.ayantsDroit)
    expect(r.stock.persons).toBe(e.domiciliations + e.ayantsDroit)
    expect(asMap(r.stock.byKind)).toEqual(e.byKind)
    expect(asMap(r.stock.bySex)).toEqual(e.bySex)
    expect(new Map(r.stock.ageBands.filter((b) => b.domiciled).map((b) => [b.code, b.domiciled]))).toEqual(
      e.ages,
    )
    expect(
      new Map(r.stock.ageBands.filter((b) => b.ayantsDroit).map((b) => [b.code, b.ayantsDroit])),
    ).toEqual(e.dependantAges)
    expect(asMap(r.stock.householdType)).toEqual(e.householdType)
    expect(asMap(r.stock.instabilityCause)).toEqual(e.instabilityCause)
    expect(asMap(r.stock.linkWithCommune)).toEqual(e.linkWithCommune)
    expect(asMap(r.stock.requestReason)).toEqual(e.requestReason)
    expect(asMap(r.stock.residenceSituation)).toEqual(e.residenceSituation)
    expect(asMap(r.stock.professionalSituation)).toEqual(e.professionalSituation)
    expect(asMap(r.stock.sociallyAccompanied)).toEqual(e.accompanied)

    expect(r.decisions.firstAttestations).toBe(e.first)
    expect(r.decisions.renewals).toBe(e.renewals)
    expect(r.decisions.attestations).toBe(e.first + e.renewals)
    expect(r.decisions.ayantsDroitCovered).toBe(e.ayantsDroitCovered)
    expect(asMap(r.decisions.refusalsByMotive)).toEqual(e.refusalsByMotive)
    expect(asMap(r.decisions.orientations)).toEqual(e.orientations)
    expect(asMap(r.decisions.radiationsByMotive)).toEqual(e.radiationsByMotive)

    expect(r.activity.visits).toBe(e.visits)
    expect(r.activity.calls).toBe(e.calls)
    expect(r.activity.portalSignIns).toBe(e.portal)
    for (const m of r.activity.mail)
      expect({ kind: m.kind, ...e.mail(m.kind) }).toEqual({
        kind: m.kind,
        received: m.received,
        handedOver: m.handedOver,
        forwarded: m.forwarded,
        returned: m.returned,
      })
    expect(r.activity.mail.map((m) => m.kind)).toEqual(['courrier', 'recommande', 'colis'])

    expect(r.waiting).toEqual({
      pendingOnLastDay: e.pending,
      decidedRequests: e.decidedRequests,
      averageDaysToDecide: e.averageDays,
    })
  })

  it('counts a call at 23:30 on 31 December in Paris in the year, and one at 0:15 on 1 January in the next', async () => {
    const fileId = history.files[0]!.id
    const before = (await direction.get<AnnualReportView>(`/api/domiciliation-report?year=${YEAR}`)).body
      .activity.calls
    await t.database.db.owner.insert(domiciliationContacts).values([
      {
        organisationId: t.tenantB.organisationId,
        domiciliationId: fileId,
        kind: 'appel',
        at: paris('2026-01-01', -0.5),
      },
      {
        organisationId: t.tenantB.organisationId,
        domiciliationId: fileId,
        kind: 'appel',
        at: paris('2026-01-01', 0.25),
      },
    ])
    const after = (await direction.get<AnnualReportView>(`/api/domiciliation-report?year=${YEAR}`)).body
      .activity.calls
    expect(after).toBe(before + 1)
  })

  it('reports the year just ended by default, and refuses a year not yet begun', async () => {
    const byDefault = await direction.get<AnnualReportView>('/api/domiciliation-report')
    expect(byDefault.body.year).toBe(2025)
    const future = await direction.get('/api/domiciliation-report?year=2027')
    expect(future.status).toBe(400)
    expect(future.body.message).toMatch(/^Année : l’année 2027 n’a pas encore commencé/)
    const running = await direction.get<AnnualReportView>('/api/domiciliation-report?year=2026')
    expect(running.body.stock.on).toBe('2026-03-16')
  })

  it('keeps the declarative answers of each year, changing only the fields sent', async () => {
    const first = await direction.request('PUT', '/api/domiciliation-report/answers', {
      year: YEAR,
      waitingList: true,
      averageWaitingTime: '7_15_JOURS',
      staffFte: 1.5,
      volunteers: 3,
    })
    expect(first.status).toBe(200)
    const second = await direction.request('PUT', '/api/domiciliation-report/answers', {
      year: YEAR,
      totalCostEuros: 42_000,
      comments: 'Permanence le mardi à la mairie annexe.',
    })
    expect(second.body).toMatchObject({
      waitingList: true,
      staffFte: 1.5,
      volunteers: 3,
      totalCostEuros: 42_000,
      humanCostEuros: null,
    })
    const other = await direction.get(`/api/domiciliation-report/answers?year=2024`)
    expect(other.body).toMatchObject({ year: 2024, waitingList: null, updatedAt: null })
    const report = await direction.get<AnnualReportView>(`/api/domiciliation-report?year=${YEAR}`)
    expect(report.body.answers).toMatchObject({
      averageWaitingTime: '7_15_JOURS',
      comments: 'Permanence le mardi à la mairie annexe.',
    })

    const bad = await direction.request('PUT', '/api/domiciliation-report/answers', {
      year: YEAR,
      staffFte: -1,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0]).toMatchObject({ field: 'staffFte' })
    const unknown = await direction.request('PUT', '/api/domiciliation-report/answers', {
      year: YEAR,
      budget: 3,
    })
    expect(unknown.status).toBe(400)
    const agent = await t.signIn(t.tenantB.accounts.agent_domiciliation)
    expect((await agent.get(`/api/domiciliation-report?year=${YEAR}`)).status).toBe(200)
    expect(
      (await agent.request('PUT', '/api/domiciliation-report/answers', { year: YEAR, volunteers: 9 })).status,
    ).toBe(403)
    const accueil = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await accueil.get(`/api/domiciliation-report?year=${YEAR}`)).status).toBe(403)
  })

  it('prints the same figures as a PDF with its accents and as a workbook', async () => {
    const report = (await direction.get<AnnualReportView>(`/api/domiciliation-report?year=${YEAR}`)).body
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/domiciliation-report.pdf?year=${YEAR}`,
      headers: { cookie: `lien_session=${direction.cookie('lien_session')}` },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    const doc = await getDocumentProxy(new Uint8Array(res.rawPayload))
    const text = (await extractText(doc, { mergePages: true })).text
    expect(text).toContain('Rapport d’activité de domiciliation 2025')
    expect(text).toContain('Élections de domicile en cours de validité')
    expect(text).toContain(`Jours et heures d’ouverture`)
    expect(text).toContain(report.stock.domiciliations.toLocaleString('fr-FR'))

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/domiciliation-report.xlsx?year=${YEAR}`,
      headers: { cookie: `lien_session=${direction.cookie('lien_session')}` },
    })
    expect(xlsx.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Au 31 décembre', 'Décisions', 'Activité', 'Moyens'])
    const rows = new Map<string, unknown>()
    book.getWorksheet('Au 31 décembre')!.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value))
    expect(rows.get('Élections de domicile en cours de validité')).toBe(report.stock.domiciliations)
    const decisions = new Map<string, unknown>()
    book.getWorksheet('Décisions')!.eachRow((row) => decisions.set(row.getCell(1).text, row.getCell(2).value))
    expect(decisions.get('Renouvellements')).toBe(report.decisions.renewals)

    const audit = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'domiciliation_report'), eq(auditLog.action, 'export')))
    expect(audit.map((a) => (a.diff as { format: [null, string] }).format[1]).sort()).toEqual(['pdf', 'xlsx'])
  })
})
