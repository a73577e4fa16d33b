import { ApiError } from './portal-api'

export type FieldErrors = Record<string, string>

/** The server's refusal as one message per field (the first one of each) and a general message. */
export function errorsOf(error: unknown, fallback: string): { fields: FieldErrors; message: string } {
  if (!(error instanceof ApiError)) return { fields: {}, message: fallback }
  const fields: FieldErrors = {}
  for (const issue of error.fields) {
    const field = issue.field.split('.')[0] ?? issue.field
    fields[field] ??= issue.message
  }
  return { fields, message: error.message }
}

/**
 * Moves the focus to the first field in error, in the order of the form. The fields learn their
 * error when React renders the new state, which a busy browser may do a few frames later: look again
 * on the next frames until one shows.
 */
export function focusFirstError(form: HTMLFormElement | null, framesLeft = 30): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]')
  if (invalid) invalid.focus()
  else if (form && framesLeft > 0) requestAnimationFrame(() => focusFirstError(form, framesLeft - 1))
}

/** A light check of an e-mail address before sending; the server has the last word. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
