import { invalid, notFound } from '../../../shared/errors'
import { fileContentsRepository, type NoteRow } from './file-contents.repository'
import { accountOf, assertWritable, fileNotFound, organisationOf, type UsagersCtx } from './usagers.context'
import { usagersRepository } from './usagers.repository'

interface NoteInput {
  text: string
  serviceId?: string | null | undefined
  privateToAuthor?: boolean | undefined
}

/**
 * Notes stay inside the team: row-level security shows a note to its author, to its service's
 * members, or to everyone when it names no service; a private note to its author alone.
 */
export const notesService = {
  async list(ctx: UsagersCtx, usagerId: string): Promise<NoteRow[]> {
    if (!(await usagersRepository(ctx.tx).get(usagerId))) throw fileNotFound()
    await ctx.audit({ action: 'read', entityType: 'usager_note', entityId: usagerId })
    return fileContentsRepository(ctx.tx).notes(usagerId)
  },

  async get(ctx: UsagersCtx, id: string): Promise<NoteRow> {
    const note = await fileContentsRepository(ctx.tx).note(id)
    if (!note) throw notFound('Cette note')
    await ctx.audit({ action: 'read', entityType: 'usager_note', entityId: id })
    return note
  },

  async add(ctx: UsagersCtx, usagerId: string, input: NoteInput): Promise<NoteRow> {
    const usagers = usagersRepository(ctx.tx)
    assertWritable(await usagers.get(usagerId))
    const serviceId = input.serviceId ?? null
    // The shared secret is the team's: one shares a note only with a service one belongs to.
    if (serviceId && !ctx.actor?.serviceIds.includes(serviceId)) {
      throw invalid('serviceId', 'Vous ne pouvez partager une note qu’avec un service dont vous êtes membre.')
    }
    const contents = fileContentsRepository(ctx.tx)
    const id = await contents.insertNote({
      organisationId: organisationOf(ctx.actor),
      usagerId,
      serviceId,
      privateToAuthor: input.privateToAuthor ?? false,
      authorId: accountOf(ctx.actor),
      body: input.text,
    })
    await usagers.touch(usagerId)
    await ctx.audit({
      action: 'create',
      entityType: 'usager_note',
      entityId: id,
      after: { usagerId, serviceId, privateToAuthor: input.privateToAuthor ?? false },
    })
    return (await contents.note(id))!
  },
}
