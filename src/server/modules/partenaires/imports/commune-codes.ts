/** Paris, Marseille and Lyon: their municipal arrondissements' INSEE codes, and the commune's. */
const ARRONDISSEMENTS: readonly { from: number; to: number; commune: string }[] = [
  { from: 75101, to: 75120, commune: '75056' },
  { from: 13201, to: 13216, commune: '13055' },
  { from: 69381, to: 69389, commune: '69123' },
]

/** The INSEE code of the commune: an arrondissement of Paris, Marseille or Lyon becomes its city's code. */
export function normaliseCommuneCode(code: string): string {
  const trimmed = code.trim().toUpperCase()
  if (!/^\d{5}$/.test(trimmed)) return trimmed
  const n = Number(trimmed)
  return ARRONDISSEMENTS.find((a) => n >= a.from && n <= a.to)?.commune ?? trimmed
}
