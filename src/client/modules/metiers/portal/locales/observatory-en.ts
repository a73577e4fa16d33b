import type { TextsLike } from './fr'
import type { observatoryFr } from './observatory-fr'

export const observatoryEn: TextsLike<typeof observatoryFr> = {
  observatory: {
    contact: {
      titre: 'Write to the platform',
      intro:
        'A question about a job, a training, an offer or your account? Write to us: {{organisation}} will answer by e-mail.',
      delai_one: 'Answer promised within {{count}} working day.',
      delai_other: 'Answer promised within {{count}} working days.',
      ferme:
        'This form is not open yet: the platform administration has not chosen the organisation that answers messages. Please come back soon.',
      chargement: 'Loading the form…',
      erreurChargement: 'The form could not be loaded. Check your connection and try again.',
      reessayer: 'Try again',
      nom: 'Your name',
      email: 'Your e-mail address',
      emailAide: 'To answer you, and to send you the acknowledgement.',
      sujet: 'Subject',
      choisir: 'Choose a subject',
      sujets: {
        metier: 'A question about a job',
        formation: 'Training, apprenticeship, immersion',
        offre: 'A job offer or an application',
        compte: 'My candidate account',
        employeur: 'I am an employer: publish, recruit',
        probleme: 'A problem with the website',
        autre: 'Another question',
      },
      message: 'Your message',
      messageAide: 'Do not write health data or a social security number.',
      question: 'A question to check you are not a robot',
      consentement:
        'I agree that {{organisation}} keeps my message and my address for as long as it takes to answer me (one year at most).',
      piege: 'Do not fill in this field',
      envoyer: 'Send my message',
      envoi: 'Sending…',
      champVide: 'This field is required.',
      emailInvalide: 'Invalid e-mail address (example: first.last@example.com).',
      consentementManquant: 'Tick the box so that we may keep your message while we answer.',
      formulaire: 'The message was not sent: correct the fields shown.',
      general: 'The message was not sent. Try again in a moment.',
      envoyeTitre: 'Message sent',
      envoye: '{{organisation}} has received your message. Its reference: {{reference}}.',
      reponse:
        'You will get an answer by {{date}} at the latest. A confirmation e-mail has been sent to you.',
      autre: 'Write another message',
    },
  },
}
