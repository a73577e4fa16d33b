/** Métiers — territories' campaign pages (editors' writing, public reading). */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { libelle } from '../../zod/fr'
import type { Role } from '../organisations/roles'

/** Members of the territory's organisation who write its campaign page. */
export const campaignEditorRoles: readonly Role[] = ['editeur', 'administrateur']

/** At most this many fiches and portraits are featured on a page. */
export const maxFeaturedFiches = 12
export const maxFeaturedPortraits = 8
export const defaultCampaignRadiusKm = 30

/** Public address of a campaign page (portal route). */
export const campaignPagePath = (slug: string) => `/metiers/territoires/${slug}`

/**
 * A slug: lower-case letters, digits and single hyphens, 3 to 80 characters (« ain »,
 * « besancon-aide-a-domicile »). Chosen once: the address stays the same once published.
 */
export const campaignSlug = z
  .string()
  .trim()
  .min(2, { message: '2 caractères au moins.' })
  .max(80, { message: '80 caractères au plus.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'Lettres minuscules sans accents, chiffres et tirets seulement (ex. « ain-metiers-du-lien »).',
  })

const slugParams = z.object({ slug: z.string().max(80) })

/** The territory's look, taken from its organisation; colours already readable with white text (WCAG 4.5:1). */
export const territoryLookView = z.object({
  organisationName: z.string(),
  /** data:image/… URL of the organisation's logo, or null. */
  logoDataUrl: z.string().nullable(),
  /** Main colour (hero background, buttons), darkened if needed so that white text on it reads at 4.5:1. */
  primaryColor: z.string(),
  /** Second colour (links, highlights), made readable the same way. */
  accentColor: z.string(),
})
export type TerritoryLookView = z.output<typeof territoryLookView>

/** One published campaign page in the list of territories (`/metiers`). */
export const territorySummaryView = territoryLookView.extend({
  slug: z.string(),
  title: z.string(),
  message: z.string(),
})
export type TerritorySummaryView = z.output<typeof territorySummaryView>

export const featuredFicheView = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  codeRome: z.string(),
})
export type FeaturedFicheView = z.output<typeof featuredFicheView>

export const featuredPortraitView = z.object({
  id: z.uuid(),
  name: z.string(),
  roleLabel: z.string(),
  workplace: z.string(),
  quote: z.string(),
  /** Public URL of the photo (served by the fiches part), or null. */
  photoUrl: z.string().nullable(),
  photoAlt: z.string(),
  /** The fiche the portrait belongs to. */
  ficheSlug: z.string(),
  ficheTitle: z.string(),
})
export type FeaturedPortraitView = z.output<typeof featuredPortraitView>

/**
 * The territory's area: offers shown are those within `radiusKm` of this point. Null position
 * when the commune could not be placed (the page then shows no local offers, only the link).
 */
export const campaignAreaView = z.object({
  commune: z.string(),
  codeInsee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  radiusKm: z.number().int(),
})
export type CampaignAreaView = z.output<typeof campaignAreaView>

/**
 * The search of local offers for this page, ready to use: `query` is the query string of the
 * public search (`GET /api/metiers/offres` and the page `/metiers/offres`), `href` the portal
 * link « Voir toutes les offres ».
 */
export const localOffersSearchView = z.object({
  query: z.record(z.string(), z.string()),
  href: z.string(),
})
export type LocalOffersSearchView = z.output<typeof localOffersSearchView>

/** A coming event of the territory (held within its area, or online by its organisation). */
export const campaignEventView = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  place: z.string(),
  href: z.string().nullable(),
})
export type CampaignEventView = z.output<typeof campaignEventView>

