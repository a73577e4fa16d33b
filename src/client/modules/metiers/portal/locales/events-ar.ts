import type { TextsLike } from './fr'
import type { eventsFr } from './events-fr'

export const eventsAr: TextsLike<typeof eventsFr> = { events: {} }
