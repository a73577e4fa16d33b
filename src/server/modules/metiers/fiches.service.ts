import { parisDate } from '../../../shared/dates'
import { conflict, DomainError, notFound } from '../../../shared/errors'
import type {
  EditorFicheListItemView,
  EditorFicheView,
  FicheListItemView,
  PublicFicheView,
} from '../../../shared/modules/metiers/fiches.contract'
import type { BodyOf } from '../../../shared/contract'
import type { metiersFichesContract } from '../../../shared/modules/metiers/fiches.contract'
import type { Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { fichesRepository, type FicheRow, type NewFiche } from './fiches.repository'
import { editorFiche, payScalesOf, publicFiche, romeWarningOf, type FicheExtras } from './fiches.presenter'
import { computePayScale, gridOn } from './pay-grids'
import { payGridsRepository } from './pay-grids.repository'
import { sanitizeRichText } from './rich-text'
import { recordFicheRead } from './ambassadors/fiche-reads'
import { countFicheView } from './observatory/fiche-views'

type FicheInputBody = BodyOf<typeof metiersFichesContract.create>
type FichePatchBody = BodyOf<typeof metiersFichesContract.update>

/** Fields kept in the audit trail of a fiche (its texts are summarised by length there). */
const auditFields = (row: FicheRow) => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  codeRome: row.codeRome,
  codeOgr: row.codeOgr,
  romeVersion: row.romeVersion,
  keywords: row.keywords.join(', '),
  whatHtml: row.whatHtml,
  dayHtml: row.dayHtml,
  routesHtml: row.routesHtml,
  diplomas: JSON.stringify(row.diplomas),
  payScales: JSON.stringify(row.payScales),
  position: row.position,
  published: row.published,
})

/** The editor's texts as they are stored: sanitised rich text, plain fields as typed. */
function storedValues(input: Partial<FicheInputBody>): Partial<NewFiche> {
  const values: Partial<NewFiche> = {}
  for (const key of [
    'slug',
    'title',
    'summary',
    'codeRome',
    'codeOgr',
    'legacyCodeRomeV3',
    'keywords',
    'position',
  ] as const)
    if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key]
  if (input.romeVersion !== undefined && input.romeVersion !== '') values.romeVersion = input.romeVersion
  for (const key of ['whatHtml', 'dayHtml', 'routesHtml'] as const)
    if (input[key] !== undefined) values[key] = sanitizeRichText(input[key])
  if (input.diplomas !== undefined) values.diplomas = input.diplomas
  if (input.payScales !== undefined) values.payScales = input.payScales
  return values
}