/** A published campaign page as the public reads it (also the server-rendered page's data). */
export const publicCampaignView = territorySummaryView.extend({
  /** Sanitised HTML (h2, h3, p, lists, links, emphasis). */
  introHtml: z.string(),
  featuredFiches: z.array(featuredFicheView),
  featuredPortraits: z.array(featuredPortraitView),
  area: campaignAreaView,
  localOffers: localOffersSearchView.nullable(),
  events: z.array(campaignEventView),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type PublicCampaignView = z.output<typeof publicCampaignView>

// —— Editor side ——

/** What an editor can feature: published or not, every fiche and every portrait of the platform. */
export const campaignChoicesView = z.object({
  fiches: z.array(z.object({ id: z.uuid(), title: z.string(), published: z.boolean() })),
  portraits: z.array(z.object({ id: z.uuid(), name: z.string(), ficheTitle: z.string() })),
})
export type CampaignChoicesView = z.output<typeof campaignChoicesView>

export const editorCampaignView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  message: z.string(),
  introHtml: z.string(),
  featuredFicheIds: z.array(z.uuid()),
  featuredPortraitIds: z.array(z.uuid()),
  area: campaignAreaView,
  published: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** The public address of the page (visible only once published). */
  publicPath: z.string(),
})
export type EditorCampaignView = z.output<typeof editorCampaignView>

export const campaignEditorStateView = z.object({
  /** Null until the organisation writes its page. */
  page: editorCampaignView.nullable(),
  choices: campaignChoicesView,
  look: territoryLookView,
})
export type CampaignEditorStateView = z.output<typeof campaignEditorStateView>

const uuidList = (max: number, what: string) =>
  z
    .array(z.uuid({ message: `${what} : identifiant invalide.` }), { message: 'Une liste est attendue.' })
    .max(max, { message: `${max} au plus.` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Un même élément est choisi deux fois.' })

export const saveCampaignBody = z.strictObject({
  /** Chosen at the first save; a different slug later is refused (the address does not change). */
  slug: campaignSlug,
  title: libelle(160),
  /** The campaign's message, e.g. « Un métier qui a du sens ». */
  message: libelle(200),
  /** Rich text; sanitised on save (h2, h3, p, lists, links, emphasis only). */
  introHtml: z.string().max(50_000, { message: '50 000 caractères au plus.' }).default(''),
  featuredFicheIds: uuidList(maxFeaturedFiches, 'Fiche').default([]),
  featuredPortraitIds: uuidList(maxFeaturedPortraits, 'Portrait').default([]),
  /**
   * The territory's centre: a commune name (« Bourg-en-Bresse »), « code postal + nom »
   * (« 01000 Bourg-en-Bresse ») or an INSEE code (« 01053 »); placed with the platform's geocoder.
   */
  areaCommune: libelle(120),
  areaRadiusKm: z
    .number({ message: 'Un nombre de kilomètres.' })
    .int({ message: 'Un nombre entier de kilomètres.' })
    .min(1, { message: '1 km au moins.' })
    .max(200, { message: '200 km au plus.' })
    .default(defaultCampaignRadiusKm),
})
export type SaveCampaignBody = z.input<typeof saveCampaignBody>

const EDITORS = { kind: 'member', roles: campaignEditorRoles } as const

export const metiersCampaignsContract = {
  territories: defineRoute({
    method: 'GET',
    path: '/api/metiers/territoires',
    summary: 'Pages de campagne publiées des territoires (titre, message, organisation, logo, couleurs)',
    access: { kind: 'public' },
    response: z.array(territorySummaryView),
  }),
  territory: defineRoute({
    method: 'GET',
    path: '/api/metiers/territoires/:slug',
    summary:
      'Page de campagne publiée d’un territoire : message, présentation, métiers et portraits mis en avant, zone des offres, prochains événements',
    access: { kind: 'public' },
    params: slugParams,
    response: publicCampaignView,
  }),
  editorPage: defineRoute({
    method: 'GET',
    path: '/api/metiers/campagne',
    summary:
      'Page de campagne de mon organisation (ou rien encore), les fiches et portraits à mettre en avant',
    access: EDITORS,
    response: campaignEditorStateView,
  }),
  savePage: defineRoute({
    method: 'PUT',
    path: '/api/metiers/campagne',
    summary:
      'Écrire la page de campagne de mon organisation (une par organisation ; l’adresse est choisie une fois)',
    access: EDITORS,
    body: saveCampaignBody,
    response: editorCampaignView,
  }),
  publishPage: defineRoute({
    method: 'POST',
    path: '/api/metiers/campagne/publication',
    summary: 'Publier la page de campagne de mon organisation',
    access: EDITORS,
    response: editorCampaignView,
  }),
  unpublishPage: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/campagne/publication',
    summary: 'Retirer la page de campagne du portail public (elle reste modifiable)',
    access: EDITORS,
    response: editorCampaignView,
  }),
}
