import type { FieldIssue } from '../../shared/errors'

/** `{ 'roles': 'Choisissez au moins un rôle.' }` from the server's field list; the first message per field wins. */
export function fieldErrorMap(fields: readonly FieldIssue[] | undefined): Record<string, string> {
  const map: Record<string, string> = {}
  for (const { field, message } of fields ?? []) {
    if (!(field in map)) map[field] = message
  }
  return map
}

/** Field errors whose field is not shown in the form: their message must appear in the summary. */
export function unplacedFields(
  fields: readonly FieldIssue[] | undefined,
  shown: readonly string[],
): FieldIssue[] {
  return (fields ?? []).filter((f) => !shown.includes(f.field))
}
