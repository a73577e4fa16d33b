import { and, eq, sql } from 'drizzle-orm'
import { addDays, addMonths, parisDate, type CivilDate } from '../../shared/dates'
import { newId } from '../../shared/ids'
import { replayChain } from '../../shared/modules/domiciliation/decision-chain'
import {
  decisionDeadline,
  grantingKinds,
  validityEnd,
  type DecisionKind,
} from '../../shared/modules/domiciliation/domiciliation.constants'
import { searchTextOf } from '../../shared/modules/usagers/names'
import type { Db } from '../db/client'
import { accounts } from '../modules/auth'
import {
  domiciliationContacts,
  domiciliationDecisions,
  domiciliationRequests,
  domiciliations,
  domiciliationSettings,
} from '../modules/domiciliation'
import { usagers } from '../modules/usagers'

interface DemoDecision {
  kind: DecisionKind
  on: CivilDate
  motive?: string
  motiveDetail?: string
  orientation?: string
  orientationDetail?: string
}

interface DemoFile {
  person: { firstName?: string; lastName?: string; pseudonym?: string }
  /** Requests in order; each is decided by the matching decision, the last may wait. */
  requests: { kind: 'PREMIERE' | 'RENOUVELLEMENT'; filedOn: CivilDate; decision?: DemoDecision }[]
  lastContactOn?: CivilDate
}

const interview = (linkWithCommune: string, more: Record<string, unknown> = {}) => ({
  linkWithCommune,
  linkDetail: null,
  householdType: null,
  instabilityCause: null,
  residenceSituation: null,
  requestReason: 'PRESTATIONS_SOCIALES',
  professionalSituation: null,
  sociallyAccompanied: false,
  accompaniedBy: null,
  domiciledElsewhere: false,
  hasIncome: false,
  comments: null,
  ...more,
})

/** The demo files, dated from today: a renewal, a refusal with its orientation, an end within 16 days, four months of silence, a request waiting. */
function demoFiles(today: CivilDate): DemoFile[] {
  const ago = (months: number, days = 0) => addDays(addMonths(today, -months), -days)
  return [
    {
      person: { firstName: 'Noël', lastName: 'Saint-Just' },
      requests: [
        { kind: 'PREMIERE', filedOn: ago(13, 10), decision: { kind: 'ACCEPTATION', on: ago(13) } },
        { kind: 'RENOUVELLEMENT', filedOn: ago(1, 10), decision: { kind: 'RENOUVELLEMENT', on: ago(0, 25) } },
      ],
      lastContactOn: ago(0, 6),
    },
    {
      person: { firstName: 'Mohamed', lastName: 'Ben Saïd' },
      requests: [
        {
          kind: 'PREMIERE',
          filedOn: ago(12, 1),
          decision: { kind: 'ACCEPTATION', on: addDays(ago(12), 10) },
        },
      ],
      lastContactOn: ago(0, 12),
    },
    {
      person: { pseudonym: 'Gégé' },
      requests: [{ kind: 'PREMIERE', filedOn: ago(6, 20), decision: { kind: 'ACCEPTATION', on: ago(6) } }],
      lastContactOn: ago(4),
    },
    {
      person: { firstName: 'Piotr', lastName: 'Wiśniewski' },
      requests: [
        {
          kind: 'PREMIERE',
          filedOn: ago(2),
          decision: {
            kind: 'REFUS',
            on: ago(1, 20),
            motive: 'LIEN_COMMUNE',
            motiveDetail: 'Séjourne et est suivi à Dijon ; aucun lien avec Besançon.',
            orientation: 'CCAS',
            orientationDetail: 'CCAS de Dijon, 11 rue de l’Hôpital, 21000 Dijon',
          },
        },
      ],
    },
    {
      person: { firstName: 'Fatoumata', lastName: 'Traoré' },
      requests: [{ kind: 'PREMIERE', filedOn: addDays(ago(2), 9) }],
    },
  ]
}

/**
 * Domiciliation in the demo CCAS: the structure's settings and five files with their history.
 * Each file's status comes from replaying its chain, as the application does.
 */
