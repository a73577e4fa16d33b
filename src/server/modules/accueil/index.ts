// The accueil module: requests on every channel, their queues, answers and orientations.
export {
  announcedDelays,
  requestCounters,
  requests,
  requestAnswers,
  requestOrientations,
  requestEvents,
} from './accueil.table'
export { registerAccueilRoutes, type AccueilDeps } from './accueil.routes'
export { relaySignature, RELAY_SIGNATURE_HEADER } from './inbound-email.service'
export { sendDailyDigests, sendDueReminders, type ReminderDeps } from './accueil.reminders'
