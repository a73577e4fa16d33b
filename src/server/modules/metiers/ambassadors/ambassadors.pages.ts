import { ambassadorPages } from '../../../../shared/modules/metiers/ambassadors.constants'
import type { PortalDocument } from '../page-document'
import { escapeHtml } from '../page-html'

const directory = {
  title: 'Rencontrer un professionnel des métiers du lien',
  description:
    'Des aides à domicile, aides-soignants, éducateurs et assistants familiaux bénévoles racontent leur métier : en classe, sur un forum, au téléphone ou sur leur lieu de travail.',
}

/**
 * The server's page for the ambassadors' addresses (`/metiers/ambassadeurs` and each profile): a
 * title and what the page is for; the portal fills in the directory and the booking form.
 */
export function ambassadorsDocument(rest: string, url: string): PortalDocument | null {
  const path = `/metiers/${rest}`
  const isDirectory = path === ambassadorPages.directory()
  if (!isDirectory && !/^\/metiers\/ambassadeurs\/[0-9a-f-]{36}$/.test(path)) return null
  return {
    head: { title: directory.title, description: directory.description, canonicalPath: path },
    mainHtml: `<h1>${escapeHtml(directory.title)}</h1><p>${escapeHtml(directory.description)}</p>`,
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}
