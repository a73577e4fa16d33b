import type { EventsTexts } from './fr'

/** The same keys as the French texts, any words. */
export type TextsOf<T> = { [K in keyof T]: T[K] extends string ? string : TextsOf<T[K]> }
export type EventsTranslation = TextsOf<EventsTexts>
