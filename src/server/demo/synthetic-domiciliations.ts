import { addDays, addMonths, endOfParisDay, type CivilDate } from '../../shared/dates'
import { newId } from '../../shared/ids'
import { replayChain } from '../../shared/modules/domiciliation/decision-chain'
import {
  communeLinks,
  decisionDeadline,
  householdTypes,
  instabilityCauses,
  orientations,
  professionalSituations,
  radiationMotives,
  refusalMotives,
  requestReasons,
  residenceSituations,
  validityEnd,
  type DecisionKind,
} from '../../shared/modules/domiciliation/domiciliation.constants'
import { mailKinds } from '../../shared/modules/domiciliation/mail.constants'
import { searchTextOf } from '../../shared/modules/usagers/names'
import type { Db } from '../db/client'
import {
  domiciliationContacts,
  domiciliationDecisions,
  domiciliationRequests,
  domiciliations,
  mailItems,
} from '../modules/domiciliation/domiciliation.table'
import { householdMembers, usagers } from '../modules/usagers'
import { firstNames, pick, surnames } from './names'

const DAY = 86_400_000
const BATCH = 1000

export interface SyntheticDomiciliations {
  organisationId: string
  /** Domiciled people (each with a new usager file). */
  people: number
  /** Years of history up to `until`. */
  years: number
  /** The last day of the history (Paris). */
  until: CivilDate
  random: () => number
  createdBy: string | null
  /** The first file number to use. */
  firstFileNumber?: number
}

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

/** Everything generated, as plain rows: a test can count them without the database. */
export interface DomiciliationHistory {
  usagers: (Insert<typeof usagers> & { id: string })[]
  household: Insert<typeof householdMembers>[]
  files: (Insert<typeof domiciliations> & { id: string })[]
  requests: (Insert<typeof domiciliationRequests> & { id: string })[]
  decisions: (Insert<typeof domiciliationDecisions> & { id: string })[]
  contacts: Insert<typeof domiciliationContacts>[]
  mail: Insert<typeof mailItems>[]
}

const dayOf = (ms: number): CivilDate => new Date(ms).toISOString().slice(0, 10)
const msOf = (day: CivilDate) => Date.parse(`${day}T00:00:00Z`)
/** A random instant of a Paris day (between 8:00 and 18:59 Paris, about). */
const instantOn = (random: () => number, day: CivilDate) =>
  new Date(endOfParisDay(addDays(day, -1)).getTime() + 1 + (8 + random() * 11) * 3_600_000)

/**
 * A deterministic history of domiciliations for tests and benchmarks: first requests with
 * their interview, acceptances and refusals (motive and orientation), renewals (some refused
 * while the attestation still runs), radiations with their seven motives, decisions entered by
 * mistake and cancelled, visits, calls, portal sign-ins, and mail received, handed over,
 * forwarded or returned. Files carry the state their chain gives on `until`.
 */
