import { endOfParisDay, addDays, parisDate, type CivilDate } from '../../../shared/dates'
import { DomainError } from '../../../shared/errors'
import { newId } from '../../../shared/ids'
import { replayChain } from '../../../shared/modules/domiciliation/decision-chain'
import {
  decisionDeadline,
  type DecisionKind,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import type {
  ImportLineView,
  ImportReportView,
} from '../../../shared/modules/domiciliation/exchange.contract'
import type { ImportFormat } from '../../../shared/modules/domiciliation/reports.constants'
import { normaliseName } from '../../../shared/modules/usagers/names'
import {
  addHouseholdMembers,
  createUsagersInBulk,
  householdsOf,
  usagersBornOn,
  type ImportedPerson,
} from '../usagers'
import type { domiciliationDecisions, domiciliationRequests } from './domiciliation.table'
import { readSheetFile } from './import-file'
import { rowReader } from './import-columns'
import { readLine, type ImportLine } from './import-lines'
import { importRepository } from './import.repository'
import { memberOf, type Clock, type ReportsCtx } from './reports.context'

/** The same person, as the import compares people: names without accents or case, and the birth date. */
const personKey = (firstName: string | null, lastName: string | null, birthDate: string) =>
  `${normaliseName(`${firstName ?? ''} ${lastName ?? ''}`)}|${birthDate}`

/** Noon in Paris on a day: the instant an imported day stands for. */
const noonOf = (day: CivilDate) => new Date(endOfParisDay(addDays(day, -1)).getTime() + 1 + 12 * 3_600_000)

interface Analysis {
  report: ImportReportView
  good: ImportLine[]
  /** Lines whose person already has a file (and no domiciliation): its id. */
  existing: Map<number, string>
}

function view(line: ImportLine, existing: boolean): ImportLineView {
  const state = ({ VALIDE: 'valide', REFUS: 'refus', RADIE: 'radie', INSTRUCTION: 'instruction' } as const)[
    line.status
  ]
  return {
    line: line.line,
    fileNumber: line.fileNumber,
    lastName: line.lastName,
    firstName: line.firstName,
    birthDate: line.birthDate,
    status: state,
    requestKind: line.requestKind,
    validFrom: line.validFrom,
    validUntil: line.validUntil,
    decidedOn: line.decidedOn,
    motive: line.motive,
    ayantsDroit: line.ayantsDroit.length,
    existingUsager: existing,
  }
}

/**
 * The import of a base: DomiFa's template or a spreadsheet of named columns (our export among
 * them). The preview reads and checks every line; the commit checks again and stores every line
 * in the request's one transaction, or nothing.
 */
export function importService(clock: Clock) {
  async function analyse(
    ctx: ReportsCtx,
    body: unknown,
    format: ImportFormat | undefined,
  ): Promise<Analysis> {
    const file = await readSheetFile(body)
    const [header, ...data] = file.rows
    if (!header || data.length === 0)
      throw new DomainError(
        'validation',
        'Le fichier ne contient aucune ligne de données : la première ligne porte les en-têtes, les personnes suivent.',
      )
    const reader = rowReader(header.cells, format)
    const today = parisDate(clock())
    const bad = new Map<number, string[]>()
    const warnings = new Map<number, string[]>()
    const parsed: ImportLine[] = []
    for (const row of data) {
      const outcome = readLine(reader, row, today)
      if (outcome.warnings.length) warnings.set(row.number, outcome.warnings)
      if ('reasons' in outcome) bad.set(row.number, outcome.reasons)
      else parsed.push(outcome.line)
    }
    const refuse = (line: number, reason: string) => bad.set(line, [...(bad.get(line) ?? []), reason])

    // Within the file: a number or a person met twice; the first line keeps them.
    const numbers = new Map<number, number>()
    const people = new Map<string, number>()
    for (const line of parsed) {
      if (line.fileNumber !== null) {
        const first = numbers.get(line.fileNumber)
        if (first !== undefined)
          refuse(line.line, `Numéro de dossier : ${line.fileNumber} figure déjà ligne ${first}.`)
        else numbers.set(line.fileNumber, line.line)
      }
      const key = personKey(line.firstName, line.lastName, line.birthDate)
      const first = people.get(key)
      if (first !== undefined)
        refuse(line.line, `Même personne que la ligne ${first} (nom, prénom et date de naissance).`)
      else people.set(key, line.line)
    }

    // Against the base: numbers already given, people already domiciled here.
    const repo = importRepository(ctx.tx)
    const used = await repo.usedFileNumbers([...numbers.keys()])
    for (const line of parsed)
      if (line.fileNumber !== null && used.has(line.fileNumber) && numbers.get(line.fileNumber) === line.line)
        refuse(
          line.line,
          `Numéro de dossier : ${line.fileNumber} est déjà attribué à un dossier de la structure.`,
        )
    const known = new Map<string, string[]>()
    for (const u of await usagersBornOn(
      ctx.tx,
      parsed.map((l) => l.birthDate),
    )) {
      const key = personKey(u.firstName, u.lastName, u.birthDate)
      known.set(key, [...(known.get(key) ?? []), u.id])
    }
    const matched = new Map<number, string>()
    for (const line of parsed) {
      const ids = known.get(personKey(line.firstName, line.lastName, line.birthDate)) ?? []
      if (ids.length === 1) matched.set(line.line, ids[0]!)
      else if (ids.length > 1)
        warnings.set(line.line, [
          ...(warnings.get(line.line) ?? []),
          'Plusieurs dossiers portent déjà ce nom et cette date de naissance : un nouveau dossier sera créé.',
        ])
    }
    const files = await repo.filesOfUsagers([...matched.values()])
    for (const [line, usagerId] of matched) {
      const fileNumber = files.get(usagerId)
      if (fileNumber !== undefined)
        refuse(
          line,
          `Cette personne a déjà un dossier de domiciliation dans la structure (n° ${fileNumber}).`,
        )
    }

    const good = parsed.filter((l) => !bad.has(l.line))
    const sorted = <T>(m: Map<number, T>) => [...m].sort(([a], [b]) => a - b)
    return {
      good,
      existing: new Map([...matched].filter(([line]) => !bad.has(line))),
      report: {
        format: reader.format,
        fileType: file.fileType,
        encoding: file.encoding,
        lines: data.length,
        goodLines: good.length,
        badLines: sorted(bad).map(([line, reasons]) => ({ line, reasons })),
        warnings: sorted(warnings)
          .filter(([line]) => !bad.has(line))
          .map(([line, messages]) => ({ line, messages })),
        ignoredColumns: reader.ignored,
        parsed: good.map((l) => view(l, matched.has(l.line))),
        imported: null,
      },
    }
  }

  async function store(ctx: ReportsCtx, a: Analysis): Promise<number> {
    const { organisationId, accountId } = memberOf(ctx)
    const repo = importRepository(ctx.tx)
    const now = clock()
    let next = Math.max(await repo.highestFileNumber(), ...a.good.map((l) => l.fileNumber ?? 0))
    const numbered = a.good.map((line) => ({ line, fileNumber: line.fileNumber ?? ++next }))

    const lastSeen = (line: ImportLine) =>
      [
        line.lastContactOn,
        line.plan.ending?.decidedOn,
        line.plan.grant?.decidedOn,
        line.plan.pending?.filedOn,
      ]
        .filter((d): d is CivilDate => !!d)
        .sort()
        .pop()!
    const fresh = numbered.filter(({ line }) => !a.existing.has(line.line))
    const household = (line: ImportLine) =>
      line.ayantsDroit.map((m) => ({
        firstName: m.firstName,
        lastName: m.lastName,
        relation: m.relation,
        birthDate: m.birthDate,
      }))
    const created = await createUsagersInBulk(
      ctx.tx,
      organisationId,
      accountId,
      fresh.map(({ line }): ImportedPerson => ({
        firstName: line.firstName,
        lastName: line.lastName,
        pseudonym: line.pseudonym,
        birthDate: line.birthDate,
        gender: line.gender,
        phone: line.phone,
        email: line.email,
        noStableAddress: true,
        lastContactAt: noonOf(lastSeen(line)),
        household: household(line),
      })),
    )
    const usagerOf = new Map<number, string>(a.existing)
    fresh.forEach(({ line }, i) => usagerOf.set(line.line, created[i]!))

    // People already known keep their household; the ayants droit they do not have yet are added.
    const attached = numbered.filter(({ line }) => a.existing.has(line.line))
    const present = new Set(
      (
        await householdsOf(
          ctx.tx,
          attached.map(({ line }) => a.existing.get(line.line)!),
        )
      ).map(
        (m) =>
          `${m.usagerId}|${normaliseName(`${m.firstName ?? ''} ${m.lastName ?? ''}`)}|${m.birthDate ?? ''}`,
      ),
    )
    await addHouseholdMembers(
      ctx.tx,
      organisationId,
      attached.flatMap(({ line }) => {
        const usagerId = a.existing.get(line.line)!
        return household(line)
          .filter(
            (m) =>
              !present.has(
                `${usagerId}|${normaliseName(`${m.firstName ?? ''} ${m.lastName ?? ''}`)}|${m.birthDate ?? ''}`,
              ),
          )
          .map((m) => ({ ...m, usagerId }))
      }),
    )

    const files: Parameters<typeof repo.insertFiles>[0] = []
    const requests: (typeof domiciliationRequests.$inferInsert)[] = []
    const decisions: (typeof domiciliationDecisions.$inferInsert & { id: string })[] = []
    for (const { line, fileNumber } of numbered) {
      const fileId = newId()
      const chain: (typeof decisions)[number][] = []
      const own: typeof requests = []
      const request = (kind: 'PREMIERE' | 'RENOUVELLEMENT', filedOn: CivilDate, decided = true) => {
        const id = newId()
        own.push({
          id,
          organisationId,
          domiciliationId: fileId,
          kind,
          filedOn,
          acknowledgedOn: filedOn,
          deadlineOn: decisionDeadline(filedOn),
          status: decided ? 'decidee' : 'instruction',
          createdBy: accountId,
          createdAt: now,
          updatedAt: now,
        })
        return id
      }
      const { grant, ending, pending } = line.plan
      if (grant) {
        chain.push({
          id: newId(),
          organisationId,
          domiciliationId: fileId,
          requestId: request(grant.kind === 'ACCEPTATION' ? 'PREMIERE' : 'RENOUVELLEMENT', grant.decidedOn),
          kind: grant.kind,
          decidedOn: grant.decidedOn,
          decidedBy: accountId,
          validFrom: grant.validFrom,
          validUntil: grant.validUntil,
          createdAt: now,
        })
      }
      if (ending) {
        chain.push({
          id: newId(),
          organisationId,
          domiciliationId: fileId,
          requestId:
            ending.kind === 'REFUS'
              ? request(grant ? 'RENOUVELLEMENT' : line.requestKind, ending.decidedOn)
              : null,
          kind: ending.kind,
          decidedOn: ending.decidedOn,
          decidedBy: accountId,
          motive: line.motive,
          motiveDetail: line.motiveDetail,
          orientation: ending.kind === 'REFUS' ? line.orientation : null,
          orientationDetail: ending.kind === 'REFUS' ? line.orientationDetail : null,
          createdAt: now,
        })
      }
      // A request still waiting keeps its filing day: its deadline goes on running from it.
      if (pending) request(pending.kind, pending.filedOn, false)
      // The interview goes with the last decided request (else the one waiting). It is shown on the file when it names the link
      // with the commune (as an interview held here always does); otherwise its answers still count.
      const last = own.filter((r) => r.status === 'decidee').pop() ?? own[own.length - 1]
      if (line.interview && last) {
        const shown = line.interview.linkWithCommune !== null
        last.interview = shown
          ? {
              ...line.interview,
              sociallyAccompanied: line.interview.sociallyAccompanied ?? false,
              domiciledElsewhere: line.interview.domiciledElsewhere ?? false,
              hasIncome: line.interview.hasIncome ?? false,
            }
          : line.interview
        last.interviewAt = shown ? noonOf(last.filedOn) : null
        // An interview held on a request still waiting puts it before the decider, as at the desk.
        if (shown && last.status === 'instruction') last.status = 'attente_decision'
      }
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
      const firstDay = [line.firstDomiciliationOn, state.firstDomiciliationOn]
        .filter((d): d is CivilDate => !!d)
        .sort()[0]
      files.push({
        id: fileId,
        organisationId,
        usagerId: usagerOf.get(line.line)!,
        fileNumber,
        birthPlace: line.birthPlace,
        ...state,
        firstDomiciliationOn: firstDay ?? null,
        lastContactAt: line.lastContactOn ? noonOf(line.lastContactOn) : null,
        createdAt: now,
        updatedAt: now,
      })
      requests.push(...own)
      decisions.push(...chain)
    }
    await repo.insertFiles(files)
    await repo.insertRequests(requests)
    await repo.insertDecisions(decisions)

    for (const [i, id] of created.entries()) {
      const line = fresh[i]!.line
      await ctx.audit({
        action: 'create',
        entityType: 'usager',
        entityId: id,
        after: { firstName: line.firstName, lastName: line.lastName, birthDate: line.birthDate },
        masked: true,
      })
    }
    for (const f of files)
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation',
        entityId: f.id!,
        after: { fileNumber: f.fileNumber, status: f.status, imported: true },
      })
    return files.length
  }

  return {
    async preview(
      ctx: ReportsCtx,
      body: unknown,
      format: ImportFormat | undefined,
    ): Promise<ImportReportView> {
      memberOf(ctx)
      const analysis = await analyse(ctx, body, format)
      await ctx.audit({
        action: 'read',
        entityType: 'domiciliation_import',
        entityId: null,
      })
      return analysis.report
    },

    async commit(
      ctx: ReportsCtx,
      body: unknown,
      format: ImportFormat | undefined,
    ): Promise<ImportReportView> {
      memberOf(ctx)
      const analysis = await analyse(ctx, body, format)
      const bad = analysis.report.badLines.length
      if (bad > 0)
        throw new DomainError(
          'unprocessable',
          `${bad} ligne${bad > 1 ? 's' : ''} en erreur : rien n’a été importé. Corrigez ${bad > 1 ? 'ces lignes' : 'cette ligne'} et importez de nouveau le fichier.`,
          [],
          analysis.report,
        )
      const imported = await store(ctx, analysis)
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation_import',
        entityId: null,
        after: { format: analysis.report.format, fileType: analysis.report.fileType, imported },
      })
      return { ...analysis.report, imported }
    },
  }
}
