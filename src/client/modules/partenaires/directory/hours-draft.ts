import { weekDays, type WeekDay } from '../../../../shared/modules/partenaires/directory.constants'

/** The week as edited: every day present, each span a pair of "HH:MM" texts (maybe empty while typing). */
export type WeekDraft = Record<WeekDay, [string, string][]>

export const emptyWeek = (): WeekDraft =>
  Object.fromEntries(weekDays.map((d) => [d, [] as [string, string][]])) as unknown as WeekDraft

/** From the stored hours (`{ lundi: [["09:00","12:00"]] }`, missing days closed) to the editor's draft. */
export function weekDraftOf(
  hours: Partial<Record<WeekDay, readonly (readonly [string, string])[]>> | null | undefined,
): WeekDraft {
  const draft = emptyWeek()
  for (const day of weekDays) draft[day] = (hours?.[day] ?? []).map(([a, b]) => [a, b])
  return draft
}

/** The draft as the server wants it: closed days left out, blank spans dropped. */
export function hoursOfDraft(draft: WeekDraft): Partial<Record<WeekDay, [string, string][]>> {
  const hours: Partial<Record<WeekDay, [string, string][]>> = {}
  for (const day of weekDays) {
    const spans = draft[day].filter(([a, b]) => a !== '' || b !== '')
    if (spans.length > 0) hours[day] = spans
  }
  return hours
}
