/** One changed field of an audit entry: its value before and after, as readable text. */
export interface DiffRow {
  field: string
  before: string
  after: string
}

/** Turns a stored code (a role, `true`) into words; the identity by default. */
export type ValueLabel = (value: string) => string
const asIs: ValueLabel = (value) => value

/** A value as short text: strings as they are, lists joined, objects as JSON; empty as "—". */
export function displayValue(value: unknown, label: ValueLabel = asIs): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return label(value)
  if (typeof value === 'number' || typeof value === 'boolean') return label(String(value))
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length ? value.map((v) => label(String(v))).join(', ') : '—'
  }
  return JSON.stringify(value)
}

/**
 * The log stores `{ field: [before, after] }`. Anything else (older formats) is shown as one
 * row with the whole value, so nothing recorded is hidden.
 */
export function diffRows(diff: unknown, label: ValueLabel = asIs): DiffRow[] {
  if (diff === null || diff === undefined) return []
  if (typeof diff !== 'object' || Array.isArray(diff))
    return [{ field: '', before: '—', after: displayValue(diff, label) }]
  return Object.entries(diff as Record<string, unknown>).map(([field, change]) =>
    Array.isArray(change) && change.length === 2
      ? { field, before: displayValue(change[0], label), after: displayValue(change[1], label) }
      : { field, before: '—', after: displayValue(change, label) },
  )
}
