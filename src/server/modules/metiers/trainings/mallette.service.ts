import { asc, desc, eq, inArray, count } from 'drizzle-orm'
import type { z } from 'zod'
import { notFound } from '../../../../shared/errors'
import type {
  EditorMalletteDocumentView,
  MalletteDocumentView,
  malletteDocumentInput,
  malletteQuery,
} from '../../../../shared/modules/metiers/trainings.contract'
import {
  malletteCategoryLabels,
  malletteFileUrl,
  type MalletteCategory,
} from '../../../../shared/modules/metiers/trainings-labels'
import { newId } from '../../../../shared/ids'
import type { Db } from '../../../db/client'
import type { RequestContext } from '../../../http/context'
import type { FileStorage } from '../../../platform/files'
import { slugSuffix, slugWords } from '../offer-slug'
import { checkPdfUpload, malletteFileKey, pdfFileName } from './training-documents'
import { malletteDocuments } from './trainings.table'
import { matchesAllWords, trainingSearchText, typedWords } from './trainings.words'

export type MalletteRow = typeof malletteDocuments.$inferSelect
type MalletteInputData = z.output<typeof malletteDocumentInput>

export interface MalletteDeps {
  files: FileStorage
  clock: () => Date
}

const documentNotFound = () => notFound('Ce document')

export const presentMalletteDocument = (d: MalletteRow): MalletteDocumentView => ({
  id: d.id,
  slug: d.slug,
  title: d.title,
  category: d.category as MalletteCategory,
  summary: d.summary,
  documentDate: d.documentDate,
  fileUrl: d.fileKey ? malletteFileUrl(d.id) : null,
  fileSize: d.fileSize,
  externalUrl: d.externalUrl,
})

const presentEditor = (d: MalletteRow): EditorMalletteDocumentView => ({
  ...presentMalletteDocument(d),
  fileName: d.fileName,
  published: d.published,
  updatedAt: d.updatedAt.toISOString(),
})

const searchTextOf = (d: Pick<MalletteRow, 'title' | 'summary' | 'category'>) =>
  trainingSearchText([d.title, d.summary, malletteCategoryLabels[d.category as MalletteCategory]])

const auditFields = (d: MalletteRow) => ({
  title: d.title,
  category: d.category,
  externalUrl: d.externalUrl,
  fileName: d.fileName,
  documentDate: d.documentDate,
  published: d.published,
})

/** Published documents by their ids (welcome kits pick from them), in the given order. */
export async function publishedMalletteDocuments(tx: Db, ids: readonly string[]): Promise<MalletteRow[]> {
  if (ids.length === 0) return []
  const rows = await tx
    .select()
    .from(malletteDocuments)
    .where(inArray(malletteDocuments.id, [...ids]))
  const byId = new Map(rows.filter((r) => r.published).map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Every published document, newest first. */
export const allPublishedMallette = (tx: Db) =>
  tx
    .select()
    .from(malletteDocuments)
    .where(eq(malletteDocuments.published, true))
    .orderBy(desc(malletteDocuments.documentDate), asc(malletteDocuments.title))

/**
 * The « mallette de l'alternance »: platform content kept by the editors (the database checks the
 * role too), read by everyone once published. Writes are audited.
 */
export function malletteService(deps: MalletteDeps) {
  async function editable(ctx: RequestContext, id: string) {
    const [row] = await ctx.tx.select().from(malletteDocuments).where(eq(malletteDocuments.id, id))
    if (!row) throw documentNotFound()
    return row
  }

  async function freeSlug(tx: Db, title: string) {
    const base = slugWords(title)
    const [taken] = await tx
      .select({ n: count() })
      .from(malletteDocuments)
      .where(eq(malletteDocuments.slug, base))
    return (taken?.n ?? 0) > 0 ? `${base}-${slugSuffix()}` : base
  }

  return {
    async list(tx: Db, query: z.output<typeof malletteQuery>): Promise<MalletteDocumentView[]> {
      const words = typedWords(query.q)
      const rows = await allPublishedMallette(tx)
      return rows
        .filter(
          (d) => (!query.categorie || d.category === query.categorie) && matchesAllWords(d.searchText, words),
        )
        .map(presentMalletteDocument)
    },

    /** The PDF of a document: published ones for everyone, drafts for the editors only. */
    async file(ctx: RequestContext, id: string) {
      const [row] = await ctx.tx.select().from(malletteDocuments).where(eq(malletteDocuments.id, id))
      const mayRead = row && (row.published || ctx.actor?.roles.includes('editeur'))
      if (!row || !mayRead || !row.fileKey) throw documentNotFound()
      const bytes = await deps.files.get(row.fileKey)
      if (!bytes) throw documentNotFound()
      return { bytes, fileName: row.fileName ?? `${row.slug}.pdf` }
    },

    async editorList(ctx: RequestContext): Promise<EditorMalletteDocumentView[]> {
      const rows = await ctx.tx
        .select()
        .from(malletteDocuments)
        .orderBy(desc(malletteDocuments.documentDate), asc(malletteDocuments.title))
      return rows.map(presentEditor)
    },

    async create(ctx: RequestContext, input: MalletteInputData): Promise<EditorMalletteDocumentView> {
      const now = deps.clock()
      const [row] = await ctx.tx
        .insert(malletteDocuments)
        .values({
          ...input,
          slug: await freeSlug(ctx.tx, input.title),
          searchText: searchTextOf(input),
          createdAt: now,
          updatedAt: now,
        })
        .returning()
      await ctx.audit({
        action: 'create',
        entityType: 'mallette_document',
        entityId: row!.id,
        after: auditFields(row!),
      })
      return presentEditor(row!)
    },

    async save(
      ctx: RequestContext,
      id: string,
      input: MalletteInputData,
    ): Promise<EditorMalletteDocumentView> {
      const before = await editable(ctx, id)
      const [row] = await ctx.tx
        .update(malletteDocuments)
        .set({ ...input, searchText: searchTextOf(input), updatedAt: deps.clock() })
        .where(eq(malletteDocuments.id, id))
        .returning()
      await ctx.audit({
        action: 'update',
        entityType: 'mallette_document',
        entityId: id,
        before: auditFields(before),
        after: auditFields(row!),
      })
      return presentEditor(row!)
    },

    async upload(
      ctx: RequestContext,
      id: string,
      body: unknown,
      name: string,
    ): Promise<EditorMalletteDocumentView> {
      const before = await editable(ctx, id)
      const bytes = checkPdfUpload(body)
      const key = malletteFileKey(newId())
      await deps.files.put(key, bytes)
      const [row] = await ctx.tx
        .update(malletteDocuments)
        .set({ fileKey: key, fileName: pdfFileName(name), fileSize: bytes.length, updatedAt: deps.clock() })
        .where(eq(malletteDocuments.id, id))
        .returning()
      if (before.fileKey) await deps.files.delete(before.fileKey)
      await ctx.audit({
        action: 'update',
        entityType: 'mallette_document',
        entityId: id,
        before: auditFields(before),
        after: auditFields(row!),
      })
      return presentEditor(row!)
    },

    async remove(ctx: RequestContext, id: string) {
      const before = await editable(ctx, id)
      await ctx.tx.delete(malletteDocuments).where(eq(malletteDocuments.id, id))
      if (before.fileKey) await deps.files.delete(before.fileKey)
      await ctx.audit({
        action: 'delete',
        entityType: 'mallette_document',
        entityId: id,
        before: auditFields(before),
      })
      return { deleted: true as const }
    },
  }
}
