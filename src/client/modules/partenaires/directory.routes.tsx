/** The pages of the partenaires module's directory part, for the router's Switch. */
export const directoryRoutes = <></>
