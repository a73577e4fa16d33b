import { useTranslation } from 'react-i18next'
import {
  answerChannels,
  orientationOutcomes,
  requestChannels,
  requestStates,
  requestThemes,
  type AnswerChannel,
  type OrientationOutcome,
  type RequestChannel,
  type RequestState,
  type RequestTheme,
} from '../../../shared/modules/accueil/accueil.constants'
import { parisDate } from '../../../shared/dates'

/** Labels of the accueil constants in the interface language. */
export function useAccueilLabels() {
  const { t } = useTranslation()
  const channel = (c: RequestChannel) => t(`accueil.channels.${c}`)
  const theme = (th: RequestTheme) => t(`accueil.themes.${th}`)
  const state = (s: RequestState) => t(`accueil.states.${s}`)
  const answerChannel = (c: AnswerChannel) => t(`accueil.answerChannels.${c}`)
  const outcome = (o: OrientationOutcome) => t(`accueil.outcomes.${o}`)
  return {
    channel,
    theme,
    state,
    answerChannel,
    outcome,
    themes: (list: readonly RequestTheme[]) => list.map(theme).join(', '),
    channelOptions: requestChannels.map((c) => ({ id: c, label: channel(c) })),
    themeOptions: requestThemes.map((th) => ({ id: th, label: theme(th) })),
    stateOptions: requestStates.map((s) => ({ id: s, label: state(s) })),
    answerChannelOptions: answerChannels.map((c) => ({ id: c, label: answerChannel(c) })),
    outcomeOptions: orientationOutcomes.map((o) => ({ id: o, label: outcome(o) })),
  }
}

export const isChannel = (v: unknown): v is RequestChannel => requestChannels.some((c) => c === v)
export const isTheme = (v: unknown): v is RequestTheme => requestThemes.some((c) => c === v)
export const isState = (v: unknown): v is RequestState => requestStates.some((c) => c === v)
export const isAnswerChannel = (v: unknown): v is AnswerChannel => answerChannels.some((c) => c === v)
export const isOutcome = (v: unknown): v is OrientationOutcome => orientationOutcomes.some((c) => c === v)

/** A civil date (2026-07-15) as people read it: "mercredi 15 juillet 2026". */
export function formatCivilDate(date: string, language: string, withWeekday = true): string {
  const d = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return date
  return new Intl.DateTimeFormat(language, {
    weekday: withWeekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d)
}

/** Today in Paris, as a civil date. */
export const todayInParis = () => parisDate(new Date())

/** A share between 0 and 1 as a percentage in the interface language. */
export const formatShare = (share: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share)

export const formatNumber = (n: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n)

/** How a person found by the search is named, as on requests: "Hélène LEFÈVRE", else the pseudonym. */
export function usagerName(u: {
  firstName: string | null
  lastName: string | null
  birthName?: string | null
  pseudonym?: string | null
}): string {
  const name = [u.firstName, u.lastName?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ')
  return name || u.pseudonym || u.birthName?.toLocaleUpperCase('fr-FR') || '—'
}
