import type { PortalDocument } from '../page-document'

export const contactPagePath = '/metiers/contact'

/**
 * The server's page for « Écrire à la plateforme » (`/metiers/contact`): its title and what it is
 * for; the portal asks for the form (its question against robots changes at each visit).
 */
export function contactDocument(rest: string, url: string): PortalDocument | null {
  if (`/metiers/${rest}` !== contactPagePath) return null
  const title = 'Écrire à la plateforme'
  const description =
    'Une question sur un métier du lien, une formation, une offre ou votre compte candidat : écrivez-nous, une personne vous répond par e-mail.'
  return {
    head: { title, description, canonicalPath: contactPagePath },
    mainHtml: `<h1>${title}</h1><p>${description}</p>`,
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}
