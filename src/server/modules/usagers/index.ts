// The usagers module's public API: other modules reach a person's file only through these.
export {
  usagers,
  householdMembers,
  usagerNotes,
  usagerDocuments,
  usagerMerges,
  usagerSettings,
} from './usagers.table'
export { registerUsagersRoutes } from './usagers.routes'
export { registerUsagerHooks, type UsagerHooks } from './hooks'
export { recordRetentionReviews } from './retention.repository'
export { reviewRetention, type ReviewMail } from './retention.review'
export {
  findUsagerSummary,
  searchUsagerIds,
  touchLastContact,
  usagerNoticeContacts,
  usagerSummaries,
  usagerIdByEmail,
  usagerLabel,
  usagerLabels,
  type UsagerNoticeContact,
  type UsagerSummaryRow,
} from './lookups'
export { civilIdentity, type CivilIdentity } from './civil-identity'
export {
  addHouseholdMembers,
  createUsagersInBulk,
  householdsOf,
  usagersBornOn,
  type ImportedPerson,
} from './bulk-import'
