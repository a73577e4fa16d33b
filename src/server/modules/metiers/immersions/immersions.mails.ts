// E-mails about immersions. Subjects never carry a person's name; the hosts' e-mails carry no personal
// data at all (the offer's title and a link to sign in). Text only: nothing typed is read as HTML.
import { immersionPages } from '../../../../shared/modules/metiers/immersions.constants'
import type { Mail } from '../../../platform/mailer'

const frenchDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
const period = (start: string, end: string) =>
  start === end ? `le ${frenchDate(start)}` : `du ${frenchDate(start)} au ${frenchDate(end)}`

const hostFooter =
  '\n\nCe message ne contient aucune donnée personnelle : les demandes se lisent dans Lien.\n'
const candidateFooter =
  '\n\nVous recevez ce message parce que vous avez demandé une immersion sur le portail des métiers.\n'

export interface OfferForMail {
  title: string
}

export function requestReceivedToHost(
  publicUrl: string,
  to: string,
  offer: OfferForMail,
  requestId: string,
): Mail {
  return {
    to,
    subject: `Nouvelle demande d’immersion : « ${offer.title} »`,
    text:
      `Bonjour,\n\nUne personne demande à découvrir le métier lors de votre immersion « ${offer.title} ».\n\n` +
      `Répondez-lui, même pour dire non : accepter prépare la convention à signer.\n\n` +
      `${publicUrl}${immersionPages.request(requestId)}` +
      hostFooter,
  }
}

export function requestSentToCandidate(
  publicUrl: string,
  to: string,
  offer: OfferForMail,
  employerName: string,
  start: string,
  end: string,
): Mail {
  return {
    to,
    subject: `Demande d’immersion envoyée : « ${offer.title} »`,
    text:
      `Bonjour,\n\nVotre demande d’immersion « ${offer.title} » ${period(start, end)} a bien été envoyée à ${employerName}.\n\n` +
      `Vous recevrez sa réponse par e-mail. Vos demandes et leur état :\n${publicUrl}${immersionPages.myRequests()}` +
      candidateFooter,
  }
}

export function acceptedToCandidate(
  publicUrl: string,
  to: string,
  offer: OfferForMail,
  employerName: string,
  start: string,
  end: string,
): Mail {
  return {
    to,
    subject: `Immersion acceptée : « ${offer.title} »`,
    text:
      `Bonjour,\n\n${employerName} accepte de vous accueillir en immersion « ${offer.title} » ${period(start, end)}.\n\n` +
      `La convention sera signée par vous, la structure d’accueil et votre structure d’accompagnement ` +
      `(France Travail, Mission locale, Cap emploi…) avant le premier jour. Vous la trouverez dans votre espace dès qu’elle sera prête :\n` +
      `${publicUrl}${immersionPages.myRequests()}` +
      candidateFooter,
  }
}

export function refusedToCandidate(
  publicUrl: string,
  to: string,
  offer: OfferForMail,
  employerName: string,
  reason: string,
): Mail {
  return {
    to,
    subject: `Réponse à votre demande d’immersion : « ${offer.title} »`,
    text:
      `Bonjour,\n\n${employerName} ne peut pas vous accueillir en immersion « ${offer.title} ».\n\n` +
      `Sa raison :\n\n${reason}\n\n` +
      `D’autres immersions vous attendent peut-être :\n${publicUrl}/metiers/immersions` +
      candidateFooter,
  }
}

export function cancelledToHost(publicUrl: string, to: string, offer: OfferForMail, requestId: string): Mail {
  return {
    to,
    subject: `Demande d’immersion annulée : « ${offer.title} »`,
    text:
      `Bonjour,\n\nLa personne a annulé sa demande d’immersion « ${offer.title} ». La place est de nouveau libre.\n\n` +
      `${publicUrl}${immersionPages.request(requestId)}` +
      hostFooter,
  }
}

export interface ReminderFacts {
  title: string
  employerName: string
  place: string
  schedule: string
  tutorName: string
  startDate: string
}

export function reminderToCandidate(publicUrl: string, to: string, facts: ReminderFacts): Mail {
  return {
    to,
    subject: `Votre immersion commence demain : « ${facts.title} »`,
    text:
      `Bonjour,\n\nVotre immersion « ${facts.title} » chez ${facts.employerName} commence demain, ${frenchDate(facts.startDate)}.\n\n` +
      `Lieu : ${facts.place}\nHoraires : ${facts.schedule}\nVotre tuteur : ${facts.tutorName}\n\n` +
      `Un empêchement ? Prévenez la structure, ou annulez depuis votre espace :\n${publicUrl}${immersionPages.myRequests()}` +
      candidateFooter,
  }
}

export function reminderToHost(
  publicUrl: string,
  to: string,
  title: string,
  requestId: string,
  startDate: string,
): Mail {
  return {
    to,
    subject: `Une immersion commence demain : « ${title} »`,
    text:
      `Bonjour,\n\nUne personne commence demain, ${frenchDate(startDate)}, son immersion « ${title} ». ` +
      `Pensez à prévenir son tuteur et à avoir la convention signée.\n\n` +
      `${publicUrl}${immersionPages.request(requestId)}` +
      hostFooter,
  }
}

export function outcomeAskedToHost(publicUrl: string, to: string, title: string, requestId: string): Mail {
  return {
    to,
    subject: `Comment s’est passée l’immersion « ${title} » ?`,
    text:
      `Bonjour,\n\nUne immersion « ${title} » est terminée. Dites en deux clics si elle a eu lieu et ce qu’elle a donné ` +
      `(embauche, formation, projet confirmé…), avec un court bilan : c’est ce qui montre l’utilité des immersions sur le territoire.\n\n` +
      `${publicUrl}${immersionPages.request(requestId)}` +
      hostFooter,
  }
}
