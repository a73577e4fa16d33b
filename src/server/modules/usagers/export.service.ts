import type { PersonExport } from './export-pdf'
import { fileContentsRepository } from './file-contents.repository'
import { presentFile, presentNote } from './usagers.presenter'
import { fileNotFound, organisationOf, type UsagersCtx } from './usagers.context'
import { usagersRepository } from './usagers.repository'
import { loadFile } from './usagers.service'

/**
 * Everything a file holds, for a person's access request: identity, household, documents
 * (their list), the notes the exporting agent may read, and the merges.
 */
export async function exportPerson(
  ctx: UsagersCtx,
  id: string,
  format: 'json' | 'pdf',
): Promise<PersonExport> {
  const usager = await usagersRepository(ctx.tx).get(id)
  if (!usager) throw fileNotFound()
  const file = await loadFile(ctx, usager)
  const notes = await fileContentsRepository(ctx.tx).notes(id)
  const organisationId = organisationOf(ctx.actor)
  const organisation =
    ctx.actor?.memberships.find((m) => m.organisationId === organisationId)?.organisationName ?? ''
  await ctx.audit({ action: 'export', entityType: 'usager', entityId: id, after: { format } })
  return {
    exportedAt: new Date().toISOString(),
    organisation,
    usager: presentFile(file),
    notes: notes.map(presentNote),
    merges: file.mergedFrom.map((m) => ({ absorbedId: m.id, at: m.at.toISOString() })),
  }
}
