/** Métiers — territories' campaign pages (editors' writing, public reading). */
export const metiersCampaignsContract = {}
