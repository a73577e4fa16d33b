import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parisDate, type CivilDate } from '../../../../shared/dates'
import { auditLog } from '../../../platform/audit'
import { createTestApp, type TestApp } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { requests } from '../../accueil'
import { domiciliationDecisions, domiciliations } from '../../domiciliation'
import { usagers } from '../../usagers'
import { planIndicators, planMeasurements } from '../pilotage.table'
import { computeAllIndicators } from './indicators.compute'
import { insertPlan } from './indicators.fixtures'

/** The job runs on the 2nd at 5:30 (Paris): the month measured is May 2025. */
const RUN = new Date('2025-06-02T03:30:00Z')
const TODAY = parisDate(RUN)

/** A small deterministic sequence, so the data is varied but the same at each run. */
function sequence(seed: number) {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

interface RequestCase {
  receivedAt: Date
  dueOn: CivilDate
  firstAnsweredAt: Date | null
}

/** Requests around May 2025, with the Paris midnights at the month's edges and late-evening answers. */
function requestCases(seed: number): RequestCase[] {
  const random = sequence(seed)
  const cases: RequestCase[] = [
    // 1 May 00:30 in Paris (still April in UTC): a May request, answered on time.
    {
      receivedAt: new Date('2025-04-30T22:30:00Z'),
      dueOn: '2025-05-05',
      firstAnsweredAt: new Date('2025-05-02T08:00:00Z'),
    },
    // 31 May 23:59 in Paris: May; due 4 June, not answered, not yet due: left out.
    { receivedAt: new Date('2025-05-31T21:59:00Z'), dueOn: '2025-06-04', firstAnsweredAt: null },
    // 1 June 00:00 in Paris: June.
    { receivedAt: new Date('2025-05-31T22:00:00Z'), dueOn: '2025-06-03', firstAnsweredAt: null },
    // Answered 10 May 23:30 in Paris (21:30 UTC) for a 10 May due day: on time.
    {
      receivedAt: new Date('2025-05-06T09:00:00Z'),
      dueOn: '2025-05-10',
      firstAnsweredAt: new Date('2025-05-10T21:30:00Z'),
    },
    // Answered 11 May 00:30 in Paris (22:30 UTC on the 10th) for a 10 May due day: late.
    {
      receivedAt: new Date('2025-05-06T09:00:00Z'),
      dueOn: '2025-05-10',
      firstAnsweredAt: new Date('2025-05-10T22:30:00Z'),
    },
  ]
  for (let i = 0; i < 40; i++) {
    const receivedAt = new Date(Date.UTC(2025, 3, 20) + Math.floor(random() * 50 * 86_400_000))
    const dueOn = parisDate(new Date(receivedAt.getTime() + Math.floor(1 + random() * 12) * 86_400_000))
    const answered = random() < 0.7
    const firstAnsweredAt = answered
      ? new Date(receivedAt.getTime() + Math.floor(random() * 16 * 86_400_000))
      : null
    cases.push({
      receivedAt,
      dueOn,
      firstAnsweredAt: firstAnsweredAt && firstAnsweredAt < RUN ? firstAnsweredAt : null,
    })
  }
  return cases
}

/** What the indicator should say, counted here in plain code from the cases. */
function expectedShare(cases: RequestCase[]): number | null {
  const ofMay = cases.filter((c) => parisDate(c.receivedAt).startsWith('2025-05'))
  const due = ofMay.filter((c) => c.firstAnsweredAt !== null || c.dueOn < TODAY)
  const within = due.filter((c) => c.firstAnsweredAt !== null && parisDate(c.firstAnsweredAt) <= c.dueOn)
  return due.length === 0 ? null : Math.round((1000 * within.length) / due.length) / 10
}

interface Decision {
  kind: 'ACCEPTATION' | 'RENOUVELLEMENT' | 'RADIATION' | 'REFUS'
  decidedOn: CivilDate
  validFrom?: CivilDate
  validUntil?: CivilDate
  cancelled?: boolean
}

/** Domiciliation files by their decisions; `inForce` is whether each is in force on 31 May 2025. */
const files: { decisions: Decision[]; inForce: boolean }[] = [
  {
    inForce: true,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2025-01-10', validFrom: '2025-01-10', validUntil: '2026-01-09' },
    ],
  },
  {
    inForce: false,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2024-03-01', validFrom: '2024-03-01', validUntil: '2025-02-28' },
    ],
  },
  {
    inForce: true,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2024-06-01', validFrom: '2024-06-01', validUntil: '2025-05-31' },
    ],
  },
  {
    inForce: false,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2024-05-31', validFrom: '2024-05-31', validUntil: '2025-05-30' },
    ],
  },
  {
    inForce: false,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2025-01-01', validFrom: '2025-01-01', validUntil: '2025-12-31' },
      { kind: 'RADIATION', decidedOn: '2025-04-15' },
    ],
  },
  {
    inForce: true,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2025-01-01', validFrom: '2025-01-01', validUntil: '2025-12-31' },
      { kind: 'RADIATION', decidedOn: '2025-06-01' },
    ],
  },
  {
    inForce: false,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2025-06-01', validFrom: '2025-06-01', validUntil: '2026-05-31' },
    ],
  },
  {
    inForce: true,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2024-01-01', validFrom: '2024-01-01', validUntil: '2024-12-31' },
      { kind: 'RENOUVELLEMENT', decidedOn: '2024-12-20', validFrom: '2025-01-01', validUntil: '2025-12-31' },
    ],
  },
  {
    inForce: false,
    decisions: [
      {
        kind: 'ACCEPTATION',
        decidedOn: '2025-02-01',
        validFrom: '2025-02-01',
        validUntil: '2026-01-31',
        cancelled: true,
      },
    ],
  },
  {
    inForce: true,
    decisions: [
      { kind: 'ACCEPTATION', decidedOn: '2024-01-01', validFrom: '2024-01-01', validUntil: '2024-12-31' },
      { kind: 'RADIATION', decidedOn: '2024-03-01' },
      { kind: 'ACCEPTATION', decidedOn: '2025-04-01', validFrom: '2025-04-01', validUntil: '2026-03-31' },
    ],
  },
  { inForce: false, decisions: [{ kind: 'REFUS', decidedOn: '2025-03-01' }] },
]

