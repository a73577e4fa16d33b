/** The page of a fiche métier: what the job is, a day in it, diplomas, pay, portraits. */
import type { PublicFicheView } from '../../../shared/modules/metiers/fiches.contract'
import { trainingRouteLabels } from '../../../shared/modules/metiers/metiers.constants'
import type { PortalDocument } from './page-document'
import { shareableImage } from './page-head'
import { escapeHtml, frenchEuros, link, plainSummary } from './page-html'
import { sanitizeRichText } from './rich-text'

export const fichePath = (slug: string) => `/metiers/fiches/${encodeURIComponent(slug)}`

const section = (title: string, html: string) =>
  html.trim() ? `<h2>${escapeHtml(title)}</h2>${sanitizeRichText(html)}` : ''

function payLine(pay: PublicFicheView['pay'][number]): string {
  const amounts =
    pay.minMonthlyGrossCents !== null && pay.maxMonthlyGrossCents !== null
      ? pay.minMonthlyGrossCents === pay.maxMonthlyGrossCents
        ? `${frenchEuros(pay.minMonthlyGrossCents / 100)} brut par mois`
        : `de ${frenchEuros(pay.minMonthlyGrossCents / 100)} à ${frenchEuros(pay.maxMonthlyGrossCents / 100)} brut par mois`
      : 'montants à venir'
  const detail = [pay.grades.join(', '), pay.note].filter(Boolean).join(' – ')
  return `<li><strong>${escapeHtml(pay.employerLabel)}</strong> : ${escapeHtml(amounts)}${detail ? ` (${escapeHtml(detail)})` : ''}</li>`
}

export function ficheMainHtml(fiche: PublicFicheView): string {
  const searchHref = `/metiers/offres?fiche=${encodeURIComponent(fiche.slug)}`
  return [
    `<p>${link('/metiers', 'Les métiers du lien')}</p>`,
    `<h1>${escapeHtml(fiche.title)}</h1>`,
    fiche.summary ? `<p class="portail-accroche">${escapeHtml(fiche.summary)}</p>` : '',
    `<p>${link(searchHref, `Voir les offres : ${fiche.title}`)}</p>`,
    section('Le métier', fiche.whatHtml),
    section('Une journée', fiche.dayHtml),
    fiche.diplomas.length
      ? `<h2>Diplômes</h2><ul>${fiche.diplomas
          .map((d) => {
            const routes = d.routes.map((r) => trainingRouteLabels[r].toLowerCase()).join(', ')
            const level = d.rncpLevel ? `niveau ${d.rncpLevel}` : ''
            const detail = [level, routes ? `par ${routes}` : '', d.note].filter(Boolean).join(' – ')
            return `<li>${escapeHtml(d.name)}${detail ? ` (${escapeHtml(detail)})` : ''}</li>`
          })
          .join('')}</ul>`
      : '',
    section('Se former, changer de métier', fiche.routesHtml),
    fiche.pay.length
      ? `<h2>Rémunération selon l’employeur</h2><ul>${fiche.pay.map(payLine).join('')}</ul><p>Salaire brut de début et de fin de carrière, hors primes.</p>`
      : '',
    fiche.portraits.length
      ? `<h2>Ils et elles font ce métier</h2>${fiche.portraits
          .map(
            (p) =>
              `<h3>${escapeHtml(p.name)}, ${escapeHtml(p.roleLabel)}${p.workplace ? ` – ${escapeHtml(p.workplace)}` : ''}</h3>${
                p.quote ? `<blockquote><p>${escapeHtml(p.quote)}</p></blockquote>` : ''
              }${p.storyHtml.trim() ? sanitizeRichText(p.storyHtml) : ''}`,
          )
          .join('')}`
      : '',
    `<p>Code ROME ${escapeHtml(fiche.codeRome)}${fiche.romeLabel ? ` : ${escapeHtml(fiche.romeLabel)}` : ''}</p>`,
  ].join('')
}

export function ficheDocument(fiche: PublicFicheView, url: string): PortalDocument {
  const photo = fiche.portraits.find((p) => shareableImage(p.photoUrl))
  return {
    head: {
      title: `${fiche.title} : le métier, les formations, le salaire`,
      description: plainSummary(fiche.summary || fiche.whatHtml),
      canonicalPath: fichePath(fiche.slug),
      image: photo?.photoUrl ?? null,
      imageAlt: photo?.photoAlt,
    },
    mainHtml: ficheMainHtml(fiche),
    initial: { page: 'fiche', status: 200, url, data: fiche },
  }
}
