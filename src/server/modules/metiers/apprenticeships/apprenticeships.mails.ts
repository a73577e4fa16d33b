// E-mails of apprenticeship matching. None carries a message's content or the other side's identity:
// they say something happened and link to the page where it is read, after signing in.
import { apprenticeshipPages } from '../../../../shared/modules/metiers/apprenticeships.contract'
import { monthLabel } from '../../../../shared/modules/metiers/apprenticeships-rules'
import type { Mail } from '../../../platform/mailer'

const footer =
  '\n\nCe message ne contient aucune donnée personnelle : tout se lit dans Lien, une fois connecté.\n'

export type Side = 'candidat' | 'employeur'

const pageOf = (side: Side, contactId: string) =>
  side === 'candidat'
    ? apprenticeshipPages.candidateContact(contactId)
    : apprenticeshipPages.employerContact(contactId)

export interface SeatLine {
  title: string
  commune: string
  startMonth: string
}

/** To a candidate: seats that fit their request. */
export function newSeatsForCandidate(publicUrl: string, to: string, seats: SeatLine[]): Mail {
  const lines = seats
    .slice(0, 10)
    .map((s) => `- ${s.title}, à ${s.commune}, début ${monthLabel(s.startMonth)}`)
    .join('\n')
  const more = seats.length > 10 ? `\n… et ${seats.length - 10} autre(s).` : ''
  return {
    to,
    subject:
      seats.length === 1
        ? 'Une place d’apprentissage correspond à votre demande'
        : `${seats.length} places d’apprentissage correspondent à votre demande`,
    text:
      `Bonjour,\n\nDe nouvelles places d’apprentissage correspondent à votre demande :\n\n${lines}${more}\n\n` +
      `Voyez pourquoi chacune vous correspond et demandez un contact à l’employeur :\n` +
      `${publicUrl}${apprenticeshipPages.candidate()}` +
      footer,
  }
}

/** To an employer's recruiters: requests that fit their seats (counted, never described). */
export function newRequestsForEmployer(
  publicUrl: string,
  to: string,
  seats: { id: string; title: string; count: number }[],
): Mail {
  const total = seats.reduce((n, s) => n + s.count, 0)
  const lines = seats
    .map((s) => `- « ${s.title} » : ${s.count} demande(s)\n  ${publicUrl}${apprenticeshipPages.seat(s.id)}`)
    .join('\n')
  return {
    to,
    subject:
      total === 1
        ? 'Une demande d’apprentissage correspond à votre place'
        : `${total} demandes d’apprentissage correspondent à vos places`,
    text:
      `Bonjour,\n\nDes personnes qui cherchent un apprentissage correspondent à vos places :\n\n${lines}\n\n` +
      `Vous verrez leur demande sans leur identité, et pourrez leur proposer un contact.` +
      footer,
  }
}

export function contactRequested(
  publicUrl: string,
  to: string,
  toSide: Side,
  contactId: string,
  seatTitle: string,
): Mail {
  const who = toSide === 'candidat' ? 'Un employeur' : 'Une personne qui cherche un apprentissage'
  return {
    to,
    subject: `Demande de contact : « ${seatTitle} »`,
    text:
      `Bonjour,\n\n${who} souhaite entrer en contact avec vous au sujet de la place d’apprentissage « ${seatTitle} ».\n\n` +
      `Lisez sa demande puis acceptez ou refusez (rien n’est transmis si vous refusez) :\n` +
      `${publicUrl}${pageOf(toSide, contactId)}` +
      footer,
  }
}

export function contactAnswered(
  publicUrl: string,
  to: string,
  toSide: Side,
  contactId: string,
  seatTitle: string,
  accepted: boolean,
): Mail {
  return {
    to,
    subject: accepted
      ? `Contact accepté : « ${seatTitle} »`
      : `Demande de contact sans suite : « ${seatTitle} »`,
    text: accepted
      ? `Bonjour,\n\nVotre demande de contact au sujet de la place « ${seatTitle} » a été acceptée. ` +
        `La conversation est ouverte :\n${publicUrl}${pageOf(toSide, contactId)}` +
        footer
      : `Bonjour,\n\nVotre demande de contact au sujet de la place « ${seatTitle} » n’a pas été acceptée. ` +
        `D’autres places ou demandes peuvent vous correspondre :\n${publicUrl}${
          toSide === 'candidat' ? apprenticeshipPages.candidate() : apprenticeshipPages.seats()
        }` +
        footer,
  }
}

export function newMessage(
  publicUrl: string,
  to: string,
  toSide: Side,
  contactId: string,
  seatTitle: string,
): Mail {
  return {
    to,
    subject: `Nouveau message : « ${seatTitle} »`,
    text:
      `Bonjour,\n\nVous avez un nouveau message au sujet de la place d’apprentissage « ${seatTitle} ».\n\n` +
      `Lisez-le et répondez ici :\n${publicUrl}${pageOf(toSide, contactId)}` +
      footer,
  }
}
