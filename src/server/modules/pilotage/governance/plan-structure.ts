import type { ActionRow, AxisRow } from './governance.repository'

export interface NumberedAction {
  number: string
  row: ActionRow
}
export interface NumberedAxis {
  number: string
  row: AxisRow
  actions: NumberedAction[]
}

/**
 * The plan's axes and actions in their order, numbered as the plan shows them (« 2 », « 2.3 »):
 * by position whatever the first position is, so numbers never skip.
 */
export function numberedPlan(axes: AxisRow[], actions: ActionRow[]): NumberedAxis[] {
  const byPosition = <T extends { position: number; id: string }>(a: T, b: T) =>
    a.position - b.position || a.id.localeCompare(b.id)
  return [...axes].sort(byPosition).map((axis, i) => {
    const number = String(i + 1)
    return {
      number,
      row: axis,
      actions: actions
        .filter((a) => a.axisId === axis.id)
        .sort(byPosition)
        .map((row, j) => ({ number: `${number}.${j + 1}`, row })),
    }
  })
}

/** Pilots as the fiche names them: accounts' names, then those written in words. */
export function pilotsOf(action: ActionRow, names: Map<string, string>): string[] {
  const pilots = action.pilotAccountIds.map((id) => names.get(id)).filter((n): n is string => !!n)
  for (const written of action.pilotNames.split(/[,;\n]/)) {
    const name = written.trim()
    if (name && !pilots.includes(name)) pilots.push(name)
  }
  return pilots
}
