import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { metiersAgrementContract as c } from '../../../../shared/modules/metiers/agrement.contract'
import { rows, type Database } from '../../../db/client'
import { asAttachment } from '../../../http/attachment'
import { tenantRoute } from '../../../http/register'
import { foundTenantRoute } from '../application-public-routes'
import type { MetiersDeps } from '../metiers.deps'
import { agrementMeetingsService } from './agrement-meetings.service'
import { agrementService } from './agrement.service'

/** Routes of the métiers module's agrement part: the assistant familial agrément pipeline of a département: information meetings, applications, legal delays, training. */
export function registerAgrementRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const files = agrementService(deps)
  const meetings = agrementMeetingsService(deps)

  tenantRoute(app, db, c.publicMeetings, async (_i, ctx) => meetings.upcoming(ctx))
  // The public reads published meetings only: that is how the département is found.
  foundTenantRoute(
    app,
    db,
    c.register,
    {
      find: async (tx, i) =>
        (
          await rows<{ organisation_id: string }>(
            tx,
            sql`select organisation_id from agrement_meetings where id = ${i.params.id}`,
          )
        )[0]?.organisation_id,
      notFoundMessage: 'Cette réunion d’information',
      actorLabel: 'Candidat à l’agrément (portail public)',
    },
    ({ params, body }, ctx) => meetings.register(ctx, params.id, body),
  )
  tenantRoute(app, db, c.myFiles, async (_i, ctx) => files.candidateFiles(ctx))

  tenantRoute(app, db, c.pipeline, async (_i, ctx) => files.pipeline(ctx))
  tenantRoute(app, db, c.create, async ({ body }, ctx) => files.create(ctx, body))
  tenantRoute(app, db, c.detail, async ({ params }, ctx) => files.detail(ctx, params.id))
  tenantRoute(app, db, c.update, async ({ params, body }, ctx) => files.update(ctx, params.id, body))
  tenantRoute(app, db, c.documents, async ({ params, body }, ctx) => files.documents(ctx, params.id, body))
  tenantRoute(app, db, c.recordStep, async ({ params, body }, ctx) =>
    files.recordStep(ctx, params.id, body.kind, body.on, body.note),
  )
  tenantRoute(app, db, c.extend, async ({ params, body }, ctx) => files.extend(ctx, params.id, body))
  tenantRoute(app, db, c.decide, async ({ params, body }, ctx) => files.decide(ctx, params.id, body))
  tenantRoute(app, db, c.addTraining, async ({ params, body }, ctx) =>
    files.addTraining(ctx, params.id, body),
  )
  tenantRoute(app, db, c.decisionLetter, async ({ params }, ctx, http) => {
    const letter = await files.letter(ctx, params.id)
    asAttachment(http.reply, letter.name, 'application/pdf', 'decision.pdf')
    return Buffer.from(letter.bytes)
  })

  tenantRoute(app, db, c.meetings, async (_i, ctx) => meetings.list(ctx))
  tenantRoute(app, db, c.createMeeting, async ({ body }, ctx) => meetings.create(ctx, body))
  tenantRoute(app, db, c.meeting, async ({ params }, ctx) => meetings.detail(ctx, params.id))
  tenantRoute(app, db, c.attendance, async ({ params, body }, ctx) =>
    meetings.attendance(ctx, params.id, body.registrationId, body.attended),
  )
}
