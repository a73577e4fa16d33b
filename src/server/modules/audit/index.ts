// The audit module: the administrators' search of the log and its retention.
export { registerAuditRoutes } from './audit.routes'
export { purgeAuditLog } from './audit.retention'
