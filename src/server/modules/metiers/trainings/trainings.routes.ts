import type { FastifyInstance } from 'fastify'
import { metiersTrainingsContract as c } from '../../../../shared/modules/metiers/trainings.contract'
import type { Database } from '../../../db/client'
import { asAttachment } from '../../../http/attachment'
import { organisationPublicRoute, tenantRoute } from '../../../http/register'
import type { MetiersDeps } from '../metiers.deps'
import { catalogueService } from './catalogue.service'
import { centresService } from './centres.service'
import { malletteService } from './mallette.service'
import { welcomeKitsService } from './welcome-kits.service'

/** Routes of the métiers module's trainings part: training centres and their trainings (catalogue on a map), the « mallette de l'alternance » document library and employers' welcome kits for apprentices. */
export function registerTrainingsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const catalogue = catalogueService(deps)
  const centres = centresService(deps)
  const mallette = malletteService(deps)
  const kits = welcomeKitsService(deps)

  tenantRoute(app, db, c.catalogue, async ({ query }, ctx) => catalogue.search(ctx.tx, query))
  tenantRoute(app, db, c.training, async ({ params }, ctx) => catalogue.training(ctx.tx, params.ref))
  tenantRoute(app, db, c.mallette, async ({ query }, ctx) => mallette.list(ctx.tx, query))
  tenantRoute(app, db, c.malletteFile, async ({ params }, ctx, http) => {
    const file = await mallette.file(ctx, params.id)
    asAttachment(http.reply, file.fileName, 'application/pdf', 'document.pdf')
    return file.bytes
  })
  const kitOwner = {
    organisationId: ({ params }: { params: { organisationId: string } }) => params.organisationId,
  }
  organisationPublicRoute(
    app,
    db,
    c.welcomeKit,
    { ...kitOwner, actorLabel: 'Lien du kit d’accueil des apprentis' },
    async ({ params, query }, ctx) => kits.read(ctx, params.organisationId, query.cle),
  )
  organisationPublicRoute(
    app,
    db,
    c.welcomeKitFile,
    { ...kitOwner, actorLabel: 'Lien du kit d’accueil des apprentis' },
    async ({ params, query }, ctx, http) => {
      const file = await kits.readFile(ctx, params.organisationId, params.fileId, query.cle)
      asAttachment(http.reply, file.fileName, 'application/pdf', 'document.pdf')
      return file.bytes
    },
  )

  tenantRoute(app, db, c.centres, async (_i, ctx) => centres.list(ctx))
  tenantRoute(app, db, c.createCentre, async ({ body }, ctx) => centres.create(ctx, body))
  tenantRoute(app, db, c.centre, async ({ params }, ctx) => centres.get(ctx, params.id))
  tenantRoute(app, db, c.saveCentre, async ({ params, body }, ctx) => centres.save(ctx, params.id, body))
  tenantRoute(app, db, c.jobChoices, async (_i, ctx) => centres.jobChoices(ctx))
  tenantRoute(app, db, c.createTraining, async ({ params, body }, ctx) =>
    centres.createTraining(ctx, params.id, body),
  )
  tenantRoute(app, db, c.editorTraining, async ({ params }, ctx) => centres.getTraining(ctx, params.id))
  tenantRoute(app, db, c.saveTraining, async ({ params, body }, ctx) =>
    centres.saveTraining(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deleteTraining, async ({ params }, ctx) => centres.deleteTraining(ctx, params.id))

  tenantRoute(app, db, c.editorMallette, async (_i, ctx) => mallette.editorList(ctx))
  tenantRoute(app, db, c.createMalletteDocument, async ({ body }, ctx) => mallette.create(ctx, body))
  tenantRoute(app, db, c.saveMalletteDocument, async ({ params, body }, ctx) =>
    mallette.save(ctx, params.id, body),
  )
  tenantRoute(app, db, c.uploadMalletteFile, async ({ params, query }, ctx, http) =>
    mallette.upload(ctx, params.id, http.request.body, query.nom),
  )
  tenantRoute(app, db, c.deleteMalletteDocument, async ({ params }, ctx) => mallette.remove(ctx, params.id))

  tenantRoute(app, db, c.editorWelcomeKit, async (_i, ctx) => kits.editorState(ctx))
  tenantRoute(app, db, c.saveWelcomeKit, async ({ body }, ctx) => kits.save(ctx, body))
  tenantRoute(app, db, c.renewWelcomeKitLink, async (_i, ctx) => kits.renewLink(ctx))
  tenantRoute(app, db, c.uploadWelcomeKitFile, async ({ query }, ctx, http) =>
    kits.uploadFile(ctx, http.request.body, query.nom),
  )
  tenantRoute(app, db, c.deleteWelcomeKitFile, async ({ params }, ctx) => kits.deleteFile(ctx, params.id))
}
