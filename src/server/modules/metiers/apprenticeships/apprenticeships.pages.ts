import type { PortalDocument } from '../page-document'
import { escapeHtml } from '../page-html'

const page = {
  title: 'L’apprentissage dans les métiers du lien',
  description:
    'Les places d’apprentissage des employeurs du social et du médico-social près de chez vous, et votre demande : les employeurs qui vous correspondent vous proposent un contact.',
}

/** The server's page for `/metiers/apprentissage`; the portal fills in the places. */
export function apprenticeshipsDocument(rest: string, url: string): PortalDocument | null {
  if (rest !== 'apprentissage') return null
  return {
    head: { title: page.title, description: page.description, canonicalPath: '/metiers/apprentissage' },
    mainHtml: `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.description)}</p>`,
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}
