// Why a result answers the search, in words an agent can repeat to the person.
import {
  directoryThemeLabels,
  languageLabels,
  minutesOf,
  publicLabels,
  referralModeLabels,
  subThemeLabels,
  weekDayOfJsDay,
  type ReferralMode,
} from '../../../shared/modules/partenaires/directory.constants'
import {
  frenchTime,
  hoursOn,
  parisClock,
  shortRanges,
  type Schedule,
} from '../../../shared/modules/partenaires/opening-hours'
import { normaliseWord, wordMatches } from '../../../shared/modules/partenaires/query-interpretation'
import type { AppliedSearchView, MatchReasonView } from '../../../shared/modules/partenaires/search.contract'
import type { Origin, SearchRow } from './search.repository'
import { weekday } from '../../../shared/dates'

/** "450 m", "1,2 km", "12 km". */
export function frenchDistance(meters: number): string {
  if (meters < 1000) return `${Math.max(10, Math.round(meters / 10) * 10)} m`
  if (meters < 10_000) return `${(Math.round(meters / 100) / 10).toLocaleString('fr-FR')} km`
  return `${Math.round(meters / 1000)} km`
}

const words = (text: string) =>
  normaliseWord(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** The words of the search found in the service's text (each forgiving a typo, or as a beginning). */
export function matchedWords(query: string, searchText: string): string[] {
  const text = words(searchText)
  const typed = query.split(/[\s\-’']+/).filter((w) => w.length >= 2)
  return typed.filter((w) => {
    const n = normaliseWord(w)
    return text.some((t) => wordMatches(t, n) || (n.length >= 3 && t.startsWith(n)))
  })
}

/** "de 16 à 25 ans", "à partir de 18 ans", "jusqu’à 25 ans", "sans limite d’âge". */
export function ageLimits(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `de ${min} à ${max} ans`
  if (min !== null) return `à partir de ${min} ans`
  if (max !== null) return `jusqu’à ${max} ans`
  return 'sans limite d’âge'
}

export function matchReasons(
  r: SearchRow,
  schedule: Schedule,
  now: Date,
  applied: AppliedSearchView,
  origin: (Origin & { label: string }) | null,
): MatchReasonView[] {
  const reasons: MatchReasonView[] = []
  if (applied.q.trim()) {
    const found = matchedWords(applied.q, r.searchText)
    reasons.push({
      kind: 'texte',
      label: found.length > 0 ? `mots : ${found.join(', ')}` : `texte proche de « ${applied.q.trim()} »`,
    })
  }
  const themes = applied.themes.filter((t) => r.themes.includes(t))
  if (themes.length > 0)
    reasons.push({
      kind: 'theme',
      label: `thème : ${themes.map((t) => directoryThemeLabels[t]).join(', ')}`,
    })
  const subs = applied.subThemes.filter((t) => r.subThemes.includes(t))
  if (subs.length > 0) reasons.push({ kind: 'theme', label: subs.map((t) => subThemeLabels[t]).join(', ') })
  if (applied.publics.length > 0) {
    const served = applied.publics.filter((p) => r.publics.includes(p))
    reasons.push({
      kind: 'public',
      label: served.length > 0 ? `pour : ${served.map((p) => publicLabels[p]).join(', ')}` : 'tout public',
    })
  }
  if (applied.age !== null)
    reasons.push({ kind: 'public', label: `pour ${applied.age} ans : ${ageLimits(r.ageMin, r.ageMax)}` })
  if (applied.language)
    reasons.push({
      kind: 'langue',
      label: `parle ${languageLabels[applied.language].toLowerCase()}`,
    })
  if (applied.wheelchair) reasons.push({ kind: 'accessibilite', label: 'accessible en fauteuil roulant' })
  if (applied.hearingLoop) reasons.push({ kind: 'accessibilite', label: 'boucle magnétique' })
  if (applied.referralModes.length > 0)
    reasons.push({
      kind: 'orientation',
      label: referralModeLabels[r.referralMode as ReferralMode].toLowerCase(),
    })
  if (applied.openNow) {
    const { date, minutes } = parisClock(now)
    const current = hoursOn(schedule, date).ranges.find(
      ([a, b]) => minutesOf(a) <= minutes && minutes < minutesOf(b),
    )
    if (current)
      reasons.push({ kind: 'horaires', label: `ouvert maintenant, jusqu’à ${frenchTime(current[1])}` })
  } else if (applied.openOn) {
    const after = applied.openAfter ? minutesOf(applied.openAfter) : 0
    const ranges = hoursOn(schedule, applied.openOn).ranges.filter(([, end]) => minutesOf(end) > after)
    const today = parisClock(now).date
    const day =
      applied.openOn === today
        ? applied.openAfter
          ? 'ce soir'
          : 'aujourd’hui'
        : weekDayOfJsDay(weekday(applied.openOn))
    if (ranges.length > 0) reasons.push({ kind: 'horaires', label: `ouvert ${day} ${shortRanges(ranges)}` })
  }
  if (origin && r.distance !== null)
    reasons.push({ kind: 'distance', label: `à ${frenchDistance(r.distance)} de ${origin.label}` })
  return reasons
}
