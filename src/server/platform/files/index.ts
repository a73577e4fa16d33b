// Stored files (documents of a person's file): one interface, a local-disk implementation.
export { assertSafeKey, type FileStorage } from './storage'
export { localDiskStorage } from './local-disk'
