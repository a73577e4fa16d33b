// Tables of the métiers module's ambassadors part: ambassadors (professionals who speak about their job) and their bookings, and the candidate's discovery path.
export {}