export function fichesService(deps: { clock: () => Date }) {
  async function extrasOf(db: Db, rows: FicheRow[]) {
    const repo = fichesRepository(db)
    const gridNames = [...new Set(rows.flatMap((r) => payScalesOf(r).map((s) => s.gridName)))]
    const [grids, portraits, appellations, codes, size] = await Promise.all([
      gridNames.length ? payGridsRepository(db).allWithSteps(gridNames) : Promise.resolve([]),
      repo.portraitsOf(rows.map((r) => r.id)),
      repo.appellations(rows.flatMap((r) => (r.codeOgr ? [r.codeOgr] : []))),
      repo.romeCodes([...new Set(rows.map((r) => r.codeRome))]),
      repo.referentialSize(),
    ])
    const today = parisDate(deps.clock())
    const appellationByOgr = new Map(appellations.map((a) => [a.codeOgr, a]))
    return (row: FicheRow): FicheExtras & { romeWarning: string | null } => ({
      pay: payScalesOf(row).map((s) => computePayScale(s, gridOn(grids, s.gridName, today))),
      portraits: portraits.filter((p) => p.jobId === row.id),
      appellation: row.codeOgr ? appellationByOgr.get(row.codeOgr) : undefined,
      romeLabel: codes.get(row.codeRome) ?? null,
      romeWarning: romeWarningOf(row, { size, codes, appellations: appellationByOgr }),
    })
  }

  async function editorView(db: Db, row: FicheRow): Promise<EditorFicheView> {
    return editorFiche(row, (await extrasOf(db, [row]))(row))
  }

  async function existing(ctx: RequestContext, id: string) {
    const row = await fichesRepository(ctx.tx).byId(id)
    if (!row) throw notFound('Cette fiche métier')
    return row
  }

  async function assertSlugFree(ctx: RequestContext, slug: string, exceptId?: string) {
    if (await fichesRepository(ctx.tx).slugTaken(slug, exceptId))
      throw conflict(`L’adresse « ${slug} » est déjà celle d’une autre fiche.`, 'slug')
  }

  return {
    async listPublic(ctx: RequestContext): Promise<FicheListItemView[]> {
      return fichesRepository(ctx.tx).listPublished()
    },

    async getPublic(ctx: RequestContext, slug: string): Promise<PublicFicheView> {
      const row = await fichesRepository(ctx.tx).bySlug(slug, true)
      if (!row) throw notFound('Cette fiche métier')
      await recordFicheRead(ctx, row.id, deps.clock())
      await countFicheView(ctx.tx, row.id, deps.clock())
      return publicFiche(row, (await extrasOf(ctx.tx, [row]))(row))
    },

    async list(ctx: RequestContext): Promise<EditorFicheListItemView[]> {
      const found = await fichesRepository(ctx.tx).listAll()
      const extras = await extrasOf(
        ctx.tx,
        found.map((f) => f.fiche),
      )
      return found.map(({ fiche, portraits }) => ({
        id: fiche.id,
        slug: fiche.slug,
        title: fiche.title,
        summary: fiche.summary,
        codeRome: fiche.codeRome,
        position: fiche.position,
        published: fiche.published,
        portraits,
        updatedAt: fiche.updatedAt.toISOString(),
        romeWarning: extras(fiche).romeWarning,
      }))
    },

    async get(ctx: RequestContext, id: string) {
      return editorView(ctx.tx, await existing(ctx, id))
    },

    async create(ctx: RequestContext, input: FicheInputBody) {
      await assertSlugFree(ctx, input.slug)
      const romeVersion = input.romeVersion || (await fichesRepository(ctx.tx).referentialVersion())
      if (!romeVersion)
        throw new DomainError(
          'validation',
          'Version du ROME : indiquez-la (aucun référentiel n’est encore importé).',
          [{ field: 'romeVersion', message: 'Indiquez la version du ROME (ex. 4.60).' }],
        )
      const row = await fichesRepository(ctx.tx).insert({
        ...(storedValues(input) as NewFiche),
        romeVersion,
        published: false,
        updatedBy: ctx.actor?.accountId ?? null,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'job_profile',
        entityId: row.id,
        after: auditFields(row),
      })
      return editorView(ctx.tx, row)
    },

    async update(ctx: RequestContext, id: string, patch: FichePatchBody) {
      const before = await existing(ctx, id)
      if (patch.slug !== undefined) await assertSlugFree(ctx, patch.slug, id)
      const row = await fichesRepository(ctx.tx).update(id, {
        ...storedValues(patch),
        updatedAt: new Date(),
        updatedBy: ctx.actor?.accountId ?? null,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'job_profile',
        entityId: id,
        before: auditFields(before),
        after: auditFields(row!),
      })
      return editorView(ctx.tx, row!)
    },

    async setPublished(ctx: RequestContext, id: string, published: boolean) {
      const before = await existing(ctx, id)
      if (published && (!before.summary.trim() || !before.whatHtml.trim()))
        throw new DomainError(
          'validation',
          'Pour publier la fiche, écrivez d’abord son résumé et « Le métier ».',
          [{ field: before.summary.trim() ? 'whatHtml' : 'summary', message: 'Obligatoire pour publier.' }],
        )
      const row = await fichesRepository(ctx.tx).update(id, {
        published,
        updatedAt: new Date(),
        updatedBy: ctx.actor?.accountId ?? null,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'job_profile',
        entityId: id,
        before: { published: before.published },
        after: { published },
      })
      return editorView(ctx.tx, row!)
    },

    editorView,
  }
}
export type FichesService = ReturnType<typeof fichesService>
