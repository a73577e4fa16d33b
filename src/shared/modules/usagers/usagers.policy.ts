import { rolesSeeingPersonalData, type Role } from '../organisations/roles'

/** Who opens a person's file: every role that sees personal data. */
export const usagerRoles: readonly Role[] = rolesSeeingPersonalData

/** Who merges files, sets the retention and confirms anonymisations: acts that cannot be undone. */
export const usagerAdminRoles: readonly Role[] = ['administrateur', 'direction']

export const canMergeUsagers = (held: readonly Role[]) => held.some((r) => usagerAdminRoles.includes(r))

/** 20 Mo per document. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

/** Accepted document types, recognised from their first bytes, never from their name. */
export const documentMimeTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const
export type DocumentMimeType = (typeof documentMimeTypes)[number]

/** CNIL: active files are kept 2 years after the last contact, unless the organisation decides otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24
