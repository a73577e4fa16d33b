/** What a provider answered: a message id when sent, the reason otherwise; never the recipient's number. */
export interface SmsOutcome {
  sent: boolean
  detail: string
}

export interface StoredSms {
  id: string
  to: string
  text: string
  date: string
}

/** Sends text messages: an HTTP provider in production, files in the data directory in development. */
export interface SmsProvider {
  kind: 'http' | 'outbox'
  /** Never throws: a refusal or an unreachable provider comes back as an outcome. */
  send(to: string, text: string): Promise<SmsOutcome>
  /** Messages written by the development outbox, newest first (empty for a real provider). */
  outbox(): Promise<StoredSms[]>
}
