// E-mails about applications. Subjects never carry a person's name; recruiters' e-mails carry no
// personal data at all (the offer's title and a link to sign in). Text only: nothing a candidate or
// a recruiter typed is ever read as HTML.
import { applicationPages, ANSWER_DELAY_DAYS } from '../../../shared/modules/metiers/applications.contract'
import {
  applicationStatusLabels,
  type ApplicationStatus,
} from '../../../shared/modules/metiers/metiers.constants'
import type { Mail } from '../../platform/mailer'

interface Offer {
  title: string
}

const candidateFooter =
  '\n\nCe lien est personnel : il ouvre le suivi de votre candidature sans mot de passe. Ne le transférez pas.\n'
const recruiterFooter =
  '\n\nCe message ne contient aucune donnée personnelle : les candidatures se lisent dans Lien.\n'

export function acknowledgement(
  publicUrl: string,
  to: string,
  offer: Offer,
  employerName: string,
  token: string,
): Mail {
  return {
    to,
    subject: `Candidature envoyée : « ${offer.title} »`,
    text:
      `Bonjour,\n\nVotre candidature au poste « ${offer.title} » a bien été envoyée à ${employerName}.\n\n` +
      `Vous verrez ici chaque étape (lue, entretien, réponse) et pourrez la retirer si vous le souhaitez :\n` +
      `${publicUrl}${applicationPages.follow(token)}` +
      candidateFooter,
  }
}

export function newApplicationToRecruiter(
  publicUrl: string,
  to: string,
  offer: Offer,
  applicationId: string,
): Mail {
  return {
    to,
    subject: `Nouvelle candidature : « ${offer.title} »`,
    text:
      `Bonjour,\n\nUne nouvelle candidature est arrivée pour votre offre « ${offer.title} ».\n\n` +
      `Merci de répondre à la personne dans les ${ANSWER_DELAY_DAYS} jours, même pour dire non : ` +
      `votre taux de réponse est affiché sur vos offres.\n\n` +
      `${publicUrl}${applicationPages.application(applicationId)}` +
      recruiterFooter,
  }
}

export function statusChanged(
  publicUrl: string,
  to: string,
  offer: Offer,
  status: ApplicationStatus,
  message: string,
  token: string | null,
): Mail {
  const link = token ? `\n\nSuivre votre candidature :\n${publicUrl}${applicationPages.follow(token)}` : ''
  return {
    to,
    subject: `Votre candidature « ${offer.title} » : ${applicationStatusLabels[status].toLowerCase()}`,
    text:
      `Bonjour,\n\nVotre candidature au poste « ${offer.title} » est passée à l’étape « ${applicationStatusLabels[status]} ».\n\n` +
      `Message de l’employeur :\n\n${message}` +
      link +
      (token ? candidateFooter : '\n'),
  }
}

export function offerClosed(publicUrl: string, to: string, offer: Offer, token: string | null): Mail {
  const link = token ? `\n\nSuivre votre candidature :\n${publicUrl}${applicationPages.follow(token)}` : ''
  return {
    to,
    subject: `Offre close : « ${offer.title} »`,
    text:
      `Bonjour,\n\nL’offre « ${offer.title} » à laquelle vous avez candidaté est close : elle n’est plus ouverte aux candidatures.\n\n` +
      `D’autres offres de ce métier vous attendent peut-être sur le portail :\n${publicUrl}/metiers/offres` +
      link +
      (token ? candidateFooter : '\n'),
  }
}

export function reminderToRecruiter(
  publicUrl: string,
  to: string,
  offers: { id: string; title: string; waiting: number }[],
): Mail {
  const lines = offers
    .map(
      (o) =>
        `- « ${o.title} » : ${o.waiting} candidature${o.waiting > 1 ? 's' : ''}\n  ${publicUrl}${applicationPages.offer(o.id)}`,
    )
    .join('\n')
  return {
    to,
    subject: `Candidatures sans réponse depuis ${ANSWER_DELAY_DAYS} jours`,
    text:
      `Bonjour,\n\nDes personnes attendent une réponse depuis plus de ${ANSWER_DELAY_DAYS} jours :\n\n${lines}\n\n` +
      `Un mot suffit, même pour dire non : le modèle de message est déjà prêt dans chaque candidature.` +
      recruiterFooter,
  }
}
