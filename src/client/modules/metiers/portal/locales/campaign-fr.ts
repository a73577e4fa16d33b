/** Texts of the territories' campaign pages, in French (merged into the portal's texts). */
export const campaignFr = {
  territoire: {
    logo: 'Logo de {{name}}',
    voirOffres: 'Voir les offres du territoire',
    metiers: 'Des métiers qui recrutent ici',
    portraits: 'Ils et elles font ce métier',
    portraitSuite: 'Lire la suite : {{metier}}',
    evenements: 'Prochains événements',
    offres: 'Les offres des employeurs près de chez vous',
    offresZone: 'Offres à {{rayon}} km autour de {{commune}}.',
    aucuneOffre:
      'Aucune offre publiée en ce moment dans cette zone. Élargissez la recherche ou créez une alerte.',
    toutesLesOffres: 'Voir les {{total}} offres',
    chercherOffres: 'Chercher d’autres offres',
  },
}

export type CampaignTexts = typeof campaignFr
