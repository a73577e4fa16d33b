/** Métiers — fiches métiers, ROME referential, pay grids, portraits (public reading, editors' writing). */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { libelle } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import { employerSectors, trainingRoutes } from './metiers.constants'

/** Who writes the portal's content (fiches, portraits) and imports the referentials. */
export const editorRoles: readonly Role[] = ['editeur']
const EDITORS = { kind: 'member', roles: editorRoles } as const

/** Size limits of a portrait's files. */
export const PORTRAIT_PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const PORTRAIT_VIDEO_MAX_BYTES = 100 * 1024 * 1024
export const PORTRAIT_CAPTIONS_MAX_BYTES = 512 * 1024
/** Referential files: the ROME appellations file is about 2 MB, a pay grid a few kilobytes. */
export const ROME_FILE_MAX_BYTES = 20 * 1024 * 1024
export const PAY_GRID_FILE_MAX_BYTES = 1024 * 1024

export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const
export const videoMimeTypes = ['video/mp4', 'video/webm'] as const
export const captionsMimeType = 'text/vtt'

/** The media route: each uploaded file has its own id, so that its URL can be cached for ever. */
export const mediaUrl = (mediaId: string) => `/api/metiers/medias/${mediaId}`

const id = z.strictObject({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const ficheSlug = z
  .string()
  .trim()
  .min(2, { message: '2 caractères au moins.' })
  .max(120, { message: '120 caractères au plus.' })
  .regex(slugPattern, {
    message: 'Adresse : lettres minuscules sans accents, chiffres et tirets (ex. aide-soignant).',
  })
const slugParams = z.strictObject({ slug: ficheSlug })
const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })

/** A ROME 4 fiche code: a letter and four digits (K1306). */
export const ficheRomeCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-N]\d{4}$/, { message: 'Code ROME : une lettre et quatre chiffres, comme K1306.' })
const ogrCode = z
  .string()
  .trim()
  .regex(/^\d{1,7}$/, { message: 'Code OGR : des chiffres seulement (ex. 38166).' })

/** Free text: trimmed, bounded, no control characters except line breaks and tabs. */
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })
/** Rich text as typed by the editor; stored sanitised (h2, h3, p, lists, links, strong, em, br). */
const richText = (max = 30_000) => freeText(max)

// ---------------------------------------------------------------------------
// Diplomas and pay scales of a fiche

export const diplomaView = z.object({
  /** « Diplôme d’État d’accompagnant éducatif et social (DEAES) ». */
  name: z.string(),
  /** Level of the national framework (3 = CAP, 4 = bac, 5 = bac+2, 6 = licence…); null when none. */
  rncpLevel: z.number().int().nullable(),
  routes: z.array(z.enum(trainingRoutes)),
  note: z.string(),
})
export type DiplomaView = z.output<typeof diplomaView>

export const diplomaInput = z.strictObject({
  name: libelle(200),
  rncpLevel: z
    .number({ message: 'Niveau RNCP : un nombre de 3 à 8.' })
    .int({ message: 'Niveau RNCP : un nombre de 3 à 8.' })
    .min(3, { message: 'Niveau RNCP : un nombre de 3 à 8.' })
    .max(8, { message: 'Niveau RNCP : un nombre de 3 à 8.' })
    .nullable(),
  routes: z
    .array(z.enum(trainingRoutes, { message: 'Voie d’accès inconnue.' }))
    .max(trainingRoutes.length)
    .refine((list) => new Set(list).size === list.length, { message: 'Voie d’accès en double.' }),
  note: freeText(500).default(''),
})

/**
 * One line of « pay by employer type », as the editor writes it: which imported grid, which
 * grades of it (all when empty). The amounts are never typed: they are computed from the grid.
 */
export const payScaleInput = z.strictObject({
  /** « Fonction publique territoriale (CCAS, département) », « Associations (branche de l’aide à domicile) ». */
  employerLabel: libelle(150),
  sector: z.enum(employerSectors, { message: 'Secteur : public ou privé.' }),
  /** Name of an imported grid (the most recent version valid today is used). */
  gridName: libelle(200),
  grades: z.array(libelle(150)).max(20, { message: '20 grades au plus.' }).default([]),
  /** Allowances and bonuses, shown apart from the grid's pay (« + prime Ségur de 238 € brut »). */
  note: freeText(500).default(''),
})
export type PayScaleInput = z.input<typeof payScaleInput>