describe.each(databaseKinds)('indicators computed from Lien’s data (%s)', (kind) => {
  let t: TestApp
  const indicatorIds: Record<string, string> = {}
  const casesA = requestCases(7)
  const casesB = requestCases(11)

  const measurementsOf = (indicatorId: string) =>
    t.database.db.owner
      .select()
      .from(planMeasurements)
      .where(eq(planMeasurements.indicatorId, indicatorId))
      .orderBy(asc(planMeasurements.enteredAt))

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => RUN })
    const db = t.database.db.owner
    let n = 0
    for (const [org, cases] of [
      [t.tenantA.organisationId, casesA],
      [t.tenantB.organisationId, casesB],
    ] as const) {
      await db.insert(requests).values(
        cases.map((c) => ({
          organisationId: org,
          reference: `T-${++n}`,
          channel: 'telephone',
          receivedAt: c.receivedAt,
          dueOn: c.dueOn,
          firstAnsweredAt: c.firstAnsweredAt,
          state: c.firstAnsweredAt ? 'repondue' : 'nouvelle',
        })),
      )
    }
    const org = t.tenantA.organisationId
    let fileNumber = 9000
    for (const file of files) {
      const [person] = await db
        .insert(usagers)
        .values({ organisationId: org, lastName: `Test ${fileNumber}` })
        .returning()
      const [dom] = await db
        .insert(domiciliations)
        .values({ organisationId: org, usagerId: person!.id, fileNumber: ++fileNumber, status: 'valide' })
        .returning()
      for (const d of file.decisions) {
        await db.insert(domiciliationDecisions).values({
          organisationId: org,
          domiciliationId: dom!.id,
          kind: d.kind,
          decidedOn: d.decidedOn,
          validFrom: d.validFrom ?? null,
          validUntil: d.validUntil ?? null,
          ...(d.cancelled
            ? { cancelledAt: new Date('2025-02-02T10:00:00Z'), cancelReason: 'Erreur de saisie' }
            : {}),
        })
      }
    }
    for (const [tenant, slug] of [
      [t.tenantA, 'plan-calcule-a'],
      [t.tenantB, 'plan-calcule-b'],
    ] as const) {
      const { plan, axis, action } = await insertPlan(t, tenant.organisationId, [], slug)
      for (const [source, unit] of [
        ['accueil.reponses_dans_delai', 'pourcentage'],
        ['domiciliation.actives_fin_de_mois', 'nombre'],
      ] as const) {
        const [row] = await db
          .insert(planIndicators)
          .values({
            organisationId: tenant.organisationId,
            planId: plan.id,
            axisId: axis.id,
            actionId: action.id,
            title: source,
            unit,
            source,
          })
          .returning()
        indicatorIds[`${slug}:${source}`] = row!.id
      }
    }
  })
  afterAll(async () => t?.close())

  it('computes May’s share of requests answered by their due day, each organisation its own', async () => {
    const run = await computeAllIndicators(t.database.db, RUN)
    // The demo plans may hold computed indicators of their own: only ours are looked at here.
    expect(run.failed).toBe(0)
    expect(run.written).toBeGreaterThanOrEqual(4)

    for (const [slug, cases] of [
      ['plan-calcule-a', casesA],
      ['plan-calcule-b', casesB],
    ] as const) {
      const expected = expectedShare(cases)
      expect(expected).not.toBeNull()
      const rows = await measurementsOf(indicatorIds[`${slug}:accueil.reponses_dans_delai`]!)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ period: '2025-05-01', computed: true, enteredBy: null })
      expect(Number(rows[0]!.value)).toBe(expected)
    }
    // The two organisations' data differ, and so do their figures.
    expect(expectedShare(casesA)).not.toBe(expectedShare(casesB))
  })

  it('counts the domiciliations in force on the month’s last day', async () => {
    const byHand = files.filter((f) => f.inForce).length
    // The same count, by the rule in plain code: the last granting decision still runs, no radiation after it.
    const byRule = files.filter((f) => {
      const taken = f.decisions.filter((d) => !d.cancelled && d.decidedOn <= '2025-05-31')
      const grants = taken.filter((d) => d.kind === 'ACCEPTATION' || d.kind === 'RENOUVELLEMENT')
      const last = grants[grants.length - 1]
      if (!last || (last.validUntil ?? '') < '2025-05-31') return false
      return !taken.some((d) => d.kind === 'RADIATION' && d.decidedOn > last.decidedOn)
    }).length
    expect(byRule).toBe(byHand)
    const rows = await measurementsOf(indicatorIds['plan-calcule-a:domiciliation.actives_fin_de_mois']!)
    expect(rows.map((r) => [r.period, Number(r.value)])).toEqual([['2025-05-01', byHand]])
    // Dole has no domiciliation: zero is a measurement too.
    const dole = await measurementsOf(indicatorIds['plan-calcule-b:domiciliation.actives_fin_de_mois']!)
    expect(dole.map((r) => Number(r.value))).toEqual([0])
    const audited = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'plan_measurement'),
          eq(auditLog.organisationId, t.tenantA.organisationId),
        ),
      )
    expect(audited.map((a) => a.actorLabel)).toEqual([
      'Calcul mensuel des indicateurs',
      'Calcul mensuel des indicateurs',
    ])
  })

  it('writes nothing again for an unchanged month, and a new entry when the figure changed', async () => {
    expect(await computeAllIndicators(t.database.db, RUN)).toMatchObject({ written: 0 })
    // A late answer to a May request arrives for a file: one more domiciliation in force.
    const [person] = await t.database.db.owner
      .insert(usagers)
      .values({ organisationId: t.tenantA.organisationId, lastName: 'Tardif' })
      .returning()
    const [dom] = await t.database.db.owner
      .insert(domiciliations)
      .values({ organisationId: t.tenantA.organisationId, usagerId: person!.id, fileNumber: 9999 })
      .returning()
    await t.database.db.owner.insert(domiciliationDecisions).values({
      organisationId: t.tenantA.organisationId,
      domiciliationId: dom!.id,
      kind: 'ACCEPTATION',
      decidedOn: '2025-05-20',
      validFrom: '2025-05-20',
      validUntil: '2026-05-19',
    })
    expect(await computeAllIndicators(t.database.db, RUN)).toMatchObject({ written: 1 })
    const rows = await measurementsOf(indicatorIds['plan-calcule-a:domiciliation.actives_fin_de_mois']!)
    expect(rows.map((r) => Number(r.value))).toEqual([
      files.filter((f) => f.inForce).length,
      files.filter((f) => f.inForce).length + 1,
    ])
  })
})
