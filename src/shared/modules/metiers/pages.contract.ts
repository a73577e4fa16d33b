/**
 * Métiers — the public portal's pages served as HTML with their content already in `<main>`, their
 * title, description, canonical URL, Open Graph and (offers) JobPosting JSON-LD, plus the sitemap
 * and robots.txt. Every page is the built `metiers.html` filled by the server; the React portal
 * starts from the same data, read from `<script type="application/json" id="donnees-initiales">`.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import type { TerritorySummaryView } from './campaigns.contract'
import type { FicheListItemView } from './fiches.contract'

const slugParams = z.object({
  slug: z
    .string()
    .min(1, { message: 'Adresse de page incomplète.' })
    .max(200, { message: 'Adresse de page trop longue.' }),
})

/** An HTML (or XML, or text) answer written by the handler; short cache (60 s) for public pages. */
const page = <P extends z.ZodType | undefined>(path: string, summary: string, params?: P) =>
  defineRoute({
    method: 'GET',
    path,
    summary,
    access: { kind: 'public' },
    ...(params ? { params } : {}),
    response: z.unknown(),
    raw: true,
  })

export const metiersPagesContract = {
  /** The portal's home: the platform's campaign, or the list of territories and jobs. */
  home: page('/metiers', 'Portail des métiers du lien : accueil (page HTML)'),
  fiche: page('/metiers/fiches/:slug', 'Fiche métier (page HTML avec son contenu)', slugParams),
  /** Filters in the query string, as the search API reads them; the first page of results is in the HTML. */
  search: page('/metiers/offres', 'Recherche d’offres (page HTML avec la première page de résultats)'),
  offer: page(
    '/metiers/offres/:slug',
    'Offre d’emploi (page HTML avec JSON-LD JobPosting quand elle est publiée)',
    slugParams,
  ),
  campaign: page('/metiers/territoires/:slug', 'Page de campagne d’un territoire (page HTML)', slugParams),
  /** Follow-up, alerts, candidate space: the portal shell, never indexed, no content. */
  other: page('/metiers/*', 'Autres pages du portail (suivi, alertes, espace candidat) : non indexées'),
  /** An employer's logo as an image file, for link previews (PNG, JPEG or WebP; not SVG). */
  employerLogo: page(
    '/metiers/logos/employeurs/:organisationId',
    'Logo d’un employeur (image pour le partage sur les réseaux sociaux)',
    z.object({ organisationId: z.uuid({ message: 'Identifiant d’employeur invalide.' }) }),
  ),
  /** A territory's logo (the organisation of its campaign page), the same way. */
  territoryLogo: page(
    '/metiers/logos/territoires/:slug',
    'Logo d’un territoire (image pour le partage sur les réseaux sociaux)',
    slugParams,
  ),
  sitemap: page('/sitemap.xml', 'Plan du site (fiches, pages de campagne, offres publiées non expirées)'),
  /** When the sitemap outgrows 50,000 addresses it becomes an index of these files (0: pages, 1…: offers). */
  sitemapPart: page(
    '/sitemaps/offres-:part.xml',
    'Plan du site au-delà de 50 000 adresses : 0 pour les pages, puis les offres par lots de 50 000',
    z.object({
      part: z.coerce
        .number({ message: 'Numéro de fichier invalide.' })
        .int({ message: 'Numéro de fichier invalide.' })
        .min(0, { message: 'Numéro de fichier invalide.' })
        .max(1000, { message: 'Numéro de fichier invalide.' }),
    }),
  ),
  robots: page('/robots.txt', 'Consignes aux robots d’indexation'),
}

/** Where logos are shared from (the server links them only when previews can show them). */
export const employerLogoPath = (organisationId: string) => `/metiers/logos/employeurs/${organisationId}`
export const territoryLogoPath = (slug: string) => `/metiers/logos/territoires/${encodeURIComponent(slug)}`

/** Which portal page the server answered; the React portal picks its component from it. */
export const portalPages = [
  'accueil',
  'fiche',
  'offres',
  'offre',
  'territoire',
  'suivi',
  'alerte',
  'compte',
  'accessibilite',
  'introuvable',
] as const
export type PortalPage = (typeof portalPages)[number]

/**
 * What `#donnees-initiales` holds. `data` is the same JSON the page's API route answers (fiche: the
 * public fiche; offre: the public offer; offres: the first page of search results for the query
 * string; territoire: the public campaign page; accueil: the published campaigns and fiches),
 * or null when the page has no data of its own (suivi, alerte, compte) or was not found.
 */
export interface PortalInitialData<D = unknown> {
  page: PortalPage
  /** 200, or 404 for an unknown slug (the portal shows its "not found" page). */
  status: 200 | 404
  /** The path and query string the server rendered, e.g. `/metiers/offres?lieu=Besançon&rayon=20`. */
  url: string
  data: D | null
}

/** The home page's data (`/metiers`): the territories' campaign pages and the published fiches. */
export interface PortalHomeData {
  territories: TerritorySummaryView[]
  fiches: FicheListItemView[]
}

/** The id of the JSON block holding the initial data, and of the portal's root element. */
export const portalInitialDataId = 'donnees-initiales'
export const portalRootId = 'portail'
