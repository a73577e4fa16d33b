export { auditLog } from './audit.table'
export { auditDiff, auditRecorder, type AuditAction, type AuditActor, type AuditEntry, type AuditWriter } from './audit.writer'
