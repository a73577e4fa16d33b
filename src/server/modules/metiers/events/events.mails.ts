// E-mails to the people registered to an event. Subjects carry the event's title, never a name.
// Text only: nothing typed by anyone is read as HTML. The online link is only in the mails of
// people who hold a seat.
import { formatParis } from '../../../../shared/dates'
import { eventPages } from '../../../../shared/modules/metiers/events.contract'
import type { Mail } from '../../../platform/mailer'
import { eventIcs } from './event-ics'
import type { EventRow } from './events.repository'

const footer =
  '\n\nCe lien est personnel : il ouvre votre inscription sans mot de passe (annulation, lien de connexion, replay). Ne le transférez pas.\n'

export interface MailContext {
  publicUrl: string
  now: Date
  /** The organiser's name. */
  organiserName: string
}

const whereText = (event: EventRow) =>
  event.online
    ? 'En ligne (le lien de connexion est ci-dessous)'
    : [event.address, [event.postcode, event.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')

const when = (event: EventRow) => `${formatParis(event.startsAt)} (heure de Paris)`

/** The calendar file of a seat (attached to the e-mails, and downloaded from the person's page). */
export function invitation(event: EventRow, context: MailContext, managePath: string) {
  const url = `${context.publicUrl}${eventPages.event(event.slug)}`
  return {
    filename: 'invitation.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: eventIcs({
      eventId: event.id,
      host: new URL(context.publicUrl).hostname,
      sequence: event.revision,
      stamp: context.now,
      start: event.startsAt,
      end: event.endsAt,
      summary: event.title,
      description:
        `${context.organiserName}\n` +
        (event.online && event.onlineUrl ? `Lien de connexion : ${event.onlineUrl}\n` : '') +
        `Votre inscription : ${context.publicUrl}${managePath}`,
      location: event.online ? (event.onlineUrl ?? 'En ligne') : whereText(event),
      url,
    }),
  }
}

const seatText = (event: EventRow) =>
  `Quand : ${when(event)}\nOù : ${whereText(event)}\n` +
  (event.online && event.onlineUrl ? `Lien de connexion : ${event.onlineUrl}\n` : '')

/** A seat: the invitation is attached. */
export function seatConfirmed(to: string, event: EventRow, context: MailContext, managePath: string): Mail {
  return {
    to,
    subject: `Inscription confirmée : « ${event.title} »`,
    text:
      `Bonjour,\n\nVotre place est réservée pour « ${event.title} », organisé par ${context.organiserName}.\n\n` +
      seatText(event) +
      `\nL’invitation jointe s’ajoute à votre agenda.\n\n` +
      `Vous ne pouvez plus venir ? Annulez ici pour laisser votre place :\n${context.publicUrl}${managePath}` +
      footer,
    attachments: [invitation(event, context, managePath)],
  }
}

export function waitingListed(
  to: string,
  event: EventRow,
  context: MailContext,
  managePath: string,
  position: number,
): Mail {
  return {
    to,
    subject: `Liste d’attente : « ${event.title} »`,
    text:
      `Bonjour,\n\n« ${event.title} » est complet. Vous êtes sur la liste d’attente (position ${position}).\n\n` +
      `Si une place se libère, elle vous est donnée automatiquement et vous recevez un e-mail avec l’invitation.\n\n` +
      `Quand : ${when(event)}\n\nVotre inscription :\n${context.publicUrl}${managePath}` +
      footer,
  }
}

/** A seat freed by someone else: the first person waiting gets it. */
export function seatFreed(to: string, event: EventRow, context: MailContext, managePath: string): Mail {
  return {
    to,
    subject: `Une place s’est libérée : « ${event.title} »`,
    text:
      `Bonjour,\n\nBonne nouvelle : une place s’est libérée pour « ${event.title} ». Elle est à vous.\n\n` +
      seatText(event) +
      `\nL’invitation jointe s’ajoute à votre agenda. Vous ne pouvez plus venir ? Annulez ici :\n` +
      `${context.publicUrl}${managePath}` +
      footer,
    attachments: [invitation(event, context, managePath)],
  }
}

export function cancelled(to: string, event: EventRow, context: MailContext): Mail {
  return {
    to,
    subject: `Inscription annulée : « ${event.title} »`,
    text:
      `Bonjour,\n\nVotre inscription à « ${event.title} » (${when(event)}) est annulée. ` +
      `Pensez à retirer l’événement de votre agenda.\n\n` +
      `D’autres événements : ${context.publicUrl}${eventPages.list()}\n`,
  }
}

/** The time or the place changed: the updated invitation replaces the old one in calendars. */
export function eventChanged(to: string, event: EventRow, context: MailContext, managePath: string): Mail {
  return {
    to,
    subject: `Changement : « ${event.title} »`,
    text:
      `Bonjour,\n\nL’événement « ${event.title} » a changé :\n\n` +
      seatText(event) +
      `\nL’invitation jointe met votre agenda à jour.\n\nVotre inscription :\n${context.publicUrl}${managePath}` +
      footer,
    attachments: [invitation(event, context, managePath)],
  }
}

export function reminder(
  to: string,
  event: EventRow,
  context: MailContext,
  managePath: string,
  soon: 'veille' | 'heure',
): Mail {
  return {
    to,
    subject: soon === 'veille' ? `Demain : « ${event.title} »` : `Dans une heure : « ${event.title} »`,
    text:
      `Bonjour,\n\n` +
      (soon === 'veille'
        ? `Nous vous attendons demain pour « ${event.title} ».\n\n`
        : `« ${event.title} » commence dans une heure.\n\n`) +
      seatText(event) +
      `\nVous ne pouvez plus venir ? Annulez pour laisser votre place :\n${context.publicUrl}${managePath}` +
      footer,
  }
}
