import { parisDate, type CivilDate } from '../../../shared/dates'
import {
  decisionKindLabels,
  effectiveStatus,
  orientationLabels,
  statusLabels,
  type FileStatus,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { PersonColumn } from '../../../shared/modules/domiciliation/exchange.columns'
import { labelOf } from '../../../shared/modules/domiciliation/exchange.values'
import { peopleExportRepository, type ExportDecision } from './people-export.repository'
import { memberOf, type Clock, type ReportsCtx } from './reports.context'

/** A cell: text, a number, a civil date (written as a date cell), or nothing. */
export type ExportCell = string | number | { date: CivilDate } | null

export interface ExportedPerson {
  values: Record<PersonColumn, ExportCell>
  ayantsDroit: { lastName: ExportCell; firstName: ExportCell; birthDate: ExportCell; relation: ExportCell }[]
  extra: Record<ExtraColumn, ExportCell>
}

/** Columns the export adds for reading; the import leaves them aside. */
export const extraColumns = {
  shownStatus: 'Situation au jour de l’export',
  currentDecision: 'Décision en cours',
  history: 'Historique des décisions',
  ayantsDroitCount: 'Nombre d’ayants droit',
  proxy: 'Procuration en cours',
  forwarding: 'Réexpédition du courrier',
  npaiSince: 'Pli non distribuable (NPAI) depuis',
} as const
export type ExtraColumn = keyof typeof extraColumns

const day = (iso: string | null | undefined): ExportCell => (iso ? { date: iso } : null)
const fr = (iso: string) => iso.split('-').reverse().join('/')
const yesNo = (v: unknown) => (v === true ? 'Oui' : v === false ? 'Non' : null)
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null)

/** One line of the history: « 12/03/2025 Domiciliation accordée (12/03/2025 → 11/03/2026) ». */
function historyLine(d: ExportDecision): string {
  const kind = decisionKindLabels[d.kind as keyof typeof decisionKindLabels] ?? d.kind
  const validity = d.validFrom && d.validUntil ? ` (${fr(d.validFrom)} → ${fr(d.validUntil)})` : ''
  const motive = d.motive
    ? ` : ${labelOf(d.kind === 'REFUS' ? 'refusalMotive' : 'radiationMotive', d.motive)}`
    : ''
  const orientation = d.orientation
    ? `, orientation : ${orientationLabels[d.orientation as keyof typeof orientationLabels] ?? d.orientation}`
    : ''
  const cancelled = d.cancelledAt ? ` [annulée le ${fr(parisDate(d.cancelledAt))}]` : ''
  return `${fr(d.decidedOn)} ${kind}${validity}${motive}${orientation}${cancelled}`
}

