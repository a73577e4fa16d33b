// E-mails of the listening line. The subject carries no personal data; the body only what the
// person typed is not repeated (no topic), just the time, the number and the cancel link.
import { formatParis } from '../../../../shared/dates'
import type { Mail } from '../../../platform/mailer'

export function callbackConfirmation(
  publicUrl: string,
  to: string,
  booking: { organisationName: string; startsAt: Date; reference: string; cancelPath: string },
): Mail {
  return {
    to,
    subject: `Ligne d’écoute : rappel réservé (${booking.reference})`,
    text:
      `Bonjour,\n\nVotre rappel par la ligne d’écoute de ${booking.organisationName} est réservé :\n` +
      `${formatParis(booking.startsAt)} (heure de Paris).\n` +
      `Numéro de réservation : ${booking.reference}.\n\n` +
      `Nous vous appellerons au numéro que vous avez donné. Si vous ne pouvez plus, annulez ici :\n` +
      `${publicUrl}${booking.cancelPath}\n\n` +
      `Vos coordonnées sont effacées 30 jours après le rappel.\n`,
  }
}
