import { randomInt } from 'node:crypto'
import { parisDate } from '../../../shared/dates'
import { invalid, notFound } from '../../../shared/errors'
import { requestThemes, themeLabels } from '../../../shared/modules/accueil/accueil.constants'
import type { BodyOf } from '../../../shared/contract'
import type { accueilContract } from '../../../shared/modules/accueil/accueil.contract'
import { dueDate, holidayOptionsFor } from '../../../shared/modules/accueil/due-date'
import type { Mailer } from '../../platform/mailer'
import { organisationsRepository, type Organisation } from '../organisations'
import { accueilRepository } from './accueil.repository'
import type { AccueilCtx, Clock } from './accueil.service'
import { resolveDelays } from './announced-delays'
import { chooseQuestion, isCorrectAnswer } from './anti-spam'
import { delayPhrase, longDate } from './french-dates'
import { presentPublicIdentity } from './public-identity'
import { auditedFields, formatReference, takeIn } from './request-intake'

type ContactBody = BodyOf<typeof accueilContract.contact>

export interface PublicContactDeps {
  clock: Clock
  mailer: Mailer
}

function acknowledgement(
  org: Organisation,
  reference: string,
  workingDays: number,
  dueOn: string,
  name: string | undefined,
) {
  return {
    subject: `Votre demande ${reference} a bien été reçue`,
    text:
      `Bonjour${name ? ` ${name}` : ''},\n\n` +
      `${org.name} a bien reçu votre demande envoyée par le formulaire de contact.\n` +
      `Sa référence : ${reference}. Rappelez-la si vous nous contactez à son sujet.\n\n` +
      `Nous nous engageons à vous répondre ${delayPhrase(workingDays)}, soit au plus tard le ${longDate(dueOn)}.\n\n` +
      `Ce message est envoyé automatiquement : merci de ne pas y répondre.\n`,
  }
}

/** The public contact form: no account, a question against robots, a trap field, an acknowledgement. */
export function publicContactService(deps: PublicContactDeps) {
  async function organisation(ctx: AccueilCtx, organisationId: string) {
    const org = await organisationsRepository(ctx.tx).getOrganisation(organisationId)
    if (!org) throw notFound('Cette organisation')
    return org
  }

  return {
    async form(ctx: AccueilCtx, organisationId: string) {
      const org = await organisation(ctx, organisationId)
      const { delays, custom } = await resolveDelays(accueilRepository(ctx.tx), org.id)
      return {
        organisation: presentPublicIdentity(org),
        themes: requestThemes.map((value) => ({ value, label: themeLabels[value] })),
        announcedDelay: { workingDays: delays.formulaire, isDefault: !custom.has('formulaire') },
        question: chooseQuestion(org.communeInsee),
      }
    },

    /** `subject` names the form when it is not the organisation's own (« Écrire à la plateforme »). */
    async submit(
      ctx: AccueilCtx,
      organisationId: string,
      body: ContactBody,
      subject = 'Formulaire de contact',
    ) {
      const org = await organisation(ctx, organisationId)
      const at = deps.clock()
      const { delays } = await resolveDelays(accueilRepository(ctx.tx), org.id)
      const dueOn = dueDate(at, 'formulaire', delays, holidayOptionsFor(org.communeInsee))
      const answer = { dueOn, announcedWorkingDays: delays.formulaire }
      // A robot that filled the hidden field is told "received" and nothing is kept.
      if (body.website?.trim()) {
        return {
          ...answer,
          reference: formatReference(Number(parisDate(at).slice(0, 4)), randomInt(1, 999_999)),
        }
      }
      if (!isCorrectAnswer(org.communeInsee, body.questionId, body.answer)) {
        throw invalid('answer', 'Ce n’est pas la réponse attendue. Relisez la question et réessayez.')
      }
      const row = await takeIn(
        ctx.tx,
        org,
        {
          channel: 'formulaire',
          themes: body.themes,
          usagerId: null,
          contactName: body.name ?? null,
          replyTo: [body.email, body.phone].filter(Boolean).join(' ou ') || null,
          subject,
          message: body.message,
          serviceId: null,
          assigneeId: null,
          receivedBy: null,
        },
        at,
      )
      await ctx.audit({
        action: 'create',
        entityType: 'request',
        entityId: row.id,
        after: auditedFields(row),
      })
      if (body.email) {
        await deps.mailer.send({
          to: body.email,
          ...acknowledgement(org, row.reference, delays.formulaire, row.dueOn, body.name),
        })
      }
      return { ...answer, reference: row.reference }
    },
  }
}

export type PublicContactService = ReturnType<typeof publicContactService>