/** Every domiciled person with their file, decisions, options and last interview, for the XLSX export. */
export function peopleExportService(clock: Clock) {
  return {
    async people(ctx: ReportsCtx): Promise<{ organisationName: string; at: Date; people: ExportedPerson[] }> {
      const { organisationName } = memberOf(ctx)
      const repo = peopleExportRepository(ctx.tx)
      const today = parisDate(clock())
      const files = await repo.files()
      const [decisions, interviews, household, proxies, pendingRequests] = await Promise.all([
        repo.decisions(),
        repo.lastInterviews(),
        repo.household(files.map((f) => f.file.usagerId)),
        repo.proxiesOn(today),
        repo.pendingRequests(),
      ])
      const chains = new Map<string, ExportDecision[]>()
      for (const d of decisions) chains.set(d.domiciliationId, [...(chains.get(d.domiciliationId) ?? []), d])
      const interviewOf = new Map(interviews.map((i) => [i.domiciliationId, i.interview]))
      const householdOf = new Map<string, typeof household>()
      for (const m of household) householdOf.set(m.usagerId, [...(householdOf.get(m.usagerId) ?? []), m])
      const proxyOf = new Map(proxies.map((p) => [p.domiciliationId, p]))
      const pendingOf = new Map(pendingRequests.map((r) => [r.domiciliationId, r]))

      const people = files.map(({ file, ...u }): ExportedPerson => {
        const chain = chains.get(file.id) ?? []
        const live = chain.filter((d) => !d.cancelledAt)
        const current = live[live.length - 1]
        const lastGrant = live.filter((d) => d.kind === 'ACCEPTATION' || d.kind === 'RENOUVELLEMENT').pop()
        // The decision the file's state comes from: a refused renewal leaves the attestation running.
        const ending =
          (file.status === 'refus' || file.status === 'radie') &&
          current &&
          (current.kind === 'REFUS' || current.kind === 'RADIATION')
            ? current
            : null
        const interview = interviewOf.get(file.id) ?? {}
        const dependants = householdOf.get(file.usagerId) ?? []
        const proxy = proxyOf.get(file.id)
        const pending = pendingOf.get(file.id)
        const shown = effectiveStatus(
          { status: file.status as FileStatus, validUntil: file.validUntil },
          today,
        )
        return {
          values: {
            fileNumber: file.fileNumber,
            gender: labelOf('gender', u.gender),
            lastName: u.lastName,
            firstName: u.firstName,
            pseudonym: u.pseudonym,
            birthDate: day(u.birthDate),
            birthPlace: file.birthPlace,
            phone: u.phone,
            email: u.email,
            status: labelOf('status', statusCode(shown)),
            // The kind of the last acceptance; for a file still in instruction, the kind of its request.
            requestKind: labelOf(
              'requestKind',
              shown === 'instruction' && pending
                ? pending.kind
                : lastGrant?.kind === 'RENOUVELLEMENT'
                  ? 'RENOUVELLEMENT'
                  : 'PREMIERE',
            ),
            validFrom: day(file.validFrom),
            validUntil: day(file.validUntil),
            decidedOn: day(ending?.decidedOn ?? lastGrant?.decidedOn),
            motive: ending?.motive
              ? labelOf(ending.kind === 'REFUS' ? 'refusalMotive' : 'radiationMotive', ending.motive)
              : null,
            motiveDetail: ending?.motiveDetail ?? null,
            orientation: ending?.kind === 'REFUS' ? labelOf('orientation', ending.orientation) : null,
            orientationDetail: ending?.kind === 'REFUS' ? ending.orientationDetail : null,
            firstDomiciliationOn: day(file.firstDomiciliationOn),
            lastContactOn: day(file.lastContactAt ? parisDate(file.lastContactAt) : null),
            pendingFiledOn: day(pending?.filedOn),
            linkWithCommune: labelOf('linkWithCommune', text(interview.linkWithCommune)),
            linkDetail: text(interview.linkDetail),
            householdType: labelOf('householdType', text(interview.householdType)),
            instabilityCause: labelOf('instabilityCause', text(interview.instabilityCause)),
            residenceSituation: labelOf('residenceSituation', text(interview.residenceSituation)),
            requestReason: labelOf('requestReason', text(interview.requestReason)),
            professionalSituation: labelOf('professionalSituation', text(interview.professionalSituation)),
            sociallyAccompanied: yesNo(interview.sociallyAccompanied),
            accompaniedBy: text(interview.accompaniedBy),
            domiciledElsewhere: yesNo(interview.domiciledElsewhere),
            hasIncome: yesNo(interview.hasIncome),
            comments: text(interview.comments),
          },
          ayantsDroit: dependants.map((m) => ({
            lastName: m.lastName,
            firstName: m.firstName,
            birthDate: day(m.birthDate),
            relation: labelOf('relation', m.relation),
          })),
          extra: {
            shownStatus: statusLabels[shown],
            currentDecision: current ? historyLine(current) : null,
            history: chain.length ? chain.map(historyLine).join(' ; ') : null,
            ayantsDroitCount: dependants.length,
            proxy: proxy
              ? `${proxy.firstName} ${proxy.lastName}, du ${fr(proxy.validFrom)} au ${fr(proxy.validUntil)}`
              : null,
            forwarding:
              file.forwardAddress && (!file.forwardUntil || file.forwardUntil >= today)
                ? `${file.forwardAddress}${file.forwardFrom ? `, à partir du ${fr(file.forwardFrom)}` : ''}${file.forwardUntil ? ` jusqu’au ${fr(file.forwardUntil)}` : ''}`
                : null,
            npaiSince: day(file.npaiSince),
          },
        }
      })
      // One entry names the export, never the people: the list itself is the personal data.
      await ctx.audit({
        action: 'export',
        entityType: 'domiciliation',
        entityId: null,
        after: { people: people.length },
      })
      return { organisationName, at: clock(), people }
    },
  }
}

/** The import's status code of a shown status (an expired domiciliation was valid). */
function statusCode(shown: string): string {
  if (shown === 'valide' || shown === 'expiree') return 'VALIDE'
  if (shown === 'refus') return 'REFUS'
  if (shown === 'instruction') return 'INSTRUCTION'
  return 'RADIE'
}
