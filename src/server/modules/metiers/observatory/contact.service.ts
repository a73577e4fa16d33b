import { DomainError } from '../../../../shared/errors'
import type { BodyOf, ResponseOf } from '../../../../shared/contract'
import type { RequestTheme } from '../../../../shared/modules/accueil/accueil.constants'
import {
  contactSubjectLabels,
  type ContactSubject,
} from '../../../../shared/modules/metiers/contact-subjects'
import type { metiersObservatoryContract } from '../../../../shared/modules/metiers/observatory.contract'
import type { Database } from '../../../db/client'
import { auditRecorder } from '../../../platform/audit'
import { publicContactService, type AccueilCtx } from '../../accueil'
import type { MetiersDeps } from '../metiers.deps'
import { observatoryRepository } from './observatory.repository'

type ContactBody = BodyOf<typeof metiersObservatoryContract.contact>
type FormView = ResponseOf<typeof metiersObservatoryContract.contactForm>
type ContactAnswer = ResponseOf<typeof metiersObservatoryContract.contact>

/** The reception queue's theme for each subject of the platform's form. */
const themeOf: Record<ContactSubject, RequestTheme> = {
  metier: 'emploi',
  formation: 'emploi',
  offre: 'emploi',
  compte: 'emploi',
  employeur: 'emploi',
  probleme: 'numerique',
  autre: 'autre',
}

const noReceiver = () =>
  new DomainError(
    'conflict',
    'Ce formulaire n’est pas encore ouvert : l’administration de la plateforme n’a pas choisi l’organisation qui répond aux messages. Revenez bientôt.',
  )

/**
 * « Écrire à la plateforme »: the accueil module's public contact form, in the reception queue of
 * the organisation the platform administrator chose (a platform setting, never a guess: a message
 * must not land with an organisation that did not agree to answer it). The same question against
 * robots, trap field, rate limit, due date and acknowledgement as every organisation's own form.
 */
export function platformContactService(db: Database, deps: MetiersDeps) {
  const contact = publicContactService({ clock: deps.clock, mailer: deps.mailer })

  async function receiver(): Promise<string | null> {
    const settings = await db.transaction(
      { organisationId: null, accountId: null, platformAdmin: false },
      (tx) => observatoryRepository(tx).settings(),
    )
    return settings?.contactOrganisationId ?? null
  }

  /** The receiving organisation's tenant transaction, with the public as the actor of its audit. */
  function inOrganisation<T>(organisationId: string, requestId: string, fn: (ctx: AccueilCtx) => Promise<T>) {
    const audit = auditRecorder(
      { accountId: null, label: 'Public (Écrire à la plateforme)', organisationId },
      requestId,
    )
    return db.transaction(
      { organisationId, accountId: null, platformAdmin: false },
      (tx) => fn({ tx, actor: null, audit: audit.write }),
      audit.statement,
    )
  }

  return {
    async form(requestId: string): Promise<FormView> {
      const organisationId = await receiver()
      if (!organisationId) return { organisationName: null, announcedWorkingDays: null, question: null }
      const form = await inOrganisation(organisationId, requestId, (ctx) => contact.form(ctx, organisationId))
      return {
        organisationName: form.organisation.name,
        announcedWorkingDays: form.announcedDelay.workingDays,
        question: form.question,
      }
    },

    async submit(requestId: string, body: ContactBody): Promise<ContactAnswer> {
      const organisationId = await receiver()
      if (!organisationId) throw noReceiver()
      return inOrganisation(organisationId, requestId, async (ctx) => {
        const answer = await contact.submit(
          ctx,
          organisationId,
          {
            name: body.name,
            email: body.email,
            message: body.message,
            themes: [themeOf[body.subject]],
            questionId: body.questionId,
            answer: body.answer,
            website: body.website,
          },
          `Écrire à la plateforme — ${contactSubjectLabels[body.subject]}`,
        )
        const organisationName = (await observatoryRepository(ctx.tx).organisationName(organisationId)) ?? ''
        return { ...answer, organisationName }
      })
    },
  }
}
