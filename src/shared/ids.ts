import { v7 } from 'uuid'

/** Time-ordered, globally unique keys (UUID v7): good index locality and safe to distribute. */
export const newId = (): string => v7()

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
