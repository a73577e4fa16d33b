/** Helpers shared by the entry forms: what changed, and blank texts sent as null. */

/** The fields of `next` whose value differs from `original` (compared as JSON). */
export function changedFields<T extends Record<string, unknown>>(original: Partial<T>, next: T): Partial<T> {
  const changed: Partial<T> = {}
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(original[key] ?? null) !== JSON.stringify(next[key] ?? null)) changed[key] = next[key]
  }
  return changed
}

/** A text field that may be cleared: blank is null. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/** A number field: blank is null, anything else a whole number (the server names a bad one). */
export const numberOrNull = (text: string): number | null => {
  if (text.trim() === '') return null
  const n = Number(text)
  return Number.isFinite(n) ? n : Number.NaN
}

/** Where the page goes once a partner's proposal is sent: the partner's entries, saying so. */
export const proposalSentQuery = 'envoye=1'
