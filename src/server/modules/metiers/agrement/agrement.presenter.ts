import type {
  AgentMeetingView,
  AgrementApplicationDetailView,
  AgrementCardView,
  CandidateFileView,
  PublicMeetingView,
} from '../../../../shared/modules/metiers/agrement.contract'
import {
  agrementDocuments,
  legalDelay,
  missingDocuments,
  nextStage,
  trainingProgress,
  type AgrementHistoryKind,
  type AgrementOutcome,
  type AgrementStage,
} from '../../../../shared/modules/metiers/agrement-rules'
import type {
  AgrementApplicationRow,
  AgrementStepRow,
  AgrementTrainingRow,
  MeetingWithDepartement,
} from './agrement.repository'

type Documents = Record<string, string | null>
const documentsOf = (row: AgrementApplicationRow) => (row.documents ?? {}) as Documents
const outcomeOf = (row: AgrementApplicationRow) => (row.decision as AgrementOutcome | null) ?? null

export const delayOf = (row: AgrementApplicationRow, today: string) =>
  legalDelay(
    {
      completeOn: row.completeOn,
      extendedOn: row.extendedOn,
      decision: outcomeOf(row),
      childrenWished: row.childrenWished,
    },
    today,
  )

export const fileStateOf = (row: AgrementApplicationRow) => ({
  stage: row.step as AgrementStage,
  completeOn: row.completeOn,
  extendedOn: row.extendedOn,
  decision: outcomeOf(row),
  decisionOn: row.decisionOn,
  missingDocuments: missingDocuments(documentsOf(row)),
})

const trainingOf = (row: AgrementApplicationRow, sessions: AgrementTrainingRow[]) =>
  trainingProgress(
    sessions.map((s) => ({ phase: s.phase as 'preparatoire' | 'deaf', hours: s.hours, doneOn: s.doneOn })),
    row.firstPlacementOn,
  )

const decisionOfStep = (step: AgrementStepRow): AgrementOutcome | null => {
  const details = step.details as { decision?: AgrementOutcome }
  if (step.kind === 'agrement_tacite' || step.kind === 'refus_tacite') return step.kind
  return details.decision ?? null
}

export function presentPublicMeeting(m: MeetingWithDepartement): PublicMeetingView {
  return {
    id: m.id,
    departement: m.departement,
    startsAt: m.startsAt.toISOString(),
    durationMinutes: m.durationMinutes,
    mode: m.mode as 'presentiel' | 'visio',
    address: m.address,
    postcode: m.postcode,
    commune: m.commune,
    placesLeft: Math.max(0, m.capacity - m.registered),
  }
}

export function presentAgentMeeting(m: MeetingWithDepartement): AgentMeetingView {
  return {
    ...presentPublicMeeting(m),
    capacity: m.capacity,
    registered: m.registered,
    visioUrl: m.visioUrl,
    notes: m.notes,
    cancelled: m.cancelledAt !== null,
  }
}

export function presentCard(row: AgrementApplicationRow, today: string): AgrementCardView {
  const delay = delayOf(row, today)
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    commune: row.commune,
    stage: row.step as AgrementStage,
    decision: outcomeOf(row),
    decisionDueOn: delay?.dueOn ?? null,
    daysLeft: delay?.daysLeft ?? null,
    lapsed: delay?.lapsed ?? false,
    dueSoon:
      delay?.daysLeft !== null &&
      delay?.daysLeft !== undefined &&
      delay.daysLeft >= 0 &&
      delay.daysLeft <= 30,
    extended: row.extendedOn !== null,
  }
}

/** Late first, then the closest due date, then the oldest file. */
export function byUrgency(a: AgrementCardView, b: AgrementCardView): number {
  const rank = (c: AgrementCardView) => (c.lapsed ? 0 : c.daysLeft !== null ? 1 : 2)
  return (
    rank(a) - rank(b) ||
    (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER) ||
    a.lastName.localeCompare(b.lastName, 'fr')
  )
}

export function presentDetail(
  row: AgrementApplicationRow,
  steps: { step: AgrementStepRow; author: string | null }[],
  sessions: AgrementTrainingRow[],
  today: string,
  abilities: AgrementApplicationDetailView['abilities'],
): AgrementApplicationDetailView {
  const received = documentsOf(row)
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    email: row.email,
    phone: row.phone,
    address: row.address,
    postcode: row.postcode,
    commune: row.commune,
    communeInsee: row.communeInsee,
    household: row.household as { relation: string; birthYear: number }[],
    housingType: row.housingType as 'maison' | 'appartement' | 'autre' | null,
    housingRooms: row.housingRooms,
    housingSpareRooms: row.housingSpareRooms,
    currentJob: row.currentJob,
    motivation: row.motivation,
    childrenWished: row.childrenWished,
    agesWishedMin: row.agesWishedMin,
    agesWishedMax: row.agesWishedMax,
    stage: row.step as AgrementStage,
    withAccount: row.candidateAccountId !== null,
    documents: agrementDocuments.map((d) => ({
      key: d.key,
      required: d.required,
      receivedOn: received[d.key] ?? null,
    })),
    missingDocuments: missingDocuments(received),
    completeOn: row.completeOn,
    extendedOn: row.extendedOn,
    extensionMotive: row.extensionMotive,
    legalDelay: delayOf(row, today),
    decision: outcomeOf(row),
    decisionOn: row.decisionOn,
    decisionMotive: row.decisionMotive,
    approvedChildren: row.approvedChildren,
    approvedAgeMin: row.approvedAgeMin,
    approvedAgeMax: row.approvedAgeMax,
    validUntil: row.validUntil,
    firstPlacementOn: row.firstPlacementOn,
    training: trainingOf(row, sessions),
    trainingSessions: sessions.map((s) => ({
      id: s.id,
      phase: s.phase as 'preparatoire' | 'deaf',
      title: s.title,
      on: s.doneOn,
      hours: s.hours,
    })),
    history: steps.map(({ step, author }) => ({
      id: step.id,
      kind: step.kind as AgrementHistoryKind,
      on: step.doneOn,
      note: step.note,
      decision: decisionOfStep(step),
      motive: (step.details as { motive?: string }).motive ?? null,
      author,
      recordedAt: step.recordedAt.toISOString(),
    })),
    abilities,
    createdAt: row.createdAt.toISOString(),
  }
}

export function presentCandidateFile(
  row: AgrementApplicationRow,
  departement: string,
  steps: AgrementStepRow[],
  meetings:
    MeetingWithDepartement[] | { startsAt: Date; mode: string; commune: string; visioUrl: string | null }[],
  sessions: AgrementTrainingRow[],
  today: string,
): CandidateFileView {
  const stage = row.step as AgrementStage
  return {
    id: row.id,
    departement,
    stage,
    nextStage: nextStage(stage, outcomeOf(row)),
    steps: steps.map((s) => ({
      kind: s.kind as AgrementHistoryKind,
      on: s.doneOn,
      decision: decisionOfStep(s),
    })),
    meetings: meetings.map((m) => ({
      startsAt: m.startsAt.toISOString(),
      mode: m.mode as 'presentiel' | 'visio',
      commune: m.commune,
      visioUrl: m.visioUrl,
    })),
    legalDelay: delayOf(row, today),
    decision: outcomeOf(row),
    decisionOn: row.decisionOn,
    approvedChildren: row.approvedChildren,
    approvedAgeMin: row.approvedAgeMin,
    approvedAgeMax: row.approvedAgeMax,
    validUntil: row.validUntil,
    training: trainingOf(row, sessions),
  }
}