export function domiciliationHistory(s: SyntheticDomiciliations): DomiciliationHistory {
  const { random, organisationId } = s
  const h: DomiciliationHistory = {
    usagers: [],
    household: [],
    files: [],
    requests: [],
    decisions: [],
    contacts: [],
    mail: [],
  }
  const start = msOf(s.until) - Math.round(s.years * 365 * DAY)
  const end = msOf(s.until)
  const maybe = <T>(p: number, value: () => T): T | null => (random() < p ? value() : null)

  for (let n = 0; n < s.people; n++) {
    const usagerId = newId()
    const names = { firstName: pick(random, firstNames), lastName: pick(random, surnames) }
    const sex = random()
    h.usagers.push({
      id: usagerId,
      organisationId,
      ...names,
      searchText: searchTextOf(names),
      birthDate: maybe(0.95, () => dayOf(Date.UTC(1935, 0, 1) + Math.floor(random() * 72 * 365.25) * DAY)),
      gender: sex < 0.45 ? 'femme' : sex < 0.93 ? 'homme' : sex < 0.96 ? 'autre' : null,
      noStableAddress: true,
      createdBy: s.createdBy,
    })
    const dependants = random() < 0.7 ? 0 : 1 + Math.floor(random() * 3)
    for (let k = 0; k < dependants; k++) {
      h.household.push({
        organisationId,
        usagerId,
        firstName: pick(random, firstNames),
        lastName: names.lastName,
        relation: k === 0 && random() < 0.4 ? 'conjoint' : 'enfant',
        birthDate: maybe(0.9, () => dayOf(Date.UTC(1950, 0, 1) + Math.floor(random() * 74 * 365.25) * DAY)),
      })
    }

    const fileId = newId()
    const decisions: DomiciliationHistory['decisions'] = []
    let firstRequest = true
    let filedMs = start + Math.floor(random() * (end - start))
    let lastContact: Date | null = null
    const touch = (at: Date) => {
      if (!lastContact || at > lastContact) lastContact = at
    }
    const decide = (
      values: Omit<Insert<typeof domiciliationDecisions>, 'organisationId' | 'domiciliationId'>,
    ) => {
      const row = { id: newId(), organisationId, domiciliationId: fileId, decidedBy: s.createdBy, ...values }
      decisions.push(row)
      return row
    }

    // One request after another: first request, then renewals while the person keeps coming.
    for (;;) {
      const filedOn = dayOf(filedMs)
      const requestId = newId()
      const interviewed = random() < 0.92
      h.requests.push({
        id: requestId,
        organisationId,
        domiciliationId: fileId,
        kind: firstRequest ? 'PREMIERE' : 'RENOUVELLEMENT',
        filedOn,
        acknowledgedOn: filedOn,
        deadlineOn: decisionDeadline(filedOn),
        status: 'instruction',
        interview: interviewed
          ? {
              linkWithCommune: pick(random, communeLinks),
              linkDetail: null,
              householdType: maybe(0.9, () => pick(random, householdTypes)),
              instabilityCause: maybe(0.9, () => pick(random, instabilityCauses)),
              residenceSituation: maybe(0.9, () => pick(random, residenceSituations)),
              requestReason: maybe(0.9, () => pick(random, requestReasons)),
              professionalSituation: maybe(0.85, () => pick(random, professionalSituations)),
              sociallyAccompanied: random() < 0.5,
              accompaniedBy: null,
              domiciledElsewhere: false,
              hasIncome: random() < 0.6,
              comments: null,
            }
          : {},
        interviewAt: interviewed ? instantOn(random, filedOn) : null,
        createdBy: s.createdBy,
      })
      const decidedMs = filedMs + Math.floor(random() * 50) * DAY
      if (decidedMs > end) break // still waiting for its decision on the last day
      const decidedOn = dayOf(decidedMs)
      const request = h.requests[h.requests.length - 1]!
      request.status = 'decidee'
      const refused = random() < (firstRequest ? 0.12 : 0.05)
      if (refused) {
        decide({
          requestId,
          kind: 'REFUS',
          decidedOn,
          motive: pick(random, refusalMotives),
          orientation: maybe(0.95, () => pick(random, orientations)),
          orientationDetail: 'CCAS voisin',
        })
        if (firstRequest) break
      }
      const kind: DecisionKind = firstRequest ? 'ACCEPTATION' : 'RENOUVELLEMENT'
      const current = replayChain(decisions.map((d) => chain(d)))
      const validFrom = refused
        ? null
        : firstRequest || !current.validUntil
          ? decidedOn
          : later(decidedOn, addDays(current.validUntil, 1))
      if (validFrom) {
        decide({ requestId, kind, decidedOn, validFrom, validUntil: validityEnd(validFrom) })
        // Now and then a second decision typed with the wrong year, then cancelled: only the first counts.
        if (random() < 0.06) {
          const wrongFrom = addMonths(validFrom, 12)
          decide({
            requestId,
            kind,
            decidedOn,
            validFrom: wrongFrom,
            validUntil: validityEnd(wrongFrom),
            cancelledAt: new Date(decidedMs + DAY),
            cancelledBy: s.createdBy,
            cancelReason: 'Année de fin erronée',
          })
        }
      }
      firstRequest = false
      const state = replayChain(decisions.map((d) => chain(d)))
      if (state.status !== 'valide' || !state.validUntil) break

      // Life during the validity: contacts and mail, perhaps a radiation.
      const fromMs = Math.max(msOf(state.validFrom ?? decidedOn), decidedMs)
      const untilMs = Math.min(msOf(state.validUntil), end)
      for (
        let t = fromMs + Math.floor(random() * 30) * DAY;
        t <= untilMs;
        t += (5 + Math.floor(random() * 60)) * DAY
      ) {
        const day = dayOf(t)
        const roll = random()
        if (roll < 0.35) {
          const at = instantOn(random, day)
          h.contacts.push({
            organisationId,
            domiciliationId: fileId,
            kind: 'visite',
            at,
            agentId: s.createdBy,
          })
          touch(at)
        } else if (roll < 0.5) {
          const at = instantOn(random, day)
          h.contacts.push({
            organisationId,
            domiciliationId: fileId,
            kind: random() < 0.7 ? 'appel' : 'connexion_portail',
            at,
            agentId: s.createdBy,
          })
          touch(at)
        } else {
          const receivedAt = instantOn(random, day)
          const fate = random()
          const laterMs = receivedAt.getTime() + (1 + Math.floor(random() * 20)) * DAY
          const settled = laterMs <= end + DAY ? new Date(laterMs) : null
          const item = {
            id: newId(),
            organisationId,
            domiciliationId: fileId,
            kind: pick(random, mailKinds),
            sender: 'CAF',
            receivedAt,
            receivedBy: s.createdBy,
            handedOverAt: settled && fate < 0.75 ? settled : null,
            forwardedAt: settled && fate >= 0.75 && fate < 0.82 ? settled : null,
            returnedAt: settled && fate >= 0.82 && fate < 0.88 ? settled : null,
            returnReason: settled && fate >= 0.82 && fate < 0.88 ? 'inconnu' : null,
          }
          h.mail.push(item)
          if (item.handedOverAt) {
            h.contacts.push({
              organisationId,
              domiciliationId: fileId,
              kind: 'remise_courrier',
              at: item.handedOverAt,
              agentId: s.createdBy,
              mailItemId: item.id,
            })
            touch(item.handedOverAt)
          }
        }
      }
      const radiationMs = msOf(state.validUntil) - Math.floor(random() * 200) * DAY
      if (random() < 0.12 && radiationMs > msOf(decidedOn) && radiationMs <= end) {
        decide({
          kind: 'RADIATION',
          decidedOn: dayOf(radiationMs),
          motive: pick(random, radiationMotives),
          motiveDetail: null,
        })
        break
      }
      if (random() < 0.03 && radiationMs > msOf(decidedOn) && radiationMs <= end) {
        // A radiation entered by mistake and cancelled: the domiciliation runs on.
        decide({
          kind: 'RADIATION',
          decidedOn: dayOf(radiationMs),
          motive: 'AUTRE',
          motiveDetail: 'Erreur de dossier',
          cancelledAt: new Date(radiationMs + DAY),
          cancelledBy: s.createdBy,
          cancelReason: 'Mauvais dossier',
        })
      }
      // The renewal is asked in the last month, or not at all (the domiciliation lapses).
      if (random() > 0.65) break
      filedMs = msOf(state.validUntil) - Math.floor(random() * 30) * DAY
      if (filedMs > end) break
    }

    const state = replayChain(decisions.map((d) => chain(d)))
    h.files.push({
      id: fileId,
      organisationId,
      usagerId,
      fileNumber: (s.firstFileNumber ?? 1) + n,
      status: state.status,
      validFrom: state.validFrom,
      validUntil: state.validUntil,
      firstDomiciliationOn: state.firstDomiciliationOn,
      lastContactAt: lastContact,
    })
    h.decisions.push(...decisions)
  }
  return h
}

