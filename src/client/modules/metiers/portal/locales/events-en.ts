import type { TextsLike } from './fr'
import type { eventsFr } from './events-fr'

export const eventsEn: TextsLike<typeof eventsFr> = { events: {} }
