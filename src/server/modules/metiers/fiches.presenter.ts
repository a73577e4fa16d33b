import {
  mediaUrl,
  type DiplomaView,
  type EditorFicheView,
  type EditorPortraitView,
  type PayScaleInput,
  type PayScaleView,
  type PublicFicheView,
  type PublicPortraitView,
  type RomeAppellationView,
} from '../../../shared/modules/metiers/fiches.contract'
import { trainingRoutes } from '../../../shared/modules/metiers/metiers.constants'
import type { FicheRow, PortraitRow } from './fiches.repository'
import { mediaIdOf } from './portraits.media'

const urlOf = (key: string | null) => {
  const id = mediaIdOf(key)
  return id ? mediaUrl(id) : null
}

export function publicPortrait(p: PortraitRow): PublicPortraitView {
  const withCaptions = p.videoKey !== null && p.captionsKey !== null
  return {
    id: p.id,
    name: p.name,
    roleLabel: p.roleLabel,
    workplace: p.workplace,
    quote: p.quote,
    storyHtml: p.storyHtml,
    photoUrl: urlOf(p.photoKey),
    photoAlt: p.photoAlt,
    // A video without captions is not shown to the public (RGAA): the editor sees what is missing.
    videoUrl: withCaptions ? urlOf(p.videoKey) : null,
    captionsUrl: withCaptions ? urlOf(p.captionsKey) : null,
    transcript: p.transcript,
  }
}

export function editorPortrait(p: PortraitRow): EditorPortraitView {
  return {
    ...publicPortrait(p),
    videoUrl: urlOf(p.videoKey),
    captionsUrl: urlOf(p.captionsKey),
    jobId: p.jobId,
    position: p.position,
    hasVideo: p.videoKey !== null,
    hasCaptions: p.captionsKey !== null,
    updatedAt: p.updatedAt.toISOString(),
  }
}

/** The jsonb columns, read defensively: rows written before a field existed lack it. */
export function diplomasOf(row: FicheRow): DiplomaView[] {
  const list = Array.isArray(row.diplomas) ? (row.diplomas as Partial<DiplomaView>[]) : []
  return list.map((d) => ({
    name: d.name ?? '',
    rncpLevel: typeof d.rncpLevel === 'number' ? d.rncpLevel : null,
    routes: (d.routes ?? []).filter((r) => (trainingRoutes as readonly string[]).includes(r)),
    note: d.note ?? '',
  }))
}

export function payScalesOf(row: FicheRow): Required<PayScaleInput>[] {
  const list = Array.isArray(row.payScales) ? (row.payScales as Partial<PayScaleInput>[]) : []
  return list.map((s) => ({
    employerLabel: s.employerLabel ?? '',
    sector: s.sector === 'prive' ? 'prive' : 'public',
    gridName: s.gridName ?? '',
    grades: s.grades ?? [],
    note: s.note ?? '',
  }))
}

export function appellationView(a: RomeAppellationView | undefined): RomeAppellationView | null {
  if (!a) return null
  const { codeOgr, codeRome, romeLabel, longLabel, shortLabel, romeVersion } = a
  return { codeOgr, codeRome, romeLabel, longLabel, shortLabel, romeVersion }
}

export interface FicheExtras {
  pay: PayScaleView[]
  portraits: PortraitRow[]
  appellation: RomeAppellationView | undefined
  romeLabel: string | null
}

export function publicFiche(row: FicheRow, extras: FicheExtras): PublicFicheView {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    codeRome: row.codeRome,
    codeOgr: row.codeOgr,
    romeVersion: row.romeVersion,
    legacyCodeRomeV3: row.legacyCodeRomeV3,
    appellation: appellationView(extras.appellation),
    romeLabel: extras.romeLabel || null,
    keywords: row.keywords,
    whatHtml: row.whatHtml,
    dayHtml: row.dayHtml,
    routesHtml: row.routesHtml,
    diplomas: diplomasOf(row),
    pay: extras.pay,
    portraits: extras.portraits.map(publicPortrait),
    liveOffersQuery: { rome: [row.codeRome], fiche: row.slug },
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function editorFiche(
  row: FicheRow,
  extras: FicheExtras & { romeWarning: string | null },
): EditorFicheView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    codeRome: row.codeRome,
    codeOgr: row.codeOgr,
    romeVersion: row.romeVersion,
    legacyCodeRomeV3: row.legacyCodeRomeV3,
    keywords: row.keywords,
    whatHtml: row.whatHtml,
    dayHtml: row.dayHtml,
    routesHtml: row.routesHtml,
    diplomas: diplomasOf(row),
    payScales: payScalesOf(row),
    pay: extras.pay,
    position: row.position,
    published: row.published,
    portraits: extras.portraits.map(editorPortrait),
    appellation: appellationView(extras.appellation),
    romeWarning: extras.romeWarning,
    updatedAt: row.updatedAt.toISOString(),
  }
}

/**
 * What is wrong with a fiche's codes against the referential; nothing when the referential is
 * not imported yet (every code would look gone).
 */
export function romeWarningOf(
  row: Pick<FicheRow, 'codeRome' | 'codeOgr'>,
  referential: { size: number; codes: Map<string, string>; appellations: Map<string, { codeRome: string }> },
): string | null {
  if (referential.size === 0) return null
  if (!referential.codes.has(row.codeRome))
    return `Le code ROME ${row.codeRome} n’existe plus dans le référentiel importé.`
  if (row.codeOgr) {
    const a = referential.appellations.get(row.codeOgr)
    if (!a) return `L’appellation ${row.codeOgr} n’existe plus dans le référentiel importé.`
    if (a.codeRome !== row.codeRome)
      return `L’appellation ${row.codeOgr} relève désormais du code ${a.codeRome}, pas ${row.codeRome}.`
  }
  return null
}
