/** Métiers — events: forums, job datings, festival, webinars; registration with capacity and waiting list, ICS, reminders, attendance, replays. */

export const metiersEventsContract = {}