/** A pay scale computed from the grid imported under its name. */
export const payScaleView = z.object({
  employerLabel: z.string(),
  sector: z.enum(employerSectors),
  gridName: z.string(),
  /** False when no grid of that name is imported (yet): the amounts are then null. */
  gridFound: z.boolean(),
  gridKind: z.enum(['fpt', 'convention']).nullable(),
  category: z.string().nullable(),
  validFrom: z.string().nullable(),
  source: z.string(),
  /** The grades named (or all the grid's grades), as found in the grid. */
  grades: z.array(z.string()),
  /** FPT: the lowest and highest indice majoré of those grades. */
  minIndiceMajore: z.number().int().nullable(),
  maxIndiceMajore: z.number().int().nullable(),
  /** FPT: the yearly value of the index point, in cents. */
  pointValueCents: z.number().int().nullable(),
  /**
   * Monthly gross pay in cents, lowest and highest step of the grades named: FPT « traitement
   * brut indiciaire » (indice majoré × point value / 12), or the agreement's monthly salary.
   * Allowances are not included (see `note`).
   */
  minMonthlyGrossCents: z.number().int().nullable(),
  maxMonthlyGrossCents: z.number().int().nullable(),
  note: z.string(),
})
export type PayScaleView = z.output<typeof payScaleView>

// ---------------------------------------------------------------------------
// Portraits

export const publicPortraitView = z.object({
  id: z.uuid(),
  name: z.string(),
  roleLabel: z.string(),
  workplace: z.string(),
  quote: z.string(),
  /** Sanitised HTML. */
  storyHtml: z.string(),
  photoUrl: z.string().nullable(),
  photoAlt: z.string(),
  /** Shown only when its captions exist (accessibility): null otherwise. */
  videoUrl: z.string().nullable(),
  captionsUrl: z.string().nullable(),
  transcript: z.string(),
})
export type PublicPortraitView = z.output<typeof publicPortraitView>

export const editorPortraitView = publicPortraitView.extend({
  jobId: z.uuid(),
  position: z.number().int(),
  /** The editor sees an uploaded video even without captions, with what is missing. */
  hasVideo: z.boolean(),
  hasCaptions: z.boolean(),
  updatedAt: instant,
})
export type EditorPortraitView = z.output<typeof editorPortraitView>

export const portraitInput = z.strictObject({
  name: libelle(120),
  roleLabel: libelle(150),
  workplace: freeText(200).default(''),
  quote: freeText(400).default(''),
  storyHtml: richText(15_000).default(''),
  transcript: freeText(30_000).default(''),
  position: z.number().int().min(0).max(1000).default(0),
})
export const portraitPatch = portraitInput.partial().extend({
  /** The photo's alternative text; cannot be emptied while there is a photo. */
  photoAlt: freeText(300).optional(),
})

export const photoQuery = z.strictObject({
  /** What the photo shows, for those who cannot see it: required. */
  alt: libelle(300).refine((v) => v.length >= 3, { message: 'Décrivez la photo en quelques mots.' }),
})

// ---------------------------------------------------------------------------
// Fiches

export const ficheListItemView = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  codeRome: z.string(),
  position: z.number().int(),
})
export type FicheListItemView = z.output<typeof ficheListItemView>

/** The ROME appellation stored on the fiche, as the current referential names it. */
export const romeAppellationView = z.object({
  codeOgr: z.string(),
  codeRome: z.string(),
  romeLabel: z.string(),
  longLabel: z.string(),
  shortLabel: z.string(),
  romeVersion: z.string(),
})
export type RomeAppellationView = z.output<typeof romeAppellationView>

