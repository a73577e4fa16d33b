import { useTranslation } from 'react-i18next'
import { decideAccess } from '../../../shared/modules/organisations/organisations.policy'
import { api, call } from '../../api'
import { canAccess } from '../../app/access'
import { useSession } from '../../app/session'
import { useLoad } from '../../app/useLoad'
import { accueilApi } from './accueil.queries'

/** Select values that stand for "the agent logging it" and "nobody yet". */
export const ME = 'moi'
export const NOBODY = 'personne'
/** "My service": the server takes the service of the agent logging it, when there is only one. */
export const MY_SERVICE = 'mon-service'

/**
 * The services and agents a request can be given to. Every member may list the services; the
 * members list is open to administration and direction only, so other agents choose between
 * themselves and "to be assigned".
 */
export function useAssignees({ forNewRequest = false }: { forNewRequest?: boolean } = {}) {
  const { t } = useTranslation()
  const { session } = useSession()
  const canListMembers = canAccess(api.organisations.listMembers.access, session)
  const services = useLoad(() => call(api.organisations.listServices, {}))
  const members = useLoad(() => call(api.organisations.listMembers, {}), canListMembers)
  const me = session?.account

  // A colleague is offered only if the shared access rule lets them open requests.
  const colleagues = (members.data ?? []).filter(
    (m) =>
      m.active &&
      m.accountId !== me?.id &&
      decideAccess(accueilApi.get.access, {
        stage: 'active',
        platformAdmin: false,
        organisationId: session?.currentOrganisationId ?? null,
        roles: m.roles,
      }) === 'allowed',
  )

  const serviceOptions = [
    ...(forNewRequest ? [{ id: MY_SERVICE, label: t('accueil.assign.myService') }] : []),
    { id: NOBODY, label: t('accueil.assign.noService') },
    ...(services.data ?? []).map((s) => ({ id: s.id, label: s.name })),
  ]
  const agentOptions = [
    { id: ME, label: t('accueil.assign.me', { name: me?.displayName ?? '' }) },
    { id: NOBODY, label: t('accueil.assign.nobody') },
    ...colleagues.map((m) => ({ id: m.accountId, label: m.displayName })),
  ]
  /** The account id to send for a select value. */
  const agentId = (value: string | null): string | null =>
    value === ME ? (me?.id ?? null) : value === NOBODY || value === null ? null : value
  /** The service id to send; undefined lets the server choose the agent's own service. */
  const serviceId = (value: string | null): string | null | undefined =>
    value === MY_SERVICE ? undefined : value === NOBODY || value === null ? null : value

  /** Names for the identifiers kept in a request's history. */
  const serviceName = (id: string) => services.data?.find((s) => s.id === id)?.name ?? null
  const agentName = (id: string) =>
    id === me?.id
      ? (me.displayName ?? null)
      : (members.data?.find((m) => m.accountId === id)?.displayName ?? null)

  return {
    serviceName,
    agentName,
    serviceOptions,
    agentOptions,
    agentId,
    serviceId,
    canListMembers,
    error: services.error ?? members.error,
    meId: me?.id ?? null,
  }
}
