// Tables of the métiers module's events part: events: forums, job datings, festival, webinars; registration with capacity and waiting list, ICS, reminders, attendance, replays.
export {}