/** Everything the public page of a fiche shows. */
export const publicFicheView = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  codeRome: z.string(),
  codeOgr: z.string().nullable(),
  romeVersion: z.string(),
  legacyCodeRomeV3: z.string().nullable(),
  /** The appellation of `codeOgr` in the referential, or null when absent. */
  appellation: romeAppellationView.nullable(),
  /** The ROME fiche's label (« Accompagnement médicosocial »), when the referential has it. */
  romeLabel: z.string().nullable(),
  keywords: z.array(z.string()),
  whatHtml: z.string(),
  dayHtml: z.string(),
  routesHtml: z.string(),
  diplomas: z.array(diplomaView),
  pay: z.array(payScaleView),
  portraits: z.array(publicPortraitView),
  /** What the offer search needs to list this job's local offers (GET /api/metiers/offres?rome=…). */
  liveOffersQuery: z.object({ rome: z.array(z.string()), fiche: z.string() }),
  updatedAt: instant,
})
export type PublicFicheView = z.output<typeof publicFicheView>

export const editorFicheListItemView = ficheListItemView.extend({
  id: z.uuid(),
  published: z.boolean(),
  portraits: z.number().int(),
  updatedAt: instant,
  /** The fiche's codes no longer match the referential (label changed or code gone). */
  romeWarning: z.string().nullable(),
})
export type EditorFicheListItemView = z.output<typeof editorFicheListItemView>

export const editorFicheView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  codeRome: z.string(),
  codeOgr: z.string().nullable(),
  romeVersion: z.string(),
  legacyCodeRomeV3: z.string().nullable(),
  keywords: z.array(z.string()),
  whatHtml: z.string(),
  dayHtml: z.string(),
  routesHtml: z.string(),
  diplomas: z.array(diplomaView),
  payScales: z.array(payScaleInput.extend({ grades: z.array(z.string()), note: z.string() })),
  /** The same scales, computed: what the public will see. */
  pay: z.array(payScaleView),
  position: z.number().int(),
  published: z.boolean(),
  portraits: z.array(editorPortraitView),
  appellation: romeAppellationView.nullable(),
  romeWarning: z.string().nullable(),
  updatedAt: instant,
})
export type EditorFicheView = z.output<typeof editorFicheView>

const keywords = z
  .array(libelle(80))
  .max(40, { message: '40 mots-clés au plus.' })
  .transform((list) => [...new Set(list)])

export const ficheInput = z.strictObject({
  slug: ficheSlug,
  title: libelle(150),
  summary: freeText(400).default(''),
  codeRome: ficheRomeCode,
  codeOgr: ogrCode.nullable().default(null),
  /** The ROME version the codes were read in (« 4.60 »); the current referential's by default. */
  romeVersion: freeText(20).optional(),
  legacyCodeRomeV3: ficheRomeCode.nullable().default(null),
  keywords: keywords.default([]),
  whatHtml: richText().default(''),
  dayHtml: richText().default(''),
  routesHtml: richText().default(''),
  diplomas: z.array(diplomaInput).max(20, { message: '20 diplômes au plus.' }).default([]),
  payScales: z.array(payScaleInput).max(20, { message: '20 lignes de rémunération au plus.' }).default([]),
  position: z.number().int().min(0).max(1000).default(0),
})
export type FicheInput = z.input<typeof ficheInput>
export const fichePatch = z.strictObject({
  slug: ficheSlug.optional(),
  title: libelle(150).optional(),
  summary: freeText(400).optional(),
  codeRome: ficheRomeCode.optional(),
  codeOgr: ogrCode.nullable().optional(),
  romeVersion: freeText(20).optional(),
  legacyCodeRomeV3: ficheRomeCode.nullable().optional(),
  keywords: keywords.optional(),
  whatHtml: richText().optional(),
  dayHtml: richText().optional(),
  routesHtml: richText().optional(),
  diplomas: z.array(diplomaInput).max(20, { message: '20 diplômes au plus.' }).optional(),
  payScales: z.array(payScaleInput).max(20, { message: '20 lignes de rémunération au plus.' }).optional(),
  position: z.number().int().min(0).max(1000).optional(),
})
export type FichePatch = z.input<typeof fichePatch>

// ---------------------------------------------------------------------------
// ROME referential import

/** The two files of the ROME open data, recognised by their header. */
export const romeFileKinds = ['appellations', 'codes'] as const
export type RomeFileKind = (typeof romeFileKinds)[number]

