/** Métiers — fiches métiers, ROME referential, pay grids, portraits (public reading, editors' writing). */
export const metiersFichesContract = {}
