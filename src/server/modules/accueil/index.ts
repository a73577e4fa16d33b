// The accueil module: requests on every channel, their queues, answers and orientations.
import { registerUsagerHooks } from '../usagers'
import { accueilUsagerHooks } from './usager-hooks'

export {
  announcedDelays,
  requestCounters,
  requests,
  requestAnswers,
  requestOrientations,
  requestEvents,
} from './accueil.table'
export { registerAccueilRoutes, type AccueilDeps } from './accueil.routes'
export { accueilService, type AccueilCtx } from './accueil.service'
export { relaySignature, RELAY_SIGNATURE_HEADER } from './inbound-email.service'
export { sendDailyDigests, sendDueReminders, type ReminderDeps } from './accueil.reminders'
export { createDemoRequests } from './accueil.demo'
export { formatReference } from './request-intake'
export { publicContactService, type PublicContactService } from './public-contact.service'
export { pollMailbox, type Mailbox, type PollResult } from './imap-poller'

// Requests follow their usager through merges and anonymisations, wherever the module is loaded (web or worker).
registerUsagerHooks('accueil', accueilUsagerHooks)
export { requestsAnsweredWithinDelay, type AnswerDelayFigures } from './indicator-figures'
