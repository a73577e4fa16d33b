// The domiciliation module's public API: other modules and the platform reach it only through these.
export { touchDomiciliationContact, type ContactEvent } from './contact-events'
export { registerDomiciliationMailRoutes, type DomiciliationMailDeps } from './mail.routes'
export { sendWaitingMailNotices, type MailNoticeDeps, type MailNoticeRun } from './mail-notices'
export { registerDomiciliationReportsRoutes, type DomiciliationReportsDeps } from './reports.routes'
export { registerDomiciliationDecisionRoutes } from './decisions.routes'
export {
  sendFollowUpReminders,
  sendRenewalInvitations,
  type FollowUpReminderDeps,
} from './follow-up-reminders'
export {
  domiciliationContacts,
  domiciliationDecisions,
  domiciliationRequests,
  domiciliations,
  domiciliationSettings,
} from './domiciliation.table'
export { readSheetFile, type Cell, type SheetFile, type SheetRow } from './import-file'
export { domiciliationsInForce } from './indicator-figures'
