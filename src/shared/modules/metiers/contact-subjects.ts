/** What a visitor writes to the platform about (« Écrire à la plateforme »). */
export const contactSubjects = [
  'metier',
  'formation',
  'offre',
  'compte',
  'employeur',
  'probleme',
  'autre',
] as const
export type ContactSubject = (typeof contactSubjects)[number]

/** The subject as the reception agent reads it in the request. */
export const contactSubjectLabels: Record<ContactSubject, string> = {
  metier: 'Question sur un métier',
  formation: 'Formation, apprentissage, immersion',
  offre: 'Offre d’emploi ou candidature',
  compte: 'Compte candidat',
  employeur: 'Employeur : publier, recruter',
  probleme: 'Problème sur le site',
  autre: 'Autre question',
}