export async function createDemoDomiciliations(
  tx: Db,
  organisationId: string,
  byRole: { direction: string; agent: string },
) {
  const today = parisDate(new Date())
  const accountId = async (email: string) =>
    (await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email)))[0]!.id
  const [director, agent] = [await accountId(byRole.direction), await accountId(byRole.agent)]
  // Piotr is not among the demo people yet: he came to ask for a domiciliation.
  const piotr = {
    firstName: 'Piotr',
    lastName: 'Wiśniewski',
    birthDate: '1984-07-21',
    gender: 'homme',
    noStableAddress: true,
  }
  await tx
    .insert(usagers)
    .values({ ...piotr, organisationId, searchText: searchTextOf(piotr), createdBy: agent })

  const files = demoFiles(today)
  await tx.insert(domiciliationSettings).values({
    organisationId,
    addressLine: '12 rue de la République',
    postalCode: '25000',
    city: 'Besançon',
    phone: '+33381000000',
    email: 'domiciliation@ccas-besancon.demo-lien.test',
    responsibleName: 'Claire Dumont',
    responsibleFunction: 'Directrice du CCAS',
    openingHours: 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h',
    lastFileNumber: files.length,
  })
  for (const [index, demo] of files.entries()) {
    const { firstName, lastName, pseudonym } = demo.person
    const [person] = await tx
      .select({ id: usagers.id })
      .from(usagers)
      .where(
        and(
          eq(usagers.organisationId, organisationId),
          pseudonym
            ? eq(usagers.pseudonym, pseudonym)
            : sql`${usagers.firstName} = ${firstName} and ${usagers.lastName} = ${lastName}`,
        ),
      )
    const fileId = newId()
    const lastContactAt = demo.lastContactOn ? new Date(`${demo.lastContactOn}T10:30:00+01:00`) : null
    await tx.insert(domiciliations).values({
      id: fileId,
      organisationId,
      usagerId: person!.id,
      fileNumber: index + 1,
      lastContactAt,
    })
    const decisions: (typeof domiciliationDecisions.$inferSelect)[] = []
    for (const request of demo.requests) {
      const d = request.decision
      const [stored] = await tx
        .insert(domiciliationRequests)
        .values({
          organisationId,
          domiciliationId: fileId,
          kind: request.kind,
          filedOn: request.filedOn,
          acknowledgedOn: request.filedOn,
          deadlineOn: decisionDeadline(request.filedOn),
          status: d ? 'decidee' : 'attente_decision',
          interviewAt: new Date(`${addDays(request.filedOn, 7)}T14:00:00+01:00`),
          interviewerId: agent,
          interviewPlace: 'Bureau de la domiciliation',
          interview: interview(d?.kind === 'REFUS' ? 'AUTRE' : 'RESIDENTIEL'),
          createdBy: agent,
        })
        .returning({ id: domiciliationRequests.id })
      if (!d) continue
      const grant = grantingKinds.includes(d.kind)
      const [decision] = await tx
        .insert(domiciliationDecisions)
        .values({
          organisationId,
          domiciliationId: fileId,
          requestId: stored!.id,
          kind: d.kind,
          decidedOn: d.on,
          decidedBy: director,
          validFrom: grant ? d.on : null,
          validUntil: grant ? validityEnd(d.on) : null,
          motive: d.motive ?? null,
          motiveDetail: d.motiveDetail ?? null,
          orientation: d.orientation ?? null,
          orientationDetail: d.orientationDetail ?? null,
          createdAt: new Date(`${d.on}T16:00:00+01:00`),
        })
        .returning()
      decisions.push(decision!)
    }
    const state = replayChain(
      decisions.map((d) => ({
        kind: d.kind as DecisionKind,
        decidedOn: d.decidedOn,
        sequence: d.id,
        validFrom: d.validFrom,
        validUntil: d.validUntil,
        cancelled: false,
      })),
    )
    await tx.update(domiciliations).set(state).where(eq(domiciliations.id, fileId))
    if (lastContactAt)
      await tx.insert(domiciliationContacts).values({
        organisationId,
        domiciliationId: fileId,
        kind: 'visite',
        at: lastContactAt,
        agentId: agent,
      })
  }
  return files.length
}
