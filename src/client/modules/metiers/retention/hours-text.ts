/**
 * A day's opening hours as people type them — « 8h30-12h, 13:30 – 17:30 » — to the stored spans
 * [["08:30","12:00"],["13:30","17:30"]], and back. The server checks order and overlaps.
 */
import type { RetentionWeekDay } from '../../../../shared/modules/metiers/retention-hours'

export type TypedWeek = Partial<Record<RetentionWeekDay, [string, string][]>>

const TIME = /^(\d{1,2})(?:\s*[h:]\s*(\d{2})?)?$/i

function clock(text: string): string | null {
  const m = TIME.exec(text.trim())
  if (!m) return null
  const hours = Number(m[1])
  const minutes = Number(m[2] ?? 0)
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** The spans of a day, or null when a part cannot be read. An empty text is a closed day. */
export function parseDayHours(text: string): [string, string][] | null {
  const parts = text
    .split(/[,;]|\bet\b/)
    .map((p) => p.trim())
    .filter(Boolean)
  const spans: [string, string][] = []
  for (const part of parts) {
    const [a, b, ...rest] = part.split(/\s*[-–—à]\s*/)
    const start = a === undefined ? null : clock(a)
    const end = b === undefined ? null : clock(b)
    if (!start || !end || rest.length > 0) return null
    spans.push([start, end])
  }
  return spans
}

export const dayHoursText = (spans: readonly (readonly [string, string])[] | undefined) =>
  (spans ?? []).map(([a, b]) => `${a}-${b}`).join(', ')

/** The week from one text per day; the first day that cannot be read is named. */
export function parseWeek(
  texts: Record<RetentionWeekDay, string>,
): { week: TypedWeek; invalidDay: null } | { week: null; invalidDay: RetentionWeekDay } {
  const week: TypedWeek = {}
  for (const [day, text] of Object.entries(texts) as [RetentionWeekDay, string][]) {
    const spans = parseDayHours(text)
    if (spans === null) return { week: null, invalidDay: day }
    if (spans.length > 0) week[day] = spans
  }
  return { week, invalidDay: null }
}
