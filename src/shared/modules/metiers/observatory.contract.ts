/** Métiers — the recruitment observatory (funnels by job and territory) and the platform's contact form. */

export const metiersObservatoryContract = {}
