import { createHash } from 'node:crypto'
import { DomainError, notFound } from '../../../shared/errors'
import type { DocumentView } from '../../../shared/modules/usagers/usagers.contract'
import { MAX_DOCUMENT_BYTES } from '../../../shared/modules/usagers/usagers.policy'
import { newId } from '../../../shared/ids'
import type { FileStorage } from '../../platform/files'
import { fileContentsRepository, type UsagerDocument } from './file-contents.repository'
import { detectDocumentType } from './file-type'
import { assertWritable, fileNotFound, organisationOf, type UsagersCtx } from './usagers.context'
import { usagersRepository } from './usagers.repository'

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`

/** A file name shown back to agents: no folders, no control characters. */
const displayName = (name: string) => name.split(/[\\/]/).pop()!.trim() || 'document'

export const storageKeyOf = (organisationId: string, documentId: string) =>
  `usagers/${organisationId}/${documentId}`

/** Documents of a file: type recognised from the bytes, 20 Mo at most, SHA-256 kept. */
export function documentsService(storage: FileStorage) {
  return {
    async list(ctx: UsagersCtx, usagerId: string): Promise<UsagerDocument[]> {
      if (!(await usagersRepository(ctx.tx).get(usagerId))) throw fileNotFound()
      await ctx.audit({ action: 'read', entityType: 'usager_document', entityId: usagerId })
      return fileContentsRepository(ctx.tx).documents(usagerId)
    },

    async upload(
      ctx: UsagersCtx,
      usagerId: string,
      meta: { kind: DocumentView['kind']; fileName: string },
      body: unknown,
    ): Promise<UsagerDocument> {
      const usagers = usagersRepository(ctx.tx)
      assertWritable(await usagers.get(usagerId))
      if (!Buffer.isBuffer(body)) {
        throw new DomainError(
          'unsupported_media_type',
          'Envoyez le fichier lui-même, en application/octet-stream.',
        )
      }
      if (body.length === 0) throw new DomainError('validation', 'Le fichier est vide.')
      if (body.length > MAX_DOCUMENT_BYTES) {
        throw new DomainError(
          'payload_too_large',
          `Le fichier pèse ${megabytes(body.length)} : ${megabytes(MAX_DOCUMENT_BYTES)} au plus.`,
        )
      }
      const mimeType = detectDocumentType(body)
      if (!mimeType) {
        throw new DomainError(
          'unsupported_media_type',
          'Ce fichier n’est ni un PDF ni une image PNG, JPEG ou WebP (son contenu a été vérifié, pas seulement son nom).',
        )
      }
      const organisationId = organisationOf(ctx.actor)
      const id = newId()
      const storageKey = storageKeyOf(organisationId, id)
      await storage.put(storageKey, body)
      try {
        const document = await fileContentsRepository(ctx.tx).insertDocument({
          id,
          organisationId,
          usagerId,
          kind: meta.kind,
          fileName: displayName(meta.fileName),
          mimeType,
          sizeBytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
          storageKey,
          uploadedBy: ctx.actor?.accountId ?? null,
        })
        await usagers.touch(usagerId)
        await ctx.audit({
          action: 'create',
          entityType: 'usager_document',
          entityId: id,
          after: { usagerId, kind: meta.kind, mimeType, sizeBytes: body.length },
        })
        return document
      } catch (err) {
        await storage.delete(storageKey)
        throw err
      }
    },

    async download(ctx: UsagersCtx, id: string): Promise<{ document: UsagerDocument; bytes: Buffer }> {
      const document = await fileContentsRepository(ctx.tx).document(id)
      if (!document) throw notFound('Ce document')
      const bytes = await storage.get(document.storageKey)
      if (!bytes) throw notFound('Le contenu de ce document')
      await ctx.audit({ action: 'read', entityType: 'usager_document', entityId: id })
      return { document, bytes }
    },
  }
}

export type DocumentsService = ReturnType<typeof documentsService>
