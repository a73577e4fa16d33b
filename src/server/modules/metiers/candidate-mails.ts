import { candidatePages, SIGN_UP_LINK_HOURS } from '../../../shared/modules/metiers/candidates.contract'
import type { Mail } from '../../platform/mailer'

// Subjects carry no name: an e-mail subject is read on lock screens and in logs.

/** The link that creates the account. */
export function confirmSignUpMail(to: string, firstName: string, publicUrl: string, token: string): Mail {
  return {
    to,
    subject: 'Confirmez votre adresse pour créer votre compte candidat',
    text:
      `Bonjour ${firstName},\n\n` +
      `Pour créer votre compte sur le portail des métiers du lien, ouvrez ce lien dans les ${SIGN_UP_LINK_HOURS} heures :\n` +
      `${publicUrl}${candidatePages.confirm(token)}\n\n` +
      `Votre compte vous permet de postuler en reprenant votre profil et votre CV, et de suivre vos candidatures.\n\n` +
      `Si vous n'avez rien demandé, ignorez ce message : aucun compte ne sera créé.\n`,
  }
}

/** Someone (maybe the owner) signed up with an address that already has an account. */
export function alreadyRegisteredMail(to: string, publicUrl: string): Mail {
  return {
    to,
    subject: 'Vous avez déjà un compte sur le portail des métiers du lien',
    text:
      `Bonjour,\n\n` +
      `Quelqu'un, peut-être vous, a voulu créer un compte avec cette adresse. Elle a déjà un compte : aucun autre n'a été créé.\n\n` +
      `Pour vous connecter : ${publicUrl}${candidatePages.signIn}\n` +
      `Mot de passe oublié : ${publicUrl}${candidatePages.forgotPassword}\n\n` +
      `Si vous n'avez rien demandé, ignorez ce message : votre compte ne change pas.\n`,
  }
}
