import type { FastifyInstance } from 'fastify'
import { metiersApprenticeshipsContract as c } from '../../../../shared/modules/metiers/apprenticeships.contract'
import type { Database } from '../../../db/client'
import { tenantRoute } from '../../../http/register'
import type { MetiersDeps } from '../metiers.deps'
import { contactsService } from './contacts.service'
import { sendApprenticeshipMatchMails } from './match-mails'
import { publicSeatsService } from './public-seats.service'
import { requestsService } from './requests.service'
import { seatsService } from './seats.service'

/** Writes after which new matches may exist: their e-mails leave once the answer is sent (so committed). */
const matchingWrites = new Set(
  [c.createSeat, c.updateSeat, c.changeSeatState, c.saveRequest, c.changeRequestState].map(
    (route) => `${route.method} ${route.path}`,
  ),
)

/** Routes of the métiers module's apprenticeships part: apprenticeship matching: employers' seats, candidates' requests, ranked matches both ways, contact requests and conversations. */
export function registerApprenticeshipsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const publicSeats = publicSeatsService(deps)
  const seats = seatsService(deps)
  const requests = requestsService(deps)
  const contacts = contactsService(deps)

  tenantRoute(app, db, c.publicSeats, async ({ query }, ctx) => publicSeats.list(ctx.tx, query))
  tenantRoute(app, db, c.publicSeat, async ({ params }, ctx) => publicSeats.one(ctx.tx, params.id))
  tenantRoute(app, db, c.options, async (_input, ctx) => publicSeats.options(ctx.tx))

  tenantRoute(app, db, c.employerSeats, async (_input, ctx) => seats.list(ctx))
  tenantRoute(app, db, c.createSeat, async ({ body }, ctx) => seats.create(ctx, body))
  tenantRoute(app, db, c.employerSeat, async ({ params }, ctx) => seats.detail(ctx, params.id))
  tenantRoute(app, db, c.updateSeat, async ({ params, body }, ctx) => seats.update(ctx, params.id, body))
  tenantRoute(app, db, c.changeSeatState, async ({ params, body }, ctx) =>
    seats.changeState(ctx, params.id, body.state),
  )
  tenantRoute(app, db, c.employerContact, async ({ params, body }, ctx) =>
    contacts.employerContact(ctx, params.id, body.requestId, body.message),
  )
  tenantRoute(app, db, c.employerConversation, async ({ params }, ctx) =>
    contacts.conversation(ctx, params.id, 'employeur'),
  )
  tenantRoute(app, db, c.employerAnswer, async ({ params, body }, ctx) =>
    contacts.answer(ctx, params.id, 'employeur', body.accept),
  )
  tenantRoute(app, db, c.employerMessage, async ({ params, body }, ctx) =>
    contacts.write(ctx, params.id, 'employeur', body.body),
  )
  tenantRoute(app, db, c.employerOutcome, async ({ params, body }, ctx) =>
    contacts.close(ctx, params.id, body.outcome),
  )

  tenantRoute(app, db, c.mySpace, async (_input, ctx) => requests.space(ctx))
  tenantRoute(app, db, c.saveRequest, async ({ body }, ctx) => requests.save(ctx, body))
  tenantRoute(app, db, c.changeRequestState, async ({ body }, ctx) => requests.changeState(ctx, body.state))
  tenantRoute(app, db, c.candidateContact, async ({ params, body }, ctx) =>
    contacts.candidateContact(ctx, params.id, body.message),
  )
  tenantRoute(app, db, c.candidateConversation, async ({ params }, ctx) =>
    contacts.conversation(ctx, params.id, 'candidat'),
  )
  tenantRoute(app, db, c.candidateAnswer, async ({ params, body }, ctx) =>
    contacts.answer(ctx, params.id, 'candidat', body.accept),
  )
  tenantRoute(app, db, c.candidateMessage, async ({ params, body }, ctx) =>
    contacts.write(ctx, params.id, 'candidat', body.body),
  )

  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 300 || !matchingWrites.has(`${request.method} ${request.routeOptions.url}`))
      return
    try {
      await sendApprenticeshipMatchMails({ db, mailer: deps.mailer, publicUrl: deps.publicUrl }, deps.clock())
    } catch (error) {
      request.log.error(
        { err: { message: (error as Error).message } },
        'apprentissage : e-mails des rapprochements non envoyés',
      )
    }
  })
}