export const romeImportQuery = z.strictObject({
  fileName: freeText(200).optional(),
  /** The ROME version when neither the file name (…_v460_…) nor a column gives it. */
  version: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,3})?$/, { message: 'Version du ROME : comme 4.60.' })
    .optional(),
})

const lineErrors = z.array(z.object({ line: z.number().int(), reasons: z.array(z.string()) }))

/** A fiche whose codes the import changes: its appellation renamed or gone, its ROME code renamed or gone. */
export const romeFicheChangeView = z.object({
  slug: z.string(),
  title: z.string(),
  codeRome: z.string(),
  codeOgr: z.string().nullable(),
  change: z.enum(['libelle_modifie', 'code_disparu', 'appellation_disparue']),
  before: z.string(),
  after: z.string().nullable(),
})

export const romeImportView = z.object({
  kind: z.enum(romeFileKinds),
  version: z.string(),
  /** Lines holding data. */
  lines: z.number().int(),
  codes: z.number().int(),
  appellations: z.number().int(),
  added: z.number().int(),
  renamed: z.number().int(),
  removed: z.number().int(),
  /** Every bad line and why; one bad line and nothing is imported. */
  badLines: lineErrors,
  fiches: z.array(romeFicheChangeView),
  /** Commit only: the import was written. */
  committed: z.boolean(),
})
export type RomeImportView = z.output<typeof romeImportView>

export const romeReferentialView = z.object({
  version: z.string().nullable(),
  codes: z.number().int(),
  appellations: z.number().int(),
  importedAt: instant.nullable(),
})

export const romeLookupQuery = z.strictObject({
  rome: ficheRomeCode.optional(),
  q: freeText(100).optional(),
})

// ---------------------------------------------------------------------------
// Pay grids

export const payGridKinds = ['fpt', 'convention'] as const
export type PayGridKind = (typeof payGridKinds)[number]
export const payGridKindLabels: Record<PayGridKind, string> = {
  fpt: 'Fonction publique (indices et valeur du point)',
  convention: 'Convention collective (salaires mensuels)',
}

/** What the form gives about the grid; the file gives its steps. */
export const payGridQuery = z
  .strictObject({
    name: libelle(200),
    kind: z.enum(payGridKinds, { message: 'Type de grille : fpt ou convention.' }),
    category: z.enum(['A', 'B', 'C'], { message: 'Catégorie : A, B ou C.' }).optional(),
    /** FPT: yearly value of the index point in euros (« 59,2069 » or « 59.2069 »), read as euros. */
    pointValue: z
      .string()
      .trim()
      .regex(/^\d{1,3}([.,]\d{1,4})?$/, {
        message: 'Valeur du point : un montant annuel en euros, comme 59,2069.',
      })
      .transform((v) => Number(v.replace(',', '.')))
      .optional(),
    validFrom: civilDate,
    source: freeText(500).default(''),
    fileName: freeText(200).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'fpt' && q.pointValue === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['pointValue'],
        message: 'Valeur du point : obligatoire pour une grille FPT.',
      })
    if (q.kind === 'fpt' && q.category === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: 'Catégorie : obligatoire pour une grille FPT (A, B ou C).',
      })
  })

export const payGridStepView = z.object({
  grade: z.string(),
  step: z.number().int(),
  indiceBrut: z.number().int().nullable(),
  indiceMajore: z.number().int().nullable(),
  /** Computed for FPT grids (indice majoré × point / 12), read for agreements. */
  monthlyGrossCents: z.number().int().nullable(),
  durationMonths: z.number().int().nullable(),
})

export const payGridView = z.object({
  id: z.uuid(),
  kind: z.enum(payGridKinds),
  name: z.string(),
  category: z.string().nullable(),
  pointValueCents: z.number().int().nullable(),
  validFrom: z.string(),
  source: z.string(),
  grades: z.array(z.string()),
  steps: z.number().int(),
  importedAt: instant,
  /** Fiches whose pay scales name this grid. */
  usedBy: z.array(z.string()),
})
export type PayGridView = z.output<typeof payGridView>

export const payGridDetailView = payGridView.extend({ rows: z.array(payGridStepView) })

