import { useTranslation } from 'react-i18next'
import { api, call } from '../../api'
import { myServiceIds, useSession } from '../../app/session'
import { useLoad } from '../../app/useLoad'
import type { SelectOption } from '../../ui/Select'
import { accueilApi } from './accueil.queries'

/** Select values that stand for "the agent logging it" and "nobody yet" (or "no service"). */
export const ME = 'moi'
export const NOBODY = 'personne'

/**
 * The services and agents a request can be given to. Every agent who opens requests may list
 * the others who do (names and services, no e-mail): the agent select offers those of the
 * chosen service. The agent's own services come first.
 */
export function useAssignees() {
  const { t } = useTranslation()
  const { session } = useSession()
  const services = useLoad(() => call(api.organisations.listServices, {}))
  const assignees = useLoad(() => call(accueilApi.assignees, {}))
  const me = session?.account
  const mine = myServiceIds(session)

  const all = services.data ?? []
  const serviceOptions: SelectOption[] = [
    ...all
      .filter((s) => mine.includes(s.id))
      .map((s) => ({ id: s.id, label: t('accueil.assign.mine', { name: s.name }) })),
    ...all.filter((s) => !mine.includes(s.id)).map((s) => ({ id: s.id, label: s.name })),
    { id: NOBODY, label: t('accueil.assign.noService') },
  ]
  /** The first of the agent's services, else none: what a new request is given to. */
  const defaultService = all.find((s) => mine.includes(s.id))?.id ?? NOBODY

  /** Myself, nobody yet, then the colleagues of the chosen service (all of them without one). */
  const agentOptions = (service: string | null): SelectOption[] => [
    { id: ME, label: t('accueil.assign.me', { name: me?.displayName ?? '' }) },
    { id: NOBODY, label: t('accueil.assign.nobody') },
    ...(assignees.data ?? [])
      .filter(
        (a) =>
          a.accountId !== me?.id &&
          (service === null || service === NOBODY || a.services.some((s) => s.id === service)),
      )
      .map((a) => ({ id: a.accountId, label: a.displayName })),
  ]
  /** The account id to send for a select value. */
  const agentId = (value: string | null): string | null =>
    value === ME ? (me?.id ?? null) : value === NOBODY || value === null ? null : value
  const serviceId = (value: string | null): string | null =>
    value === NOBODY || value === null ? null : value

  /** Names for the identifiers kept in a request's history. */
  const serviceName = (id: string) => all.find((s) => s.id === id)?.name ?? null
  const agentName = (id: string) =>
    id === me?.id
      ? (me.displayName ?? null)
      : (assignees.data?.find((a) => a.accountId === id)?.displayName ?? null)

  return {
    ready: services.data !== null && assignees.data !== null,
    serviceName,
    agentName,
    serviceOptions,
    defaultService,
    agentOptions,
    agentId,
    serviceId,
    error: services.error ?? assignees.error,
    meId: me?.id ?? null,
  }
}
