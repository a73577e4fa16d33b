import { and, asc, eq } from 'drizzle-orm'
import type { z } from 'zod'
import { conflict, DomainError, notFound } from '../../../../shared/errors'
import type {
  EditorWelcomeKitView,
  WelcomeKitView,
  welcomeKitInput,
} from '../../../../shared/modules/metiers/trainings.contract'
import { welcomeKitFileUrl, welcomeKitPath } from '../../../../shared/modules/metiers/trainings-labels'
import { newId } from '../../../../shared/ids'
import type { RequestContext } from '../../../http/context'
import type { FileStorage } from '../../../platform/files'
import { randomToken, safeEqual } from '../../../platform/secrets'
import { organisations } from '../../organisations'
import { allPublishedMallette, presentMalletteDocument, publishedMalletteDocuments } from './mallette.service'
import { checkPdfUpload, pdfFileName, welcomeKitFileKey } from './training-documents'
import { fieldError } from './trainings.errors'
import { welcomeKitFiles, welcomeKits } from './trainings.table'

type KitInputData = z.output<typeof welcomeKitInput>
type KitRow = typeof welcomeKits.$inferSelect

export interface WelcomeKitsDeps {
  files: FileStorage
  clock: () => Date
}

const kitNotFound = () => notFound('Ce kit d’accueil')

