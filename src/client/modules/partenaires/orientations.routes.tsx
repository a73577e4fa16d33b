/** The pages of the partenaires module's orientations part, for the router's Switch. */
export const orientationsRoutes = <></>
