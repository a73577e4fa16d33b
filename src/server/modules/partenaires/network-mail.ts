/** The e-mails of the network's life. They name structures and meetings, never a person. */
import { formatParis } from '../../../shared/dates'
import { meetingKindLabels, type MeetingKind } from '../../../shared/modules/partenaires/network.contract'
import type { Mail } from '../../platform/mailer'

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')

export function entriesReminderMail(input: {
  to: string
  keeperName: string
  structureName: string
  link: string
  hasAccount: boolean
  /** A word from the keeper, during a campaign. */
  message?: string
}): Mail {
  const how = input.hasAccount
    ? 'Connectez-vous à votre espace partenaire pour vérifier vos fiches et confirmer qu’elles sont à jour :'
    : 'Vérifiez la fiche publiée et signalez-nous tout changement (horaires, adresse, services, contacts) :'
  const intro = [
    'Bonjour,',
    `${input.keeperName} tient l’annuaire des solidarités où figure « ${input.structureName} ». ` +
      'Pour que les personnes orientées vers vous trouvent des informations justes, merci de vérifier vos fiches.',
    ...(input.message ? [input.message] : []),
  ]
  const thanks = 'Merci pour votre participation au réseau.'
  return {
    to: input.to,
    subject: `Annuaire des solidarités : vos fiches sont-elles à jour ? (${input.structureName})`,
    text: [...intro, `${how}\n${input.link}`, thanks].join('\n\n') + '\n',
    html:
      paragraphs(intro.join('\n\n')) +
      `<p>${escapeHtml(how)} <a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>` +
      paragraphs(thanks),
  }
}

export function meetingInvitationMail(input: {
  to: string
  keeperName: string
  structureName: string
  meeting: {
    kind: MeetingKind
    title: string
    startsAt: Date
    location: string
    agenda: string
  }
  /** The partner's network page; null for a structure without an account. */
  link: string | null
  ics: string
}): Mail {
  const m = input.meeting
  const answer = input.link
    ? `Répondez (inscription avec le nombre de participants, ou excuse) dans votre espace partenaire :\n${input.link}`
    : `Merci de répondre à ${input.keeperName} (inscription avec le nombre de participants, ou excuse).`
  const text = [
    'Bonjour,',
    `${input.keeperName} invite « ${input.structureName} » à une rencontre du réseau : ` +
      `${meetingKindLabels[m.kind]}.`,
    `${m.title}\nLe ${formatParis(m.startsAt)}\nLieu : ${m.location}`,
    ...(m.agenda ? [`Ordre du jour :\n${m.agenda}`] : []),
    answer,
    'Le fichier joint ajoute la rencontre à votre agenda.',
  ].join('\n\n')
  return {
    to: input.to,
    subject: `Invitation : ${m.title} — ${formatParis(m.startsAt)}`,
    text: `${text}\n`,
    html: paragraphs(text),
    attachments: [
      {
        filename: 'rencontre.ics',
        content: input.ics,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  }
}
