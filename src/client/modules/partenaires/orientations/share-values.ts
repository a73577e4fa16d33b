import type { ShareableField } from './orientations.labels'

export type ShareValues = Record<ShareableField, string>
export type ShareChoice = Record<ShareableField, boolean>

/** Nothing is shared until the agent ticks it with the person. */
export const nothingChosen: ShareChoice = {
  firstName: false,
  lastName: false,
  phone: false,
  email: false,
  message: false,
}

/** What a request says about the person: its contact, or the named file's label, its reply address, its message. */
export interface RequestFacts {
  contactName: string | null
  usagerId: string | null
  personLabel: string
  replyTo: string | null
  message: string
}

/**
 * The values offered beside each checkbox, taken from the request: the first word of the name as
 * first name, the rest as last name; the reply address as e-mail when it has an @, else as phone.
 * An anonymous person's description ("homme, la quarantaine") is never offered as a name.
 */
export function valuesFromRequest(request: RequestFacts): ShareValues {
  const name = (request.contactName ?? (request.usagerId ? request.personLabel : '')).trim()
  const [firstName = '', ...rest] = name.split(/\s+/).filter(Boolean)
  const replyTo = request.replyTo?.trim() ?? ''
  const isEmail = replyTo.includes('@')
  return {
    firstName,
    lastName: rest.join(' '),
    phone: replyTo && !isEmail ? replyTo : '',
    email: isEmail ? replyTo : '',
    message: request.message,
  }
}

/** Only the ticked fields with a value, trimmed: the body's `share`. */
export function sharedOf(values: ShareValues, choice: ShareChoice): Partial<ShareValues> {
  return Object.fromEntries(
    (Object.keys(choice) as ShareableField[])
      .filter((f) => choice[f] && values[f].trim())
      .map((f) => [f, values[f].trim()]),
  )
}