export const payGridImportView = z.object({
  name: z.string(),
  kind: z.enum(payGridKinds),
  validFrom: z.string(),
  lines: z.number().int(),
  grades: z.array(z.string()),
  /** Replaces the grid of the same name and date when one exists. */
  replaces: z.boolean(),
  badLines: lineErrors,
  rows: z.array(payGridStepView),
  committed: z.boolean(),
})
export type PayGridImportView = z.output<typeof payGridImportView>

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024))

export const metiersFichesContract = {
  // Public reading -----------------------------------------------------------
  listPublic: defineRoute({
    method: 'GET',
    path: '/api/metiers/fiches',
    summary: 'Les fiches métiers publiées, dans leur ordre',
    access: { kind: 'public' },
    response: z.array(ficheListItemView),
  }),
  getPublic: defineRoute({
    method: 'GET',
    path: '/api/metiers/fiches/:slug',
    summary: 'Une fiche métier publiée : textes, diplômes, rémunérations calculées des grilles, portraits',
    access: { kind: 'public' },
    params: slugParams,
    response: publicFicheView,
  }),
  media: defineRoute({
    method: 'GET',
    path: '/api/metiers/medias/:id',
    summary: 'Photo, vidéo ou sous-titres d’un portrait (mis en cache : chaque fichier a son adresse)',
    access: { kind: 'public' },
    params: id,
    response: z.unknown(),
    raw: true,
  }),

  // Editors: fiches ---------------------------------------------------------------
  list: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/fiches',
    summary: 'Toutes les fiches métiers, brouillons compris',
    access: EDITORS,
    response: z.array(editorFicheListItemView),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/fiches/:id',
    summary: 'Une fiche métier à éditer, avec ses portraits et ses rémunérations calculées',
    access: EDITORS,
    params: id,
    response: editorFicheView,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/fiches',
    summary: 'Créer une fiche métier (brouillon)',
    access: EDITORS,
    body: ficheInput,
    response: editorFicheView,
    status: 201,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/metiers/edition/fiches/:id',
    summary: 'Modifier une fiche métier (textes enregistrés nettoyés)',
    access: EDITORS,
    params: id,
    body: fichePatch,
    response: editorFicheView,
  }),
  setPublished: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/fiches/:id/publication',
    summary: 'Publier ou dépublier une fiche métier',
    access: EDITORS,
    params: id,
    body: z.strictObject({ published: z.boolean({ message: 'Publication : oui ou non.' }) }),
    response: editorFicheView,
  }),
  previewRichText: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/texte-apercu',
    summary: 'Aperçu d’un texte riche tel qu’il sera enregistré (nettoyé)',
    access: EDITORS,
    body: z.strictObject({ html: richText() }),
    response: z.object({ html: z.string() }),
  }),

  // Editors: portraits --------------------------------------------------------------
  createPortrait: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/fiches/:id/portraits',
    summary: 'Ajouter un portrait à une fiche',
    access: EDITORS,
    params: id,
    body: portraitInput,
    response: editorPortraitView,
    status: 201,
  }),
  updatePortrait: defineRoute({
    method: 'PATCH',
    path: '/api/metiers/edition/portraits/:id',
    summary: 'Modifier un portrait',
    access: EDITORS,
    params: id,
    body: portraitPatch,
    response: editorPortraitView,
  }),
  deletePortrait: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/edition/portraits/:id',
    summary: 'Supprimer un portrait et ses fichiers',
    access: EDITORS,
    params: id,
    response: z.object({ deleted: z.literal(true) }),
  }),
  uploadPhoto: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/portraits/:id/photo',
    summary: `Déposer la photo d’un portrait (corps brut application/octet-stream : JPEG, PNG ou WebP, ${mb(PORTRAIT_PHOTO_MAX_BYTES)} Mo au plus) avec son texte alternatif`,
    access: EDITORS,
    params: id,
    query: photoQuery,
    response: editorPortraitView,
    maxBodyBytes: PORTRAIT_PHOTO_MAX_BYTES,
  }),
  deletePhoto: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/edition/portraits/:id/photo',
    summary: 'Retirer la photo d’un portrait',
    access: EDITORS,
    params: id,
    response: editorPortraitView,
  }),
  uploadVideo: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/portraits/:id/video',
    summary: `Déposer la vidéo d’un portrait (corps brut : MP4 ou WebM, ${mb(PORTRAIT_VIDEO_MAX_BYTES)} Mo au plus) ; montrée au public une fois ses sous-titres déposés`,
    access: EDITORS,
    params: id,
    response: editorPortraitView,
    maxBodyBytes: PORTRAIT_VIDEO_MAX_BYTES,
  }),
  uploadCaptions: defineRoute({
    method: 'PUT',
    path: '/api/metiers/edition/portraits/:id/sous-titres',
    summary: 'Déposer les sous-titres de la vidéo (corps brut : fichier WebVTT, 512 Ko au plus)',
    access: EDITORS,
    params: id,
    response: editorPortraitView,
    maxBodyBytes: PORTRAIT_CAPTIONS_MAX_BYTES,
  }),
  deleteVideo: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/edition/portraits/:id/video',
    summary: 'Retirer la vidéo d’un portrait et ses sous-titres',
    access: EDITORS,
    params: id,
    response: editorPortraitView,
  }),

  // Editors: referentials -------------------------------------------------------------
  romeReferential: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/rome',
    summary: 'Le référentiel ROME importé : version, nombre de codes et d’appellations',
    access: EDITORS,
    response: romeReferentialView,
  }),
  romeLookup: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/rome/appellations',
    summary: 'Appellations du ROME d’un code ou contenant des mots (50 au plus)',
    access: EDITORS,
    query: romeLookupQuery,
    response: z.array(romeAppellationView),
  }),
  romeImportPreview: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/rome/import/apercu',
    summary: `Aperçu d’un import du ROME (corps brut : unix_referentiel_appellation_v4xx_utf8.csv ou unix_referentiel_code_rome_v4xx_utf8.csv, ${mb(ROME_FILE_MAX_BYTES)} Mo au plus) ; rien n’est enregistré`,
    access: EDITORS,
    query: romeImportQuery,
    response: romeImportView,
    maxBodyBytes: ROME_FILE_MAX_BYTES,
  }),
  romeImportCommit: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/rome/import',
    summary:
      'Importer le fichier du ROME : tout ou rien (422 avec chaque ligne en erreur), rapport des fiches touchées',
    access: EDITORS,
    query: romeImportQuery,
    response: romeImportView,
    status: 201,
    maxBodyBytes: ROME_FILE_MAX_BYTES,
  }),
  payGrids: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/grilles',
    summary: 'Les grilles de rémunération importées',
    access: EDITORS,
    response: z.array(payGridView),
  }),
  payGrid: defineRoute({
    method: 'GET',
    path: '/api/metiers/edition/grilles/:id',
    summary: 'Une grille de rémunération, échelon par échelon',
    access: EDITORS,
    params: id,
    response: payGridDetailView,
  }),
  payGridImportPreview: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/grilles/import/apercu',
    summary:
      'Aperçu d’un import de grille (corps brut CSV : grade;echelon;indice_brut;indice_majore;duree_mois, ou grade;echelon;salaire_brut_mensuel) ; rien n’est enregistré',
    access: EDITORS,
    query: payGridQuery,
    response: payGridImportView,
    maxBodyBytes: PAY_GRID_FILE_MAX_BYTES,
  }),
  payGridImportCommit: defineRoute({
    method: 'POST',
    path: '/api/metiers/edition/grilles/import',
    summary: 'Importer une grille : toutes les lignes ou aucune (422 avec chaque ligne en erreur)',
    access: EDITORS,
    query: payGridQuery,
    response: payGridImportView,
    status: 201,
    maxBodyBytes: PAY_GRID_FILE_MAX_BYTES,
  }),
  deletePayGrid: defineRoute({
    method: 'DELETE',
    path: '/api/metiers/edition/grilles/:id',
    summary: 'Supprimer une grille (les fiches qui la nomment n’affichent plus de montant)',
    access: EDITORS,
    params: id,
    response: z.object({ deleted: z.literal(true) }),
  }),
}
