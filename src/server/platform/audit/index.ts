export { auditLog } from './audit.table'
export { auditDiff, auditWriter, type AuditAction, type AuditActor, type AuditEntry, type AuditWriter } from './audit.writer'
