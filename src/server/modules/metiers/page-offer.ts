/** The page of one offer: its facts, texts and employer, readable before any JavaScript runs. */
import type { PublicOfferView } from '../../../shared/modules/metiers/offers.contract'
import { employerLogoPath } from '../../../shared/modules/metiers/pages.contract'
import {
  contractLabels,
  employerSectorLabels,
  employerTypeLabels,
  salaryPeriodLabels,
  workPatternLabels,
  workTimeLabels,
} from '../../../shared/modules/metiers/metiers.constants'
import { jobPosting } from './job-posting'
import type { PortalDocument } from './page-document'
import { shareableLogoPath } from './page-logo'
import { escapeHtml, frenchDate, frenchEuros, link, plainSummary } from './page-html'
import { sanitizeRichText } from './rich-text'

export const offerPath = (slug: string) => `/metiers/offres/${encodeURIComponent(slug)}`

function salaryText(offer: PublicOfferView): string | null {
  if (!offer.salaryPeriod || (offer.salaryMin === null && offer.salaryMax === null)) return null
  const period = salaryPeriodLabels[offer.salaryPeriod]
  if (offer.salaryMin !== null && offer.salaryMax !== null && offer.salaryMin !== offer.salaryMax)
    return `De ${frenchEuros(offer.salaryMin)} à ${frenchEuros(offer.salaryMax)} brut ${period}`
  if (offer.salaryMin !== null && offer.salaryMax === null)
    return `À partir de ${frenchEuros(offer.salaryMin)} brut ${period}`
  if (offer.salaryMin === null && offer.salaryMax !== null)
    return `Jusqu’à ${frenchEuros(offer.salaryMax)} brut ${period}`
  return `${frenchEuros(offer.salaryMin ?? offer.salaryMax ?? 0)} brut ${period}`
}

function contractText(offer: PublicOfferView): string {
  const months = offer.contractMonths ? ` de ${offer.contractMonths} mois` : ''
  return `${contractLabels[offer.contract]}${months}`
}

function workTimeText(offer: PublicOfferView): string {
  return offer.weeklyHours
    ? `${workTimeLabels[offer.workTime]} (${String(offer.weeklyHours).replace('.', ',')} h par semaine)`
    : workTimeLabels[offer.workTime]
}

/** Why the offer no longer takes applications, in plain words. */
export function closedNotice(offer: PublicOfferView): string | null {
  if (offer.open) return null
  if (offer.state === 'pourvue') return 'Ce poste est pourvu : l’offre ne reçoit plus de candidatures.'
  return 'Cette offre a expiré : elle ne reçoit plus de candidatures.'
}

function facts(offer: PublicOfferView): [string, string][] {
  const list: [string, string][] = [
    ['Contrat', escapeHtml(contractText(offer))],
    ['Temps de travail', escapeHtml(workTimeText(offer))],
  ]
  const rhythm = [...offer.patterns.map((p) => workPatternLabels[p]), offer.scheduleNote].filter(Boolean)
  list.push(['Horaires', escapeHtml(rhythm.length ? rhythm.join(' ; ') : 'Horaires de journée')])
  const salary = salaryText(offer)
  if (salary) list.push(['Salaire', escapeHtml(salary)])
  if (offer.publicGrade) list.push(['Grade', escapeHtml(offer.publicGrade)])
  if (offer.dveReference)
    list.push([
      'Déclaration de vacance d’emploi',
      offer.dveUrl && /^https?:\/\//.test(offer.dveUrl)
        ? link(offer.dveUrl, offer.dveReference, 'rel="noopener"')
        : escapeHtml(offer.dveReference),
    ])
  if (offer.startDate) list.push(['Prise de poste', escapeHtml(frenchDate(offer.startDate))])
  const place = [offer.address, `${offer.postcode} ${offer.commune}`].filter(Boolean).join(', ')
  list.push(['Lieu', escapeHtml(place)])
  const benefits = [
    offer.serviceCar ? 'véhicule de service' : '',
    offer.housing ? 'logement proposé' : '',
    offer.childcare ? 'garde d’enfants à proximité' : '',
  ].filter(Boolean)
  if (benefits.length) list.push(['Avantages', escapeHtml(benefits.join(', '))])
  list.push(['Permis de conduire', offer.drivingLicence ? 'Demandé' : 'Pas demandé'])
  const rate = offer.employer.answerRate?.rate
  if (rate !== undefined && rate !== null)
    list.push([
      'Taux de réponse de l’employeur',
      escapeHtml(`${Math.round(rate)} % des candidatures ont reçu une réponse`),
    ])
  if (offer.publishedAt) list.push(['Publiée le', escapeHtml(frenchDate(offer.publishedAt))])
  if (offer.expiresAt && offer.open)
    list.push(['Candidatures jusqu’au', escapeHtml(frenchDate(offer.expiresAt))])
  return list
}

export function offerMainHtml(offer: PublicOfferView): string {
  const notice = closedNotice(offer)
  const employer = offer.employer
  const employerKind = [
    employer.employerType ? employerTypeLabels[employer.employerType] : '',
    employer.sector ? `secteur ${employerSectorLabels[employer.sector].toLowerCase()}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  return [
    `<p>${link('/metiers/offres', 'Toutes les offres')}</p>`,
    `<h1>${escapeHtml(offer.title)}</h1>`,
    `<p>${escapeHtml(employer.name)} – ${escapeHtml(offer.commune)} (${escapeHtml(offer.postcode)})</p>`,
    notice ? `<p class="portail-avis" role="status">${escapeHtml(notice)}</p>` : '',
    `<dl class="portail-faits">${facts(offer)
      .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`)
      .join('')}</dl>`,
    offer.job
      ? `<p>Découvrir le métier : ${link(`/metiers/fiches/${encodeURIComponent(offer.job.slug)}`, offer.job.title)}</p>`
      : '',
    `<h2>Le poste</h2>`,
    sanitizeRichText(offer.descriptionHtml),
    offer.profileHtml.trim() ? `<h2>Profil recherché</h2>${sanitizeRichText(offer.profileHtml)}` : '',
    `<h2>L’employeur</h2>`,
    `<p><strong>${escapeHtml(employer.name)}</strong>${employerKind ? ` – ${escapeHtml(employerKind)}` : ''}</p>`,
    employer.description.trim() ? sanitizeRichText(employer.description) : '',
    employer.website && /^https?:\/\//.test(employer.website)
      ? `<p>${link(employer.website, 'Site de l’employeur', 'rel="noopener"')}</p>`
      : '',
  ].join('')
}

export function offerDocument(offer: PublicOfferView, url: string, publicUrl: string): PortalDocument {
  const path = offerPath(offer.slug)
  const notice = closedNotice(offer)
  const description = plainSummary(
    `${notice ? `${notice} ` : ''}${offer.employer.name}, ${offer.commune} : ${contractText(offer)}, ${workTimeText(offer).toLowerCase()}. ${offer.descriptionHtml}`,
  )
  return {
    head: {
      title: `${offer.title} à ${offer.commune} – ${offer.employer.name}`,
      description,
      canonicalPath: path,
      image: shareableLogoPath(employerLogoPath(offer.employer.organisationId), offer.employer.logoDataUrl),
      imageAlt: `Logo de ${offer.employer.name}`,
      jsonLd: jobPosting(offer, `${publicUrl.replace(/\/$/, '')}${path}`),
    },
    mainHtml: offerMainHtml(offer),
    initial: { page: 'offre', status: 200, url, data: offer },
  }
}
