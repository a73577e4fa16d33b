import type { PortalDocument } from '../page-document'
import { escapeHtml } from '../page-html'

const list = {
  title: 'Immersions : découvrir un métier du lien sur le terrain',
  description:
    'Quelques jours auprès de professionnels (EHPAD, aide à domicile, protection de l’enfance…) pour voir un métier de près, confirmer son projet ou se faire connaître d’un employeur. Demande en ligne, convention à signer.',
}

/**
 * The server's page for `/metiers/immersions` and `/metiers/immersions/:id`: a title and what the
 * page is for; the portal fills in the list or the immersion (and answers « introuvable » itself).
 */
export function immersionsDocument(rest: string, url: string): PortalDocument | null {
  if (rest === 'immersions')
    return {
      head: { title: list.title, description: list.description, canonicalPath: '/metiers/immersions' },
      mainHtml: `<h1>${escapeHtml(list.title)}</h1><p>${escapeHtml(list.description)}</p>`,
      initial: { page: 'accueil', status: 200, url, data: null },
    }
  const one = /^immersions\/([0-9a-f-]{36})$/.exec(rest)
  if (!one) return null
  return {
    head: {
      title: 'Une immersion de découverte',
      description: list.description,
      canonicalPath: `/metiers/immersions/${one[1]}`,
    },
    mainHtml: `<h1>Une immersion de découverte</h1><p>${escapeHtml(list.description)}</p>`,
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}
