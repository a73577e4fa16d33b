import type { PortalDocument } from '../page-document'
import { escapeHtml } from '../page-html'

const catalogue = {
  title: 'Se former aux métiers du lien : formations près de chez vous',
  description:
    'Diplômes d’État, titres professionnels et CAP du social et du médico-social : en apprentissage, en formation initiale, par la VAE ou en formation continue, avec les prochaines sessions, les places et les financements.',
}

const mallette = {
  title: 'Mallette de l’alternance',
  description:
    'Guides, formulaires et veille juridique pour les apprentis, leurs tuteurs et les employeurs du social et du médico-social.',
}

const publicDocument = (
  page: { title: string; description: string },
  canonicalPath: string,
  url: string,
): PortalDocument => ({
  head: { title: page.title, description: page.description, canonicalPath },
  mainHtml: `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.description)}</p>`,
  initial: { page: 'accueil', status: 200, url, data: null },
})

/**
 * The server's page for the catalogue of trainings, one training, the mallette de l'alternance and an
 * employer's welcome kit for apprentices (reached through its key only: never indexed). The portal
 * fills in the lists and answers « introuvable » itself.
 */
export function trainingsDocument(rest: string, url: string): PortalDocument | null {
  if (rest === 'formations') return publicDocument(catalogue, '/metiers/formations', url)
  const training = /^formations\/([\w-]{1,120})$/.exec(rest)
  if (training) return publicDocument(catalogue, `/metiers/formations/${training[1]}`, url)
  if (rest === 'mallette') return publicDocument(mallette, '/metiers/mallette', url)
  if (/^employeurs\/[0-9a-f-]{36}\/accueil-apprentis$/.test(rest))
    return {
      head: {
        title: 'Livret d’accueil des apprentis',
        description: 'Le livret d’accueil d’un employeur pour ses apprentis.',
        canonicalPath: '/metiers/formations',
        noindex: true,
      },
      mainHtml: '<h1>Livret d’accueil des apprentis</h1>',
      initial: { page: 'accueil', status: 200, url, data: null },
    }
  return null
}
