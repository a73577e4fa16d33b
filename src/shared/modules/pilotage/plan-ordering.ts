/**
 * Ordering of axes and actions: positions are always dense, 1..n, in each list. Pure functions,
 * shared by the server (which writes the positions) and the client (which shows the numbers).
 */

/** Moves `id` to `position` (1-based, clamped to the list) in `ids`; the others keep their order. */
export function moveWithin(ids: readonly string[], id: string, position: number): string[] {
  const from = ids.indexOf(id)
  if (from < 0) return [...ids]
  const rest = ids.filter((x) => x !== id)
  const at = Math.min(Math.max(Math.trunc(position), 1), rest.length + 1) - 1
  return [...rest.slice(0, at), id, ...rest.slice(at)]
}

/**
 * Moves `id` from the list `from` to the list `to` at `position` (1-based, clamped). Returns both
 * lists in their new order; the moved item leaves the first and joins the second.
 */
export function moveAcross(
  from: readonly string[],
  to: readonly string[],
  id: string,
  position: number,
): { from: string[]; to: string[] } {
  if (!from.includes(id)) return { from: [...from], to: [...to] }
  const target = to.filter((x) => x !== id)
  const at = Math.min(Math.max(Math.trunc(position), 1), target.length + 1) - 1
  return { from: from.filter((x) => x !== id), to: [...target.slice(0, at), id, ...target.slice(at)] }
}

/** The position each id takes in its list (1..n), for writing. */
export const positionsOf = (ids: readonly string[]) => ids.map((id, i) => ({ id, position: i + 1 }))

/** The number shown for an action: « axis.position » (« 2.3 »). */
export const actionNumber = (axisPosition: number, position: number) => `${axisPosition}.${position}`
