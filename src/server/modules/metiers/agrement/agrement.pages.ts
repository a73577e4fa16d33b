import type { PortalDocument } from '../page-document'
import { escapeHtml } from '../page-html'

const page = {
  title: 'Devenir assistant familial',
  description:
    'Accueillir chez soi des enfants confiés à l’aide sociale à l’enfance : le métier, l’agrément du département, ses étapes et ses délais, et les prochaines réunions d’information.',
}

/** The server's page for `/metiers/assistant-familial`; the portal fills in the next meetings. */
export function agrementDocument(rest: string, url: string): PortalDocument | null {
  if (rest !== 'assistant-familial') return null
  return {
    head: { title: page.title, description: page.description, canonicalPath: '/metiers/assistant-familial' },
    mainHtml: `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.description)}</p>`,
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}
