import { DomainError } from '../../../../shared/errors'

/** A refused input whose message already names the field in French (« Métiers : … »). */
export const fieldError = (field: string, message: string) =>
  new DomainError('validation', message, [{ field, message }])
