// E-mails about ambassadors and the meetings people ask them for. Mails to the ambassador carry no
// personal data of the requester (the details are read in their space); subjects never carry a name.
// Text only: nothing anyone typed is ever read as HTML.
import { ambassadorPages } from '../../../../shared/modules/metiers/ambassadors.constants'
import type { Mail } from '../../../platform/mailer'

const spaceLink = (publicUrl: string) => `${publicUrl}${ambassadorPages.space()}`
const privacyFooter =
  '\n\nCe message ne contient aucune coordonnée : elles se lisent dans votre espace, connecté.\n'

export function newBookingToAmbassador(publicUrl: string, to: string, jobTitle: string): Mail {
  return {
    to,
    subject: 'Une demande de rencontre vous attend',
    text:
      `Bonjour,\n\nQuelqu’un souhaite vous rencontrer pour parler du métier « ${jobTitle} ».\n\n` +
      `Lisez la demande et répondez (accepter ou décliner) dans votre espace d’ambassadeur :\n${spaceLink(publicUrl)}` +
      privacyFooter,
  }
}

export function bookingReceived(to: string, ambassadorName: string, jobTitle: string): Mail {
  return {
    to,
    subject: 'Votre demande de rencontre est envoyée',
    text:
      `Bonjour,\n\nVotre demande de rencontre avec ${ambassadorName} (${jobTitle}) est bien envoyée.\n\n` +
      `${ambassadorName} est bénévole : vous recevrez sa réponse par e-mail. S’il ou elle accepte, ` +
      `c’est à cette adresse qu’il ou elle vous écrira pour convenir de la date.\n`,
  }
}

export function bookingAnswerToRequester(
  publicUrl: string,
  to: string,
  accepted: boolean,
  ambassadorName: string,
  jobTitle: string,
  message: string,
): Mail {
  const word = message ? `\n\nSon message :\n${message}` : ''
  return {
    to,
    subject: accepted ? 'Votre demande de rencontre est acceptée' : 'Votre demande de rencontre',
    text: accepted
      ? `Bonjour,\n\n${ambassadorName} (${jobTitle}) accepte de vous rencontrer. ` +
        `Il ou elle vous contactera à cette adresse pour fixer la date et le lieu.${word}\n`
      : `Bonjour,\n\n${ambassadorName} (${jobTitle}) ne peut pas donner suite à votre demande cette fois-ci.${word}\n\n` +
        `D’autres ambassadeurs parlent de ce métier : ${publicUrl}${ambassadorPages.directory()}\n`,
  }
}

export function bookingAnswerToAmbassador(
  publicUrl: string,
  to: string,
  accepted: boolean,
  jobTitle: string,
): Mail {
  return {
    to,
    subject: accepted ? 'Vous avez accepté une rencontre' : 'Vous avez décliné une demande de rencontre',
    text: accepted
      ? `Bonjour,\n\nMerci : vous avez accepté une demande de rencontre (métier « ${jobTitle} »). ` +
        `Écrivez au demandeur pour fixer la date ; ses coordonnées sont dans votre espace :\n${spaceLink(publicUrl)}\n\n` +
        `Une fois la rencontre faite, notez-la dans votre espace.` +
        privacyFooter
      : `Bonjour,\n\nVous avez décliné une demande de rencontre (métier « ${jobTitle} »). Le demandeur en est informé.\n`,
  }
}

export function reviewDecision(publicUrl: string, to: string, published: boolean, note: string): Mail {
  return {
    to,
    subject: published ? 'Votre profil d’ambassadeur est publié' : 'Votre profil d’ambassadeur est à revoir',
    text: published
      ? `Bonjour,\n\nVotre profil d’ambassadeur est publié dans l’annuaire. Merci de votre engagement !\n\n` +
        `Pensez aux modules de formation et mettez votre profil en pause quand vous n’êtes pas disponible :\n${spaceLink(publicUrl)}\n`
      : `Bonjour,\n\nL’équipe éditoriale vous demande de revoir votre profil d’ambassadeur avant de le publier.\n\n` +
        `Son message :\n${note}\n\nModifiez-le puis renvoyez-le depuis votre espace :\n${spaceLink(publicUrl)}\n`,
  }
}
