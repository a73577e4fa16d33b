/** Pages with no content of their own on the server: not found, and the portal's private pages. */
import type { PortalPage } from '../../../shared/modules/metiers/pages.contract'
import type { PortalDocument } from './page-document'
import { escapeHtml, link } from './page-html'

const what: Partial<Record<PortalPage, string>> = {
  fiche: 'Cette fiche métier n’existe pas ou n’est plus publiée.',
  offre: 'Cette offre n’existe pas ou n’est plus en ligne.',
  territoire: 'Cette page de territoire n’existe pas ou n’est plus publiée.',
}

/** A 404 page that still helps: where to look instead. */
export function notFoundDocument(page: PortalPage, url: string, canonicalPath: string): PortalDocument {
  return {
    head: {
      title: 'Page introuvable',
      description: 'Cette page du portail des métiers du lien est introuvable.',
      canonicalPath,
      noindex: true,
    },
    mainHtml: [
      '<h1>Page introuvable</h1>',
      `<p>${escapeHtml(what[page] ?? 'Cette adresse ne mène à aucune page.')}</p>`,
      `<ul><li>${link('/metiers/offres', 'Chercher une offre')}</li><li>${link('/metiers', 'Découvrir les métiers du lien')}</li></ul>`,
    ].join(''),
    initial: { page: 'introuvable', status: 404, url, data: null },
  }
}

/** Which portal page a private address is, from its first segment after /metiers/. */
export function privatePageOf(rest: string): PortalPage | null {
  const first = rest.split('/')[0]
  if (first === 'candidatures') return 'suivi'
  if (first === 'alertes') return 'alerte'
  if (first === 'compte') return 'compte'
  return null
}

const titles: Partial<Record<PortalPage, string>> = {
  suivi: 'Suivi de ma candidature',
  alerte: 'Mon alerte e-mail',
  compte: 'Mon espace candidat',
}

/**
 * Follow-up links, alert links and the candidate's space: personal, never indexed, and never
 * rendered on the server (their token or session is read by the portal through the API).
 */
export function privateDocument(page: PortalPage, url: string, canonicalPath: string): PortalDocument {
  const title = titles[page] ?? 'Métiers du lien'
  return {
    head: {
      title,
      description: 'Espace personnel du portail des métiers du lien.',
      canonicalPath,
      noindex: true,
    },
    mainHtml: `<h1>${escapeHtml(title)}</h1><noscript><p>Cette page a besoin de JavaScript.</p></noscript>`,
    initial: { page, status: 200, url, data: null },
  }
}
