/** One changed field of an audit entry: its value before and after, as readable text. */
export interface DiffRow {
  field: string
  before: string
  after: string
}

/** A value as short text: strings as they are, lists joined, objects as JSON; empty as "—". */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length ? value.join(', ') : '—'
  }
  return JSON.stringify(value)
}

/**
 * The log stores `{ field: [before, after] }`. Anything else (older formats) is shown as one
 * row with the whole value, so nothing recorded is hidden.
 */
export function diffRows(diff: unknown): DiffRow[] {
  if (diff === null || diff === undefined) return []
  if (typeof diff !== 'object' || Array.isArray(diff)) return [{ field: '', before: '—', after: displayValue(diff) }]
  return Object.entries(diff as Record<string, unknown>).map(([field, change]) =>
    Array.isArray(change) && change.length === 2
      ? { field, before: displayValue(change[0]), after: displayValue(change[1]) }
      : { field, before: '—', after: displayValue(change) },
  )
}