const later = (a: CivilDate, b: CivilDate) => (a > b ? a : b)
const chain = (d: DomiciliationHistory['decisions'][number]) => ({
  kind: d.kind as DecisionKind,
  decidedOn: d.decidedOn,
  sequence: d.id,
  validFrom: d.validFrom ?? null,
  validUntil: d.validUntil ?? null,
  cancelled: d.cancelledAt != null,
})

async function inBatches<T>(list: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < list.length; i += BATCH) await insert(list.slice(i, i + BATCH))
}

/** Writes a generated history, in multi-row inserts of a thousand. */
export async function insertDomiciliationHistory(tx: Db, h: DomiciliationHistory) {
  await inBatches(h.usagers, (b) => tx.insert(usagers).values(b))
  await inBatches(h.household, (b) => tx.insert(householdMembers).values(b))
  await inBatches(h.files, (b) => tx.insert(domiciliations).values(b))
  await inBatches(h.requests, (b) => tx.insert(domiciliationRequests).values(b))
  await inBatches(h.decisions, (b) => tx.insert(domiciliationDecisions).values(b))
  await inBatches(h.mail, (b) => tx.insert(mailItems).values(b))
  await inBatches(h.contacts, (b) => tx.insert(domiciliationContacts).values(b))
}

/** Generates and writes a history of domiciliations (benchmarks: 5,000 people over three years). */
export async function syntheticDomiciliations(tx: Db, s: SyntheticDomiciliations) {
  const history = domiciliationHistory(s)
  await insertDomiciliationHistory(tx, history)
  return {
    files: history.files.length,
    decisions: history.decisions.length,
    mail: history.mail.length,
    contacts: history.contacts.length,
  }
}
