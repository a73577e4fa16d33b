/** The kind messages prefilled for each status change; the recruiter may edit them before sending. */
import type { ApplicationStatus } from './metiers.constants'

export interface MessageContext {
  firstName: string
  offerTitle: string
  employerName: string
}

const templates: Record<ApplicationStatus, (c: MessageContext) => string> = {
  recue: (c) =>
    `Bonjour ${c.firstName},\n\nNous avons bien reçu votre candidature au poste « ${c.offerTitle} ». ` +
    `Nous la lisons avec attention et revenons vers vous rapidement.\n\n${c.employerName}`,
  contactee: (c) =>
    `Bonjour ${c.firstName},\n\nMerci pour votre candidature au poste « ${c.offerTitle} ». ` +
    `Elle nous intéresse : nous allons vous appeler ou vous écrire dans les prochains jours pour en parler.\n\n${c.employerName}`,
  entretien: (c) =>
    `Bonjour ${c.firstName},\n\nVotre candidature au poste « ${c.offerTitle} » a retenu notre attention. ` +
    `Nous aimerions vous rencontrer pour un entretien. Nous vous proposons le … à … (adresse : …). ` +
    `Si ce moment ne vous convient pas, dites-le nous simplement en répondant à ce message.\n\n${c.employerName}`,
  retenue: (c) =>
    `Bonjour ${c.firstName},\n\nNous avons le plaisir de vous dire que votre candidature au poste « ${c.offerTitle} » est retenue. ` +
    `Nous vous contactons très vite pour la suite : date d’arrivée, contrat et premiers jours.\n\nBienvenue parmi nous !\n\n${c.employerName}`,
  non_retenue: (c) =>
    `Bonjour ${c.firstName},\n\nMerci sincèrement pour l’intérêt que vous portez au poste « ${c.offerTitle} » et pour le temps ` +
    `passé à nous écrire. Après réflexion, nous ne donnons pas suite à votre candidature pour ce poste.\n\n` +
    `Ce n’est pas un jugement sur vous : d’autres offres de ce métier vous attendent sur le portail, ` +
    `et nous serons heureux de lire une prochaine candidature de votre part.\n\nBonne continuation,\n\n${c.employerName}`,
}

export const applicationMessageTemplate = (status: ApplicationStatus, context: MessageContext) =>
  templates[status](context)
