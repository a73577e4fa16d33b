import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import {
  mailKinds,
  recordedContactKinds,
  returnReasons,
  type ContactKind,
  type MailKind,
  type MailState,
  type ReturnReason,
} from '../../../../shared/modules/domiciliation/mail.constants'
import {
  NOT_GIVEN,
  waitingTimeBands,
  type WaitingTimeBand,
} from '../../../../shared/modules/domiciliation/reports.constants'

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    list.some((x) => x === v)

export const isMailKind = isOneOf(mailKinds)
export const isReturnReason = isOneOf(returnReasons)
export const isRecordedContactKind = isOneOf(recordedContactKinds)
export const isWaitingTimeBand = isOneOf(waitingTimeBands)

/** The groups of coded lines in the annual report, each translated under `domiDesk.codes.<group>`. */
export type CodeGroup =
  | 'kind'
  | 'sex'
  | 'age'
  | 'household'
  | 'cause'
  | 'link'
  | 'reason'
  | 'residence'
  | 'accompanied'
  | 'professional'
  | 'refusal'
  | 'orientation'
  | 'radiation'
  | 'mail'

/** Labels of the mail constants and of the report's codes, in the interface language. */
export function useDeskLabels() {
  const { t } = useTranslation()
  const kind = (k: MailKind) => t(`domiDesk.kinds.${k}`)
  const returnReason = (r: ReturnReason) => t(`domiDesk.returnReasons.${r}`)
  const contactKind = (c: ContactKind) => t(`domiDesk.contactKinds.${c}`)
  const waitingBand = (b: WaitingTimeBand) => t(`domiDesk.waitingBands.${b}`)
  return {
    kind,
    state: (s: MailState) => t(`domiDesk.states.${s}`),
    returnReason,
    contactKind,
    waitingBand,
    status: (s: string) => t(`domiDesk.statuses.${s}`, { defaultValue: s }),
    /** A code of the report: its translation, else the server's French label. */
    code: (group: CodeGroup, code: string, fallback: string) =>
      code === NOT_GIVEN
        ? t('domiDesk.report.notGiven')
        : t(`domiDesk.codes.${group}.${code}`, { defaultValue: fallback }),
    kindOptions: mailKinds.map((k) => ({ id: k, label: kind(k) })),
    returnReasonOptions: returnReasons.map((r) => ({ id: r, label: returnReason(r) })),
    recordedContactOptions: recordedContactKinds.map((c) => ({ id: c, label: contactKind(c) })),
    waitingBandOptions: waitingTimeBands.map((b) => ({ id: b, label: waitingBand(b) })),
  }
}

/** A civil date (2026-07-15) as people read it: "15 juillet 2026". */
export function formatDay(date: string, language: string): string {
  const d = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return date
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d)
}

/** An instant as a day and an hour, in Paris: "15 juillet 2026 à 09:14". */
export function formatMoment(iso: string, language: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(d)
}

/** The Paris day of an instant: "15 juillet 2026". */
export function formatInstantDay(iso: string, language: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d)
}

export const formatCount = (n: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n)

/** A sentence written from data when it is shown, so that it follows a change of language. */
export type Say = (t: TFunction, language: string) => string

/** A message (after an action) kept as a way to write it, not as text in the language of the moment. */
export function useMessage() {
  const { t, i18n } = useTranslation()
  const [message, setMessage] = useState<{ say: Say } | null>(null)
  const text = message ? message.say(t, i18n.language) : null
  const set = useCallback((say: Say | null) => setMessage(say ? { say } : null), [])
  return [text, set] as const
}
