/** Partenaires — imports of the directory (RNA, CSV/XLSX) and batch geocoding. */
export const importsContract = {}
