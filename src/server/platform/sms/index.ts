import { httpSmsProvider, type HttpSmsSettings } from './http-sms-provider'
import { smsOutbox } from './sms-outbox'
import type { SmsProvider } from './sms'

export type { SmsOutcome, SmsProvider, StoredSms } from './sms'
export { httpSmsProvider, type HttpSmsSettings } from './http-sms-provider'
export { smsOutbox } from './sms-outbox'
export { devSmsPage } from './dev-sms-page'

/** The configured HTTP provider (SMS_HTTP_URL, SMS_HTTP_TOKEN), or the development outbox. */
export function createSmsProvider(settings: HttpSmsSettings | undefined, dataDir: string): SmsProvider {
  return settings ? httpSmsProvider(settings) : smsOutbox(dataDir)
}
