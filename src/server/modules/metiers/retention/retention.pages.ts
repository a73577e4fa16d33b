import { retentionPages } from '../../../../shared/modules/metiers/retention.constants'
import type { PortalDocument } from '../page-document'
import { escapeHtml } from '../page-html'

const documents: Record<string, { title: string; description: string }> = {
  [retentionPages.pointDeChute]: {
    title: 'Point de chute : toilettes et salles de pause pour les intervenants à domicile',
    description:
      'Les mairies, EHPAD, CCAS et médiathèques qui accueillent les intervenants à domicile pendant leur tournée : horaires, accès, équipements. La carte reste utilisable hors connexion.',
  },
  [retentionPages.housing]: {
    title: 'Se loger près de son travail',
    description:
      'Résidences, foyers de jeunes travailleurs, logements d’employeurs et chambres chez l’habitant pour les stagiaires, apprentis et nouveaux professionnels.',
  },
  [retentionPages.childcare]: {
    title: 'Faire garder ses enfants aux horaires décalés',
    description:
      'Crèches ouvertes tôt, tard, le week-end ou la nuit, relais petite enfance et assistantes maternelles, pour les professionnels aux horaires atypiques.',
  },
  [retentionPages.listening]: {
    title: 'Ligne d’écoute des professionnels',
    description: 'Réservez un créneau : une personne de l’équipe vous rappelle, en toute confidentialité.',
  },
}

/**
 * The server's page for the reasons-to-stay addresses (`/metiers/point-de-chute`, `/metiers/se-loger`,
 * `/metiers/faire-garder`, `/metiers/ligne-ecoute`, and its cancel page, not indexed): a title and what
 * the page is for; the portal fills in the lists.
 */
export function retentionDocument(rest: string, url: string): PortalDocument | null {
  const path = `/metiers/${rest}`
  if (path === `${retentionPages.listening}/annulation`)
    return {
      head: {
        title: 'Annuler un rappel',
        description: 'Annuler un rappel de la ligne d’écoute.',
        canonicalPath: retentionPages.listening,
        noindex: true,
      },
      mainHtml: '<h1>Annuler un rappel</h1>',
      initial: { page: 'compte', status: 200, url, data: null },
    }
  const doc = documents[path]
  if (!doc) return null
  return {
    head: { title: doc.title, description: doc.description, canonicalPath: path },
    mainHtml: `<h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.description)}</p>`,
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}
