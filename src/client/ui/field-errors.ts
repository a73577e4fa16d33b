import { createContext, useContext } from 'react'

/**
 * Server messages by field name, given by the enclosing Form. They stay until the next
 * submission, so the layout does not jump while the person corrects the field.
 */
export const FieldErrorsContext = createContext<Record<string, string>>({})

/** The message for this field: an explicit one first, else the enclosing form's. */
export function useFieldError(name: string | undefined, explicit?: string): string | undefined {
  const errors = useContext(FieldErrorsContext)
  return explicit ?? (name ? errors[name] : undefined)
}
