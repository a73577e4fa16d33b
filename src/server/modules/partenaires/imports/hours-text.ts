import {
  weekDays,
  weeklyHours,
  type WeekDay,
  type WeeklyHours,
} from '../../../../shared/modules/partenaires/directory.constants'

const dayNames: Record<string, WeekDay> = {
  lu: 'lundi',
  lun: 'lundi',
  lundi: 'lundi',
  ma: 'mardi',
  mar: 'mardi',
  mardi: 'mardi',
  me: 'mercredi',
  mer: 'mercredi',
  mercredi: 'mercredi',
  je: 'jeudi',
  jeu: 'jeudi',
  jeudi: 'jeudi',
  ve: 'vendredi',
  ven: 'vendredi',
  vendredi: 'vendredi',
  sa: 'samedi',
  sam: 'samedi',
  samedi: 'samedi',
  di: 'dimanche',
  dim: 'dimanche',
  dimanche: 'dimanche',
}

const shortNames: Record<WeekDay, string> = {
  lundi: 'lun',
  mardi: 'mar',
  mercredi: 'mer',
  jeudi: 'jeu',
  vendredi: 'ven',
  samedi: 'sam',
  dimanche: 'dim',
}

const TIME = String.raw`(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?`
const RANGE = new RegExp(String.raw`^${TIME}\s*(?:-|–|à|a)\s*${TIME}$`, 'i')

const time = (hours: string, minutes: string | undefined) => {
  const h = Number(hours)
  const m = Number(minutes ?? '0')
  return h <= 23 && m <= 59 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null
}

function dayOf(token: string): WeekDay | null {
  const key = token
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\.$/, '')
  return dayNames[key] ?? null
}

/** Days named by "lun-ven", "lun, mer", "mar et jeu", "samedi". */
function daysOf(spec: string): WeekDay[] | null {
  const days: WeekDay[] = []
  for (const part of spec.split(/\s*(?:,|\bet\b)\s*/i).filter(Boolean)) {
    const [from, to, ...rest] = part.split(/\s*(?:-|–|au|à)\s*/i)
    if (rest.length) return null
    const start = dayOf(from ?? '')
    if (!start) return null
    if (to === undefined) {
      days.push(start)
      continue
    }
    const end = dayOf(to)
    if (!end) return null
    const a = weekDays.indexOf(start)
    const b = weekDays.indexOf(end)
    if (b < a) return null
    days.push(...weekDays.slice(a, b + 1))
  }
  return days.length ? days : null
}

export type HoursReading = { hours: WeeklyHours } | { error: string }

/**
 * Weekly hours written the way people write them: "lun-ven 9:00-12:00 14:00-17:00; sam 9h-12h".
 * Parts are separated by « ; » or line breaks; each names days (a run with a dash, a list with
 * commas or « et ») then time spans, or « fermé ». An empty text means no hours given.
 */
export function readHoursText(text: string): HoursReading {
  const hours: Partial<Record<WeekDay, [string, string][]>> = {}
  for (const part of text.split(/\s*[;\n]\s*/).filter((p) => p.trim())) {
    const match = /^(\D+?)\s*:?\s+((?:\d|ferm).*)$/i.exec(part.trim())
    if (!match)
      return { error: `« ${part} » : indiquez les jours puis les heures (ex. « lun-ven 9:00-12:00 »).` }
    const days = daysOf(match[1]!.replace(/:$/, '').trim())
    if (!days)
      return { error: `« ${match[1]} » : jours non reconnus (ex. « lun-ven », « sam », « mar et jeu »).` }
    const rest = match[2]!.trim()
    if (/^ferm[ée]e?s?$/i.test(rest)) continue
    const spans: [string, string][] = []
    for (const piece of rest
      .split(/\s*(?:,|\bet\b|\/)\s*|\s+(?=\d{1,2}\s*[:h]?\s*\d{0,2}\s*(?:-|–|à)\s*\d)/i)
      .filter(Boolean)) {
      const range = RANGE.exec(piece.trim())
      const start = range && time(range[1]!, range[2])
      const end = range && time(range[3]!, range[4])
      if (!start || !end)
        return { error: `« ${piece} » : plage horaire non reconnue (ex. « 9:00-12:00 » ou « 14h-17h30 »).` }
      spans.push([start, end])
    }
    for (const day of days) hours[day] = [...(hours[day] ?? []), ...spans]
  }
  const checked = weeklyHours.safeParse(hours)
  if (!checked.success) {
    const issue = checked.error.issues[0]!
    return { error: `${String(issue.path[0] ?? '')} : ${issue.message}`.replace(/^ : /, '') }
  }
  return { hours: checked.data }
}

/** The readable form of weekly hours, one part a day: what `readHoursText` reads back. */
export function hoursText(hours: WeeklyHours): string {
  return weekDays
    .filter((day) => hours[day]?.length)
    .map((day) => `${shortNames[day]} ${hours[day]!.map(([a, b]) => `${a}-${b}`).join(' ')}`)
    .join('; ')
}
