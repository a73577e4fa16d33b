import {
  contractLabels,
  workPatternLabels,
  workTimeLabels,
} from '../../../shared/modules/metiers/metiers.constants'
import type { OfferSearchResultView } from '../../../shared/modules/metiers/search.contract'
import type { Mail } from '../../platform/mailer'

// Subjects carry neither the alert's name nor the address: they show on lock screens and in logs.

export const alertPages = {
  confirm: (token: string) => `/metiers/alertes/confirmer/${encodeURIComponent(token)}`,
  unsubscribe: (token: string) => `/metiers/alertes/desabonner/${encodeURIComponent(token)}`,
  offer: (slug: string) => `/metiers/offres/${encodeURIComponent(slug)}`,
}

/** Days a confirmation link stays good; an unconfirmed search is then forgotten. */
export const ALERT_CONFIRM_DAYS = 7

/** Offers listed in one alert e-mail; the link to the search shows the rest. */
export const ALERT_MAX_OFFERS = 20

export function confirmAlertMail(input: {
  to: string
  label: string
  description: string
  publicUrl: string
  token: string
}): Mail {
  return {
    to: input.to,
    subject: 'Confirmez votre alerte d’offres d’emploi',
    text:
      `Bonjour,\n\n` +
      `Vous avez demandé à recevoir par e-mail les nouvelles offres de la recherche « ${input.label} » ` +
      `(${input.description}) sur le portail des métiers du lien.\n\n` +
      `Pour confirmer, ouvrez ce lien dans les ${ALERT_CONFIRM_DAYS} jours :\n` +
      `${input.publicUrl}${alertPages.confirm(input.token)}\n\n` +
      `Sans confirmation, vous ne recevrez rien et votre adresse sera effacée.\n` +
      `Si vous n’avez rien demandé, ignorez ce message.\n`,
  }
}

function offerLines(offer: OfferSearchResultView, publicUrl: string): string {
  const facts = [
    contractLabels[offer.contract],
    workTimeLabels[offer.workTime],
    ...offer.patterns.map((p) => workPatternLabels[p]),
  ].join(', ')
  return [
    `• ${offer.title}`,
    `  ${offer.employer.name}, ${offer.commune} (${offer.postcode})`,
    `  ${facts}`,
    `  ${publicUrl}${alertPages.offer(offer.slug)}`,
  ].join('\n')
}

/** The new offers of one saved search, with the way out in one click. */
export function searchAlertMail(input: {
  to: string
  label: string
  description: string
  offers: OfferSearchResultView[]
  total: number
  publicUrl: string
  searchPath: string
  unsubscribeToken: string
}): Mail {
  const unsubscribeUrl = `${input.publicUrl}${alertPages.unsubscribe(input.unsubscribeToken)}`
  const count = input.total === 1 ? 'Une nouvelle offre' : `${input.total} nouvelles offres`
  const more =
    input.total > input.offers.length
      ? `\nEt ${input.total - input.offers.length} autres : ${input.publicUrl}${input.searchPath}\n`
      : `\nToute la recherche : ${input.publicUrl}${input.searchPath}\n`
  return {
    to: input.to,
    subject:
      input.total === 1
        ? 'Une nouvelle offre d’emploi pour votre alerte'
        : 'Nouvelles offres d’emploi pour votre alerte',
    text:
      `Bonjour,\n\n` +
      `${count} pour votre alerte « ${input.label} » (${input.description}) :\n\n` +
      input.offers.map((offer) => offerLines(offer, input.publicUrl)).join('\n\n') +
      '\n' +
      more +
      `\nNe plus recevoir cette alerte, en un clic : ${unsubscribeUrl}\n`,
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>` },
  }
}
