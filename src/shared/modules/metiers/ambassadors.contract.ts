/** Métiers — ambassadors (professionals who speak about their job) and their bookings, and the candidate's discovery path. */

export const metiersAmbassadorsContract = {}
