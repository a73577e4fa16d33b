// The organisations module's public API.
export { organisations, services, memberships, membershipServices, invitations } from './organisations.table'
export { organisationsService, type OrganisationsService } from './organisations.service'
export { registerOrganisationsRoutes } from './organisations.routes'
export { attachProConnectIdentity, acceptInvitation, lookupInvitation } from './membership-onboarding'
export { organisationsRepository, type Organisation } from './organisations.repository'
export { activeColleagues, type ColleagueRow } from './member-directory'
