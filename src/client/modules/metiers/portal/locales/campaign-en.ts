import type { TextsLike } from './fr'
import type { CampaignTexts } from './campaign-fr'

/** Texts of the territories' campaign pages, in English. */
export const campaignEn: TextsLike<CampaignTexts> = {
  territoire: {
    logo: '{{name}} logo',
    voirOffres: 'See the jobs in this area',
    metiers: 'Jobs hiring here',
    portraits: 'People who do this job',
    portraitSuite: 'Read more: {{metier}}',
    evenements: 'Upcoming events',
    offres: 'Employers’ job offers near you',
    offresZone: 'Offers within {{rayon}} km of {{commune}}.',
    aucuneOffre: 'No job offer in this area right now. Widen the search or create an alert.',
    toutesLesOffres: 'See all {{total}} offers',
    chercherOffres: 'Search other offers',
  },
}
