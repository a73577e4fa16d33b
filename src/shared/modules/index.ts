import { authContract } from './auth/auth.contract'
import { accueilContract } from './accueil/accueil.contract'
import { auditContract } from './audit/audit.contract'
import { domiciliationDecisionsContract } from './domiciliation/decisions.contract'
import { mailContract } from './domiciliation/mail.contract'
import { domiciliationExchangeContract } from './domiciliation/exchange.contract'
import { domiciliationReportsContract } from './domiciliation/reports.contract'
import { healthContract } from './health/health.contract'
import { organisationsContract } from './organisations/organisations.contract'
import { usagersContract } from './usagers/usagers.contract'
import { metiersFichesContract } from './metiers/fiches.contract'
import { metiersOffersContract } from './metiers/offers.contract'
import { metiersSearchContract } from './metiers/search.contract'
import { metiersApplicationsContract } from './metiers/applications.contract'
import { metiersCandidatesContract } from './metiers/candidates.contract'
import { metiersCampaignsContract } from './metiers/campaigns.contract'
import { metiersPagesContract } from './metiers/pages.contract'
import { metiersApprenticeshipsContract } from './metiers/apprenticeships.contract'
import { metiersTrainingsContract } from './metiers/trainings.contract'
import { metiersImmersionsContract } from './metiers/immersions.contract'
import { metiersEventsContract } from './metiers/events.contract'
import { metiersAmbassadorsContract } from './metiers/ambassadors.contract'
import { metiersRetentionContract } from './metiers/retention.contract'
import { metiersAgrementContract } from './metiers/agrement.contract'
import { metiersObservatoryContract } from './metiers/observatory.contract'
import { pilotagePlansContract } from './pilotage/plans.contract'
import { pilotageIndicatorsContract } from './pilotage/indicators.contract'
import { pilotageDashboardContract } from './pilotage/dashboard.contract'
import { pilotageGovernanceContract } from './pilotage/governance.contract'
import { pilotageTransparencyContract } from './pilotage/transparency.contract'
import { pilotageImportsContract } from './pilotage/imports.contract'
import { directoryContract } from './partenaires/directory.contract'
import { importsContract } from './partenaires/imports.contract'
import { networkContract } from './partenaires/network.contract'
import { referralsContract } from './partenaires/referrals.contract'
import { searchContract } from './partenaires/search.contract'
import { sheetContract } from './partenaires/sheet.contract'

/** Every route of the API, by module. The architecture test checks each is registered. */
export const contracts = {
  accueil: accueilContract,
  auth: authContract,
  audit: auditContract,
  domiciliationDecisions: domiciliationDecisionsContract,
  domiciliationMail: mailContract,
  domiciliationExchange: domiciliationExchangeContract,
  domiciliationReports: domiciliationReportsContract,
  health: healthContract,
  metiersFiches: metiersFichesContract,
  metiersOffers: metiersOffersContract,
  metiersSearch: metiersSearchContract,
  metiersApplications: metiersApplicationsContract,
  metiersCandidates: metiersCandidatesContract,
  metiersCampaigns: metiersCampaignsContract,
  metiersPages: metiersPagesContract,
  metiersApprenticeships: metiersApprenticeshipsContract,
  metiersTrainings: metiersTrainingsContract,
  metiersImmersions: metiersImmersionsContract,
  metiersEvents: metiersEventsContract,
  metiersAmbassadors: metiersAmbassadorsContract,
  metiersRetention: metiersRetentionContract,
  metiersAgrement: metiersAgrementContract,
  metiersObservatory: metiersObservatoryContract,
  pilotagePlans: pilotagePlansContract,
  pilotageIndicators: pilotageIndicatorsContract,
  pilotageDashboard: pilotageDashboardContract,
  pilotageGovernance: pilotageGovernanceContract,
  pilotageTransparency: pilotageTransparencyContract,
  pilotageImports: pilotageImportsContract,
  organisations: organisationsContract,
  partenairesDirectory: directoryContract,
  partenairesImports: importsContract,
  partenairesNetwork: networkContract,
  partenairesReferrals: referralsContract,
  partenairesSearch: searchContract,
  partenairesSheet: sheetContract,
  usagers: usagersContract,
}
