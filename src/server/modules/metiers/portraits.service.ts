import { DomainError, notFound } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type {
  EditorPortraitView,
  metiersFichesContract,
} from '../../../shared/modules/metiers/fiches.contract'
import { newId } from '../../../shared/ids'
import type { RequestContext } from '../../http/context'
import type { FileStorage } from '../../platform/files'
import { fichesRepository, type PortraitRow } from './fiches.repository'
import { editorPortrait } from './fiches.presenter'
import {
  checkPortraitFile,
  detectMediaType,
  mediaKey,
  type MediaType,
  type PortraitMediaKind,
} from './portraits.media'
import { sanitizeRichText } from './rich-text'

type PortraitBody = BodyOf<typeof metiersFichesContract.createPortrait>
type PortraitPatchBody = BodyOf<typeof metiersFichesContract.updatePortrait>

const auditFields = (p: PortraitRow) => ({
  name: p.name,
  roleLabel: p.roleLabel,
  workplace: p.workplace,
  quote: p.quote,
  storyHtml: p.storyHtml,
  transcript: p.transcript,
  photoKey: p.photoKey,
  photoAlt: p.photoAlt,
  videoKey: p.videoKey,
  captionsKey: p.captionsKey,
  position: p.position,
})

const keyColumn: Record<PortraitMediaKind, 'photoKey' | 'videoKey' | 'captionsKey'> = {
  photo: 'photoKey',
  video: 'videoKey',
  captions: 'captionsKey',
}

/** A media file as served: its bytes, type, and whether caches may keep it for everyone. */
export interface ServedMedia {
  bytes: Buffer
  type: MediaType
  public: boolean
}

export function portraitsService(deps: { files: FileStorage }) {
  async function existing(ctx: RequestContext, id: string) {
    const row = await fichesRepository(ctx.tx).portrait(id)
    if (!row) throw notFound('Ce portrait')
    return row
  }

  async function write(
    ctx: RequestContext,
    before: PortraitRow,
    values: Partial<PortraitRow>,
  ): Promise<EditorPortraitView> {
    const row = await fichesRepository(ctx.tx).updatePortrait(before.id, values)
    await ctx.audit({
      action: 'update',
      entityType: 'job_portrait',
      entityId: before.id,
      before: auditFields(before),
      after: auditFields(row!),
      // A portrait names a real agent: the trail says what changed, not what it says.
      masked: true,
    })
    return editorPortrait(row!)
  }

  /** Stores a new file under a fresh key, then forgets the one it replaces. */
  async function replaceFile(
    ctx: RequestContext,
    id: string,
    kind: PortraitMediaKind,
    body: unknown,
    extra: Partial<PortraitRow> = {},
  ) {
    const before = await existing(ctx, id)
    const { bytes } = checkPortraitFile(kind, body)
    const key = mediaKey(newId())
    await deps.files.put(key, bytes)
    const view = await write(ctx, before, { [keyColumn[kind]]: key, ...extra })
    const old = before[keyColumn[kind]]
    if (old) await deps.files.delete(old)
    return view
  }

  async function removeFiles(
    ctx: RequestContext,
    id: string,
    kinds: PortraitMediaKind[],
    extra: Partial<PortraitRow> = {},
  ) {
    const before = await existing(ctx, id)
    const values: Partial<PortraitRow> = { ...extra }
    for (const kind of kinds) values[keyColumn[kind]] = null
    const view = await write(ctx, before, values)
    for (const kind of kinds) {
      const old = before[keyColumn[kind]]
      if (old) await deps.files.delete(old)
    }
    return view
  }

  return {
    async create(ctx: RequestContext, jobId: string, input: PortraitBody) {
      const fiche = await fichesRepository(ctx.tx).byId(jobId)
      if (!fiche) throw notFound('Cette fiche métier')
      const row = await fichesRepository(ctx.tx).insertPortrait({
        ...input,
        storyHtml: sanitizeRichText(input.storyHtml),
        jobId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'job_portrait',
        entityId: row.id,
        after: auditFields(row),
        masked: true,
      })
      return editorPortrait(row)
    },

    async update(ctx: RequestContext, id: string, patch: PortraitPatchBody) {
      const before = await existing(ctx, id)
      if (patch.photoAlt !== undefined && patch.photoAlt.trim() === '' && before.photoKey)
        throw new DomainError(
          'validation',
          'Texte alternatif de la photo : obligatoire tant qu’il y a une photo.',
          [{ field: 'photoAlt', message: 'Décrivez la photo en quelques mots.' }],
        )
      const values: Partial<PortraitRow> = {}
      for (const [key, value] of Object.entries(patch))
        if (value !== undefined) (values as Record<string, unknown>)[key] = value
      if (patch.storyHtml !== undefined) values.storyHtml = sanitizeRichText(patch.storyHtml)
      return write(ctx, before, values)
    },

    async delete(ctx: RequestContext, id: string) {
      const gone = await fichesRepository(ctx.tx).deletePortrait(id)
      if (!gone) throw notFound('Ce portrait')
      await ctx.audit({
        action: 'delete',
        entityType: 'job_portrait',
        entityId: id,
        before: auditFields(gone),
        masked: true,
      })
      for (const key of [gone.photoKey, gone.videoKey, gone.captionsKey])
        if (key) await deps.files.delete(key)
      return { deleted: true as const }
    },

    uploadPhoto: (ctx: RequestContext, id: string, body: unknown, alt: string) =>
      replaceFile(ctx, id, 'photo', body, { photoAlt: alt }),
    deletePhoto: (ctx: RequestContext, id: string) => removeFiles(ctx, id, ['photo'], { photoAlt: '' }),
    uploadVideo: (ctx: RequestContext, id: string, body: unknown) => replaceFile(ctx, id, 'video', body),
    uploadCaptions: (ctx: RequestContext, id: string, body: unknown) =>
      replaceFile(ctx, id, 'captions', body),
    deleteVideo: (ctx: RequestContext, id: string) => removeFiles(ctx, id, ['video', 'captions']),

    /** A portrait's file: the public reads those of published fiches only (row-level security). */
    async media(ctx: RequestContext, mediaId: string): Promise<ServedMedia> {
      const key = mediaKey(mediaId)
      const owner = await fichesRepository(ctx.tx).mediaOwner(key)
      if (!owner) throw notFound('Ce fichier')
      const bytes = await deps.files.get(key)
      if (!bytes) throw notFound('Ce fichier')
      const type = detectMediaType(bytes)
      if (!type) throw notFound('Ce fichier')
      return { bytes, type, public: owner.published }
    },
  }
}
