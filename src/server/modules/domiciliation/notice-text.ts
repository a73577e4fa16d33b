import type { MailKind } from '../../../shared/modules/domiciliation/mail.constants'

const phrases: Record<MailKind, [string, string]> = {
  courrier: ['1 courrier', 'courriers'],
  recommande: ['1 avis de passage pour un recommandé', 'avis de passage pour des recommandés'],
  colis: ['1 colis', 'colis'],
}

/** "2 courriers et 1 colis". */
export function waitingSummary(counts: Partial<Record<MailKind, number>>): string {
  const parts = (['courrier', 'recommande', 'colis'] as const)
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => (counts[k] === 1 ? phrases[k][0] : `${counts[k]} ${phrases[k][1]}`))
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`
}

/**
 * The grouped notice of waiting mail. It names the structure and what waits, never the person,
 * the senders nor anything a third party reading the phone should not learn.
 */
export function waitingMailNotice(organisationName: string, counts: Partial<Record<MailKind, number>>) {
  const what = waitingSummary(counts)
  return {
    sms: `${organisationName} : du courrier vous attend (${what}). Venez le retirer à l’accueil, muni d’une pièce d’identité si possible.`,
    subject: 'Du courrier vous attend',
    text:
      `Bonjour,\n\n${organisationName} a reçu du courrier pour vous : ${what}.\n` +
      'Venez le retirer à l’accueil aux heures d’ouverture, muni d’une pièce d’identité si possible.\n\n' +
      'Ce message est envoyé automatiquement : merci de ne pas y répondre.\n',
  }
}
