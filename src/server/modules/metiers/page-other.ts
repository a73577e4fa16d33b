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

/** The accessibility statement: public and indexed, rendered in full like the other public pages. */
export function accessibilityDocument(url: string): PortalDocument {
  return {
    head: {
      title: 'Déclaration d’accessibilité',
      description: 'État de conformité du portail des métiers du lien au RGAA et voies de recours.',
      canonicalPath: '/metiers/accessibilite',
    },
    mainHtml: [
      '<h1>Déclaration d’accessibilité</h1>',
      '<h2>État de conformité</h2>',
      '<p>Ce portail n’a pas encore fait l’objet d’un audit selon le RGAA 4.1 : il est donc déclaré non conforme. Chaque page est vérifiée automatiquement (axe), au clavier et sur téléphone.</p>',
      '<h2>Vous n’arrivez pas à utiliser une page ?</h2>',
      '<p>Écrivez au territoire ou à l’employeur indiqué sur la page : il vous répondra et vous aidera à postuler autrement.</p>',
      '<h2>Voies de recours</h2>',
      '<p>Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (defenseurdesdroits.fr).</p>',
    ].join(''),
    initial: { page: 'accessibilite', status: 200, url, data: null },
  }
}
