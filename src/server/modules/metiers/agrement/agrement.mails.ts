// E-mails about agrément files. Subjects never carry a name; agents' e-mails carry no personal data
// (a count and a link to sign in); candidates are told the dates that matter to them and invited
// to their space for the rest. Text only.
import { agrementPages } from '../../../../shared/modules/metiers/agrement.contract'
import { formatParis, type CivilDate } from '../../../../shared/dates'
import type { Mail } from '../../../platform/mailer'

/** "15 mai 2026" */
export function frenchDay(date: CivilDate): string {
  return new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`))
}

const spaceLine = (publicUrl: string) =>
  `\n\nSuivez chaque étape de votre demande dans votre espace (connectez-vous avec cette adresse e-mail) :\n` +
  `${publicUrl}${agrementPages.candidateSpace()}\n`

export function registrationConfirmed(
  publicUrl: string,
  to: string,
  meeting: {
    departement: string
    startsAt: Date
    mode: string
    address: string
    postcode: string
    commune: string
    visioUrl: string | null
  },
): Mail {
  const place =
    meeting.mode === 'visio'
      ? `En visio : ${meeting.visioUrl ?? 'le lien vous sera envoyé avant la réunion.'}`
      : `Adresse : ${meeting.address}, ${meeting.postcode} ${meeting.commune}`
  return {
    to,
    subject: 'Inscription à la réunion d’information : assistant familial',
    text:
      `Bonjour,\n\nVous êtes inscrit(e) à la réunion d’information sur le métier d’assistant familial ` +
      `organisée par ${meeting.departement}, le ${formatParis(meeting.startsAt)}.\n${place}\n\n` +
      `Cette réunion est obligatoire avant de déposer une demande d’agrément.` +
      spaceLine(publicUrl),
  }
}

export function fileComplete(
  publicUrl: string,
  to: string,
  departement: string,
  completeOn: CivilDate,
  dueOn: CivilDate,
  silence: string,
): Mail {
  const silenceText =
    silence === 'agrement_tacite'
      ? `Sans réponse au ${frenchDay(dueOn)}, votre agrément est accordé tacitement.`
      : `Votre demande dépasse 3 enfants (dérogation) : sans réponse au ${frenchDay(dueOn)}, elle est réputée refusée.`
  return {
    to,
    subject: 'Votre dossier de demande d’agrément est complet',
    text:
      `Bonjour,\n\n${departement} a reçu votre dossier complet le ${frenchDay(completeOn)}. ` +
      `Cet accusé de réception fait courir le délai de décision de 4 mois : la décision doit vous être notifiée ` +
      `au plus tard le ${frenchDay(dueOn)}.\n${silenceText}\n\n` +
      `D’ici là, une professionnelle de la PMI prendra rendez-vous pour des entretiens et une visite à domicile.` +
      spaceLine(publicUrl),
  }
}

export function delayExtended(
  publicUrl: string,
  to: string,
  departement: string,
  dueOn: CivilDate,
  motive: string,
): Mail {
  return {
    to,
    subject: 'Le délai de décision de votre demande d’agrément est prolongé',
    text:
      `Bonjour,\n\n${departement} prolonge de 2 mois le délai d’instruction de votre demande d’agrément. ` +
      `La décision doit vous être notifiée au plus tard le ${frenchDay(dueOn)}.\n\nMotif : ${motive}` +
      spaceLine(publicUrl),
  }
}

export function decisionTaken(publicUrl: string, to: string, departement: string): Mail {
  return {
    to,
    subject: 'Une décision a été prise sur votre demande d’agrément',
    text:
      `Bonjour,\n\n${departement} a pris une décision sur votre demande d’agrément d’assistant familial. ` +
      `Le courrier de décision vous est adressé ; vous la voyez aussi dans votre espace.` +
      spaceLine(publicUrl),
  }
}

export function tacitToCandidate(
  publicUrl: string,
  to: string,
  departement: string,
  outcome: string,
  on: CivilDate,
): Mail {
  const text =
    outcome === 'agrement_tacite'
      ? `Sans décision notifiée dans le délai légal, votre agrément d’assistant familial est accordé tacitement ` +
        `depuis le ${frenchDay(on)}, pour le nombre d’enfants demandé. ${departement} vous adressera une attestation.`
      : `Sans décision notifiée dans le délai légal, votre demande de dérogation (plus de 3 enfants) est réputée refusée ` +
        `depuis le ${frenchDay(on)}. Vous pouvez demander à ${departement} les motifs de ce refus.`
  return {
    to,
    subject: 'Votre demande d’agrément : le délai de décision est écoulé',
    text: `Bonjour,\n\n${text}` + spaceLine(publicUrl),
  }
}

export function reminderToAgents(publicUrl: string, to: string, count: number, days: number): Mail {
  const files = count > 1 ? `${count} demandes d’agrément attendent` : 'Une demande d’agrément attend'
  return {
    to,
    subject: `Agrément : décision due dans ${days} jours`,
    text:
      `Bonjour,\n\n${files} une décision dans ${days} jours au plus. ` +
      `Sans décision notifiée à la date due, l’agrément est accordé tacitement.\n\n` +
      `${publicUrl}${agrementPages.pipeline()}\n\n` +
      `Ce message ne contient aucune donnée personnelle : les dossiers se lisent dans Lien.\n`,
  }
}

export function tacitToAgents(publicUrl: string, to: string, count: number): Mail {
  return {
    to,
    subject: 'Agrément : délai de décision écoulé',
    text:
      `Bonjour,\n\n${count > 1 ? `${count} demandes d’agrément ont` : 'Une demande d’agrément a'} atteint la fin du ` +
      `délai légal sans décision : la décision tacite est inscrite au dossier.\n\n` +
      `${publicUrl}${agrementPages.pipeline()}\n\n` +
      `Ce message ne contient aucune donnée personnelle : les dossiers se lisent dans Lien.\n`,
  }
}
