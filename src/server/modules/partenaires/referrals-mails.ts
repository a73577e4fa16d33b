// E-mails about orientations. None carries personal data: the partner opens its space or the
// secure link to read what the person agreed to share.
import { referralPages, REFERRAL_EXPIRY_DAYS } from '../../../shared/modules/partenaires/referrals.contract'
import type { Mail } from '../../platform/mailer'

interface Target {
  senderName: string
  serviceName: string
}

const footer =
  '\n\nCe message ne contient aucune donnée personnelle : elles ne se lisent que dans Lien, par le lien ci-dessus.\n'

/** The partner's personal link, its warning and the footer: the end of every mail that carries one. */
const secureLink = (publicUrl: string, organisationId: string, token: string) =>
  `${publicUrl}${referralPages.link(organisationId, token)}\n\n` +
  `Ne transférez pas ce lien : il donne accès à l’orientation sans mot de passe.` +
  footer

export function newReferralToMember(publicUrl: string, to: string, target: Target, referralId: string): Mail {
  return {
    to,
    subject: `Nouvelle orientation vers « ${target.serviceName} »`,
    text:
      `Bonjour,\n\n${target.senderName} oriente une personne vers votre service « ${target.serviceName} ».\n\n` +
      `Pour voir ce qu’elle a accepté de partager et répondre, connectez-vous à votre espace :\n` +
      `${publicUrl}${referralPages.received(referralId)}` +
      footer,
  }
}

export function newReferralByLink(
  publicUrl: string,
  to: string,
  target: Target,
  organisationId: string,
  token: string,
): Mail {
  return {
    to,
    subject: `Nouvelle orientation vers « ${target.serviceName} »`,
    text:
      `Bonjour,\n\n${target.senderName} oriente une personne vers votre service « ${target.serviceName} ».\n\n` +
      `Pour voir ce qu’elle a accepté de partager et répondre (accepter, refuser, indiquer si elle est venue), ` +
      `ouvrez ce lien personnel, valable ${REFERRAL_EXPIRY_DAYS} jours et jusqu’à la clôture de l’orientation :\n` +
      secureLink(publicUrl, organisationId, token),
  }
}

export function reminderToMember(
  publicUrl: string,
  to: string,
  target: Target,
  referralId: string,
  days: number,
): Mail {
  return {
    to,
    subject: `Rappel : orientation sans réponse vers « ${target.serviceName} »`,
    text:
      `Bonjour,\n\n${target.senderName} vous a orienté une personne il y a ${days} jours vers « ${target.serviceName} », ` +
      `et n’a pas encore de réponse.\n\nMerci d’indiquer si vous acceptez l’orientation, ou si la personne est venue :\n` +
      `${publicUrl}${referralPages.received(referralId)}` +
      footer,
  }
}

export function reminderByLink(
  publicUrl: string,
  to: string,
  target: Target,
  organisationId: string,
  token: string,
  days: number,
): Mail {
  return {
    to,
    subject: `Rappel : orientation sans réponse vers « ${target.serviceName} »`,
    text:
      `Bonjour,\n\n${target.senderName} vous a orienté une personne il y a ${days} jours vers « ${target.serviceName} », ` +
      `et n’a pas encore de réponse.\n\nMerci de répondre par ce lien personnel (il remplace celui du premier message) :\n` +
      secureLink(publicUrl, organisationId, token),
  }
}

/** An accepted orientation whose outcome was never recorded: did the person come? */
export function outcomeReminderToMember(
  publicUrl: string,
  to: string,
  target: Target,
  referralId: string,
  days: number,
): Mail {
  return {
    to,
    subject: `Rappel : la personne orientée vers « ${target.serviceName} » est-elle venue ?`,
    text:
      `Bonjour,\n\nVous avez accepté il y a ${days} jours une orientation de ${target.senderName} vers « ${target.serviceName} », ` +
      `sans indiquer ensuite si la personne est venue.\n\nMerci de l’indiquer (personne reçue, ou non venue) :\n` +
      `${publicUrl}${referralPages.received(referralId)}` +
      footer,
  }
}

export function outcomeReminderByLink(
  publicUrl: string,
  to: string,
  target: Target,
  organisationId: string,
  token: string,
  days: number,
  validDays: number,
): Mail {
  return {
    to,
    subject: `Rappel : la personne orientée vers « ${target.serviceName} » est-elle venue ?`,
    text:
      `Bonjour,\n\nVous avez accepté il y a ${days} jours une orientation de ${target.senderName} vers « ${target.serviceName} », ` +
      `sans indiquer ensuite si la personne est venue.\n\nMerci de l’indiquer (personne reçue, ou non venue) par ce lien personnel, ` +
      `valable ${validDays} jours (il remplace celui du premier message) :\n` +
      secureLink(publicUrl, organisationId, token),
  }
}

export function staleNoticeToAgent(
  publicUrl: string,
  to: string,
  agentName: string,
  serviceName: string,
  requestReference: string | null,
  requestId: string | null,
  days: number,
): Mail {
  const where = requestId
    ? `\n\nLa demande ${requestReference ?? ''} :\n${publicUrl}${referralPages.request(requestId)}`
    : ''
  return {
    to,
    subject: `Orientation sans réponse depuis ${days} jours`,
    text:
      `Bonjour ${agentName},\n\nL’orientation que vous avez envoyée vers « ${serviceName} » est sans réponse depuis ` +
      `${days} jours. Le partenaire vient de recevoir un rappel ; vous pouvez aussi l’appeler.` +
      where +
      '\n\nCe message ne contient aucune donnée personnelle.\n',
  }
}
