import type { FastifyInstance } from 'fastify'
import { usagersContract as c } from '../../../shared/modules/usagers/usagers.contract'
import type { Database } from '../../db/client'
import { asAttachment } from '../../http/attachment'
import { tenantRoute } from '../../http/register'
import type { FileStorage } from '../../platform/files'
import { documentsService } from './documents.service'
import { personExportPdf } from './export-pdf'
import { exportPerson } from './export.service'
import { householdService } from './household.service'
import { mergeUsagers } from './merge.service'
import { notesService } from './notes.service'
import { retentionService } from './retention.service'
import {
  presentDocument,
  presentFile,
  presentHouseholdMember,
  presentNote,
  presentSummary,
} from './usagers.presenter'
import { usagersService } from './usagers.service'

export function registerUsagersRoutes(app: FastifyInstance, db: Database, storage: FileStorage) {
  const documents = documentsService(storage)
  const retention = retentionService(storage)

  tenantRoute(app, db, c.search, async ({ query }, ctx) =>
    (await usagersService.search(ctx, query.q, query.limit)).map(presentSummary),
  )
  tenantRoute(app, db, c.create, async ({ body }, ctx) => presentFile(await usagersService.create(ctx, body)))
  tenantRoute(app, db, c.duplicates, async ({ body }, ctx) => usagersService.findDuplicates(ctx, body))
  tenantRoute(app, db, c.get, async ({ params }, ctx) =>
    presentFile(await usagersService.get(ctx, params.id)),
  )
  tenantRoute(app, db, c.update, async ({ params, body }, ctx) =>
    presentFile(await usagersService.update(ctx, params.id, body)),
  )

  tenantRoute(app, db, c.listHousehold, async ({ params }, ctx) =>
    (await householdService.list(ctx, params.id)).map(presentHouseholdMember),
  )
  tenantRoute(app, db, c.addHouseholdMember, async ({ params, body }, ctx) =>
    presentHouseholdMember(await householdService.add(ctx, params.id, body)),
  )
  tenantRoute(app, db, c.updateHouseholdMember, async ({ params, body }, ctx) =>
    presentHouseholdMember(await householdService.update(ctx, params.id, body)),
  )
  tenantRoute(app, db, c.removeHouseholdMember, async ({ params }, ctx) => {
    await householdService.remove(ctx, params.id)
    return { ok: true as const }
  })

  tenantRoute(app, db, c.listNotes, async ({ params }, ctx) =>
    (await notesService.list(ctx, params.id)).map(presentNote),
  )
  tenantRoute(app, db, c.addNote, async ({ params, body }, ctx) =>
    presentNote(await notesService.add(ctx, params.id, body)),
  )
  tenantRoute(app, db, c.getNote, async ({ params }, ctx) =>
    presentNote(await notesService.get(ctx, params.id)),
  )

  tenantRoute(app, db, c.listDocuments, async ({ params }, ctx) =>
    (await documents.list(ctx, params.id)).map(presentDocument),
  )
  tenantRoute(app, db, c.uploadDocument, async ({ params, query }, ctx, http) =>
    presentDocument(await documents.upload(ctx, params.id, query, http.request.body)),
  )
  tenantRoute(app, db, c.downloadDocument, async ({ params }, ctx, http) => {
    const { document, bytes } = await documents.download(ctx, params.id)
    asAttachment(http.reply, document.fileName, document.mimeType, 'document')
    return bytes
  })

  tenantRoute(app, db, c.merge, async ({ params, body }, ctx) =>
    presentFile(await mergeUsagers(ctx, params.id, body.absorbedId, body.takeFromAbsorbed)),
  )
  tenantRoute(app, db, c.exportJson, async ({ params }, ctx) => exportPerson(ctx, params.id, 'json'))
  tenantRoute(app, db, c.exportPdf, async ({ params }, ctx, http) => {
    const pdf = await personExportPdf(await exportPerson(ctx, params.id, 'pdf'))
    asAttachment(http.reply, `donnees-personnelles-${params.id}.pdf`, 'application/pdf', 'document')
    return Buffer.from(pdf)
  })

  tenantRoute(app, db, c.getRetention, async (_i, ctx) => retention.get(ctx))
  tenantRoute(app, db, c.setRetention, async ({ body }, ctx) => retention.set(ctx, body.retentionMonths))
  tenantRoute(app, db, c.anonymisationCandidates, async (_i, ctx) => {
    const found = await retention.candidates(ctx)
    return {
      reviewedAt: found.reviewedAt ? found.reviewedAt.toISOString() : null,
      retentionMonths: found.retentionMonths,
      candidates: found.candidates.map(presentSummary),
    }
  })
  tenantRoute(app, db, c.anonymise, async ({ body }, ctx) => ({
    anonymised: await retention.anonymise(ctx, body.usagerIds),
  }))
}
