/** Métiers — the portal's pages served as HTML with their content (offer, fiche, campaign), sitemap and robots. */
export const metiersPagesContract = {}
