/** The search page: the first page of results for the query string, as a plain list. */
import type {
  OfferSearchAnswerView,
  OfferSearchResultView,
} from '../../../shared/modules/metiers/search.contract'
import {
  contractLabels,
  salaryPeriodLabels,
  workPatternLabels,
  workTimeLabels,
} from '../../../shared/modules/metiers/metiers.constants'
import type { PortalDocument } from './page-document'
import { escapeHtml, frenchDate, frenchEuros, link } from './page-html'
import { offerPath } from './page-offer'

function resultSalary(result: OfferSearchResultView): string | null {
  const salary = result.salary
  if (!salary || (salary.minCents === null && salary.maxCents === null)) return null
  const amounts = [salary.minCents, salary.maxCents]
    .filter((c): c is number => c !== null)
    .filter((c, i, list) => list.indexOf(c) === i)
    .map((c) => frenchEuros(c / 100))
  return `${amounts.join(' à ')} brut ${salaryPeriodLabels[salary.period]}`
}

function resultItem(result: OfferSearchResultView): string {
  const where = `${result.commune} (${result.postcode})${result.distanceKm !== null ? ` – à ${Math.round(result.distanceKm)} km` : ''}`
  const facts = [
    contractLabels[result.contract],
    workTimeLabels[result.workTime],
    ...result.patterns.map((p) => workPatternLabels[p]),
    resultSalary(result),
    result.answerRate !== null ? `répond à ${result.answerRate} % des candidatures` : null,
  ].filter(Boolean) as string[]
  return [
    '<li>',
    `<h2>${link(offerPath(result.slug), result.title)}</h2>`,
    `<p>${escapeHtml(result.employer.name)} – ${escapeHtml(where)}</p>`,
    `<p>${escapeHtml(facts.join(' · '))}</p>`,
    `<p>Publiée le ${escapeHtml(frenchDate(result.publishedAt))}</p>`,
    '</li>',
  ].join('')
}

/** « 12 offres à 20 km de Besançon », said the way the page's heading reads. */
export function searchHeading(answer: OfferSearchAnswerView): string {
  const count =
    answer.total === 0
      ? 'Aucune offre'
      : answer.total === 1
        ? '1 offre'
        : `${answer.total.toLocaleString('fr-FR')} offres`
  const what = answer.fiche ? ` de ${answer.fiche.title.toLowerCase()}` : ''
  const where = answer.lieu
    ? ` à ${answer.rayonEffectif ?? answer.rayon ?? ''} km de ${answer.lieu.name}`.replace(' à  km', ' près')
    : ''
  return `${count}${what}${where}`
}

export function searchMainHtml(answer: OfferSearchAnswerView): string {
  return [
    `<h1>Offres d’emploi : ${escapeHtml(searchHeading(answer))}</h1>`,
    ...answer.notices.map((n) => `<p class="portail-avis" role="status">${escapeHtml(n)}</p>`),
    answer.results.length
      ? `<ul class="portail-resultats">${answer.results.map(resultItem).join('')}</ul>`
      : '<p>Aucune offre ne correspond à cette recherche. Élargissez le rayon ou retirez un filtre.</p>',
  ].join('')
}

export function searchDocument(
  answer: OfferSearchAnswerView,
  url: string,
  canonicalPath: string,
): PortalDocument {
  const heading = searchHeading(answer)
  return {
    head: {
      title: `Offres d’emploi du social et du médico-social${answer.lieu ? ` près de ${answer.lieu.name}` : ''}`,
      description: `${heading}. Aide à domicile, aide-soignant, éducateur, assistant familial… Postulez en deux minutes depuis votre téléphone.`,
      canonicalPath,
    },
    mainHtml: searchMainHtml(answer),
    initial: { page: 'offres', status: 200, url, data: answer },
  }
}

/** A query string the search cannot read (an unknown filter value): the page says why, not indexed. */
export function searchRefusedDocument(refusal: string, url: string): PortalDocument {
  return {
    head: {
      title: 'Offres d’emploi du social et du médico-social',
      description: 'Cherchez une offre d’emploi du social et du médico-social près de chez vous.',
      canonicalPath: '/metiers/offres',
      noindex: true,
    },
    mainHtml: `<h1>Offres d’emploi</h1><p class="portail-avis" role="alert">${escapeHtml(refusal)}</p><p>${link('/metiers/offres', 'Voir toutes les offres')}</p>`,
    initial: { page: 'offres', status: 200, url, data: null },
  }
}
