/** Portal texts of the events part, in French (the reference), under the key `events`. */
export const eventsFr = { events: {} }
