/** A territory's campaign page and the portal's home (the list of territories). */
import type { PublicCampaignView } from '../../../shared/modules/metiers/campaigns.contract'
import { territoryLogoPath, type PortalHomeData } from '../../../shared/modules/metiers/pages.contract'
import type { PortalDocument } from './page-document'
import { shareableLogoPath } from './page-logo'
import { escapeHtml, link, plainSummary } from './page-html'
import { sanitizeRichText } from './rich-text'

export const campaignPath = (slug: string) => `/metiers/territoires/${encodeURIComponent(slug)}`
const fichePath = (slug: string) => `/metiers/fiches/${encodeURIComponent(slug)}`

export function campaignMainHtml(page: PublicCampaignView): string {
  return [
    `<h1>${escapeHtml(page.title)}</h1>`,
    page.message ? `<p class="portail-accroche">${escapeHtml(page.message)}</p>` : '',
    page.introHtml.trim() ? sanitizeRichText(page.introHtml) : '',
    page.featuredFiches.length
      ? `<h2>Des métiers qui recrutent</h2><ul class="portail-resultats">${page.featuredFiches
          .map(
            (f) =>
              `<li><h3>${link(fichePath(f.slug), f.title)}</h3>${f.summary ? `<p>${escapeHtml(f.summary)}</p>` : ''}</li>`,
          )
          .join('')}</ul>`
      : '',
    page.featuredPortraits.length
      ? `<h2>Ils et elles en parlent</h2><ul class="portail-resultats">${page.featuredPortraits
          .map(
            (p) =>
              `<li><h3>${escapeHtml(p.name)}, ${escapeHtml(p.roleLabel)}</h3>${
                p.quote ? `<blockquote><p>${escapeHtml(p.quote)}</p></blockquote>` : ''
              }<p>${link(fichePath(p.ficheSlug), `Le métier : ${p.ficheTitle}`)}</p></li>`,
          )
          .join('')}</ul>`
      : '',
    page.events.length
      ? `<h2>Prochains événements</h2><ul>${page.events
          .map(
            (e) =>
              `<li>${e.href ? link(e.href, e.title) : escapeHtml(e.title)} – ${escapeHtml(e.place)}</li>`,
          )
          .join('')}</ul>`
      : '',
    page.localOffers
      ? `<h2>Les offres du territoire</h2><p>${link(page.localOffers.href, `Voir les offres à ${page.area.radiusKm} km de ${page.area.commune}`)}</p>`
      : '',
  ].join('')
}

export function campaignDocument(page: PublicCampaignView, url: string): PortalDocument {
  const description =
    plainSummary(`${page.message ? `${page.message}. ` : ''}${page.introHtml}`) || page.title
  return {
    head: {
      title: page.title,
      description,
      canonicalPath: campaignPath(page.slug),
      image: shareableLogoPath(territoryLogoPath(page.slug), page.logoDataUrl),
      imageAlt: `Logo de ${page.organisationName}`,
    },
    mainHtml: campaignMainHtml(page),
    initial: { page: 'territoire', status: 200, url, data: page },
  }
}

/** The portal's home: the jobs, and each territory's page. */
export function homeDocument(home: PortalHomeData, url: string): PortalDocument {
  const { territories, fiches } = home
  return {
    head: {
      title: 'Métiers du lien',
      description:
        'Découvrez les métiers du social et du médico-social près de chez vous, les employeurs qui recrutent, et postulez en deux minutes.',
      canonicalPath: '/metiers',
    },
    mainHtml: [
      '<h1>Les métiers du lien</h1>',
      '<p class="portail-accroche">Des métiers qui ont du sens, près de chez vous.</p>',
      `<p>${link('/metiers/offres', 'Chercher une offre d’emploi')}</p>`,
      fiches.length
        ? `<h2>Découvrir les métiers</h2><ul class="portail-resultats">${fiches
            .map(
              (f) =>
                `<li><h3>${link(fichePath(f.slug), f.title)}</h3>${f.summary ? `<p>${escapeHtml(f.summary)}</p>` : ''}</li>`,
            )
            .join('')}</ul>`
        : '',
      territories.length
        ? `<h2>Les territoires</h2><ul class="portail-resultats">${territories
            .map(
              (t) =>
                `<li><h3>${link(campaignPath(t.slug), t.title)}</h3><p>${escapeHtml(t.organisationName)}${t.message ? ` – ${escapeHtml(t.message)}` : ''}</p></li>`,
            )
            .join('')}</ul>`
        : '',
    ].join(''),
    initial: { page: 'accueil', status: 200, url, data: home },
  }
}