const employerOf = (ctx: RequestContext) => {
  const organisationId = ctx.actor?.organisationId
  if (!organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return organisationId
}

const newShareToken = () => randomToken(24)

/**
 * An employer's welcome kit for apprentices. It names staff members (contacts by role), so it is
 * read through a link with a secret key that the employer gives the apprentices, not listed
 * publicly; every read and write is audited, contacts masked in the log.
 */
export function welcomeKitsService(deps: WelcomeKitsDeps) {
  async function kitOf(ctx: RequestContext, organisationId: string) {
    const [kit] = await ctx.tx
      .select()
      .from(welcomeKits)
      .where(eq(welcomeKits.organisationId, organisationId))
    return kit
  }

  const filesOf = (ctx: RequestContext, kitId: string) =>
    ctx.tx
      .select()
      .from(welcomeKitFiles)
      .where(eq(welcomeKitFiles.kitId, kitId))
      .orderBy(asc(welcomeKitFiles.createdAt))

  async function editorView(ctx: RequestContext, kit: KitRow | undefined): Promise<EditorWelcomeKitView> {
    const mallette = (await allPublishedMallette(ctx.tx)).map(presentMalletteDocument)
    if (!kit) return { kit: null, mallette }
    const files = await filesOf(ctx, kit.id)
    return {
      kit: {
        title: kit.title,
        welcomeText: kit.welcomeText,
        checklist: kit.checklist,
        contacts: kit.contacts,
        malletteDocumentIds: kit.malletteDocumentIds,
        published: kit.published,
        sharePath: welcomeKitPath(kit.organisationId, kit.shareToken),
        files: files.map(({ id, title, fileName, fileSize }) => ({ id, title, fileName, fileSize })),
        updatedAt: kit.updatedAt.toISOString(),
      },
      mallette,
    }
  }

  async function requireKit(ctx: RequestContext) {
    const kit = await kitOf(ctx, employerOf(ctx))
    if (!kit) throw conflict('Enregistrez d’abord le kit d’accueil.')
    return kit
  }

  /** The kit behind a link: it must be shared and the key must be its current one. */
  async function byLink(ctx: RequestContext, organisationId: string, key: string) {
    const kit = await kitOf(ctx, organisationId)
    if (!kit || !kit.published || !safeEqual(kit.shareToken, key)) throw kitNotFound()
    return kit
  }

  return {
    async editorState(ctx: RequestContext): Promise<EditorWelcomeKitView> {
      const kit = await kitOf(ctx, employerOf(ctx))
      if (kit) await ctx.audit({ action: 'read', entityType: 'welcome_kit', entityId: kit.id })
      return editorView(ctx, kit)
    },

    async save(ctx: RequestContext, input: KitInputData): Promise<EditorWelcomeKitView> {
      const organisationId = employerOf(ctx)
      const chosen = await publishedMalletteDocuments(ctx.tx, input.malletteDocumentIds)
      if (chosen.length !== input.malletteDocumentIds.length)
        throw fieldError('malletteDocumentIds', 'Documents : un document choisi n’est plus dans la mallette.')
      const before = await kitOf(ctx, organisationId)
      const values = { ...input, updatedAt: deps.clock() }
      const [kit] = before
        ? await ctx.tx.update(welcomeKits).set(values).where(eq(welcomeKits.id, before.id)).returning()
        : await ctx.tx
            .insert(welcomeKits)
            .values({ ...values, organisationId, shareToken: newShareToken() })
            .returning()
      await ctx.audit({
        action: before ? 'update' : 'create',
        entityType: 'welcome_kit',
        entityId: kit!.id,
        masked: true,
        ...(before ? { before: { ...before, shareToken: undefined } } : {}),
        after: { ...kit!, shareToken: undefined },
      })
      return editorView(ctx, kit)
    },

    async renewLink(ctx: RequestContext): Promise<EditorWelcomeKitView> {
      const before = await requireKit(ctx)
      const [kit] = await ctx.tx
        .update(welcomeKits)
        .set({ shareToken: newShareToken(), updatedAt: deps.clock() })
        .where(eq(welcomeKits.id, before.id))
        .returning()
      await ctx.audit({
        action: 'update',
        entityType: 'welcome_kit',
        entityId: kit!.id,
        before: { link: 'ancien' },
        after: { link: 'nouveau' },
      })
      return editorView(ctx, kit)
    },

    async uploadFile(ctx: RequestContext, body: unknown, title: string): Promise<EditorWelcomeKitView> {
      const kit = await requireKit(ctx)
      const bytes = checkPdfUpload(body)
      const id = newId()
      const key = welcomeKitFileKey(kit.organisationId, id)
      await deps.files.put(key, bytes)
      await ctx.tx.insert(welcomeKitFiles).values({
        id,
        organisationId: kit.organisationId,
        kitId: kit.id,
        title,
        fileKey: key,
        fileName: pdfFileName(title),
        fileSize: bytes.length,
      })
      await ctx.audit({ action: 'create', entityType: 'welcome_kit_file', entityId: id, after: { title } })
      return editorView(ctx, kit)
    },

    async deleteFile(ctx: RequestContext, fileId: string): Promise<EditorWelcomeKitView> {
      const kit = await requireKit(ctx)
      const [file] = await ctx.tx
        .delete(welcomeKitFiles)
        .where(and(eq(welcomeKitFiles.id, fileId), eq(welcomeKitFiles.kitId, kit.id)))
        .returning()
      if (!file) throw notFound('Ce document')
      await deps.files.delete(file.fileKey)
      await ctx.audit({
        action: 'delete',
        entityType: 'welcome_kit_file',
        entityId: fileId,
        before: { title: file.title },
      })
      return editorView(ctx, kit)
    },

    /** The apprentice's reading, in a transaction scoped to the employer named in the link. */
    async read(ctx: RequestContext, organisationId: string, key: string): Promise<WelcomeKitView> {
      const kit = await byLink(ctx, organisationId, key)
      const [organisation] = await ctx.tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
      const [documents, files] = await Promise.all([
        publishedMalletteDocuments(ctx.tx, kit.malletteDocumentIds),
        filesOf(ctx, kit.id),
      ])
      await ctx.audit({ action: 'read', entityType: 'welcome_kit', entityId: kit.id })
      return {
        organisationName: organisation?.name ?? '',
        title: kit.title,
        welcomeText: kit.welcomeText,
        checklist: kit.checklist,
        contacts: kit.contacts,
        documents: documents.map(presentMalletteDocument),
        files: files.map(({ id, title, fileName, fileSize }) => ({
          id,
          title,
          fileName,
          fileSize,
          url: welcomeKitFileUrl(organisationId, id, key),
        })),
        updatedAt: kit.updatedAt.toISOString(),
      }
    },

    async readFile(ctx: RequestContext, organisationId: string, fileId: string, key: string) {
      const kit = await byLink(ctx, organisationId, key)
      const [file] = await ctx.tx
        .select()
        .from(welcomeKitFiles)
        .where(and(eq(welcomeKitFiles.id, fileId), eq(welcomeKitFiles.kitId, kit.id)))
      const bytes = file ? await deps.files.get(file.fileKey) : undefined
      if (!file || !bytes) throw notFound('Ce document')
      await ctx.audit({ action: 'read', entityType: 'welcome_kit_file', entityId: file.id })
      return { bytes, fileName: file.fileName }
    },
  }
}
