import { authContract } from './auth/auth.contract'
import { auditContract } from './audit/audit.contract'
import { healthContract } from './health/health.contract'
import { organisationsContract } from './organisations/organisations.contract'

/** Every route of the API, by module. The architecture test checks each is registered. */
export const contracts = {
  auth: authContract,
  audit: auditContract,
  health: healthContract,
  organisations: organisationsContract,
}
