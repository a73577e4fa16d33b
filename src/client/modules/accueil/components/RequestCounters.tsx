import '../accueil.css'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { useSession } from '../../../app/session'
import { Link } from '../../../ui/Link'
import { accueilApi, useOnRequestsChanged, type Counters } from '../accueil.queries'

/**
 * Header counters for members who may see requests: my open requests and my services' ones,
 * with how many are late. Reloaded on each page change and after a change to a request.
 */
export function RequestCounters() {
  const { t } = useTranslation()
  const { session } = useSession()
  const [location] = useLocation()
  const allowed = session?.stage === 'active' && canAccess(accueilApi.counters.access, session)
  const organisationId = session?.currentOrganisationId
  const [counters, setCounters] = useState<Counters | null>(null)

  const load = useCallback(async () => {
    if (!allowed || !organisationId) {
      setCounters(null)
      return
    }
    try {
      setCounters(await call(accueilApi.counters, {}))
    } catch {
      setCounters(null)
    }
  }, [allowed, organisationId])

  useEffect(() => {
    void load()
  }, [load, location])
  useOnRequestsChanged(
    useCallback(() => {
      void load()
    }, [load]),
  )

  if (!allowed || !counters) return null
  return (
    <nav className="counters" aria-label={t('accueil.counters.label')}>
      <ul className="counters__list">
        <li>
          <Link href="/demandes?file=mine" className="counters__link">
            {t('accueil.counters.mine', { count: counters.mineOpen })}
            {counters.mineOverdue > 0 ? (
              <>
                {' '}
                <span className="visually-hidden">{t('accueil.counters.of')}</span>{' '}
                <span className="counters__late">
                  {t('accueil.counters.late', { count: counters.mineOverdue })}
                </span>
              </>
            ) : null}
          </Link>
        </li>
        <li>
          <Link href="/demandes?file=service" className="counters__link">
            {t('accueil.counters.service', { count: counters.serviceOpen })}
            {counters.serviceOverdue > 0 ? (
              <>
                {' '}
                <span className="visually-hidden">{t('accueil.counters.of')}</span>{' '}
                <span className="counters__late">
                  {t('accueil.counters.late', { count: counters.serviceOverdue })}
                </span>
              </>
            ) : null}
          </Link>
        </li>
        {counters.unassignedOpen > 0 ? (
          <li>
            <Link href="/demandes?file=unassigned" className="counters__link">
              {t('accueil.counters.unassigned', { count: counters.unassignedOpen })}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
