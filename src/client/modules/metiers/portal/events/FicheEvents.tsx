import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { EventSummaryView } from '../../../../../shared/modules/metiers/events.contract'
import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { EventCard } from './EventCard'

/** The fiche page's coming events about this job (nothing when there are none). */
export function FicheEvents({ fiche }: { fiche: PublicFicheView }) {
  const { t } = useTranslation()
  const [events, setEvents] = useState<EventSummaryView[]>([])
  useEffect(() => {
    let current = true
    portalGet(portalRoutes.metiersEvents.search, { query: { job: fiche.slug } })
      .then((found) => current && setEvents(found.events.slice(0, 4)))
      .catch(() => current && setEvents([]))
    return () => {
      current = false
    }
  }, [fiche.slug])
  if (events.length === 0) return null
  return (
    <section aria-labelledby="fiche-evenements" className="pf-section">
      <h2 id="fiche-evenements">{t('events.fiche.titre')}</h2>
      <ul className="pf-list ev-list">
        {events.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ul>
      <p>
        <Link href={`/metiers/evenements?job=${encodeURIComponent(fiche.slug)}`}>
          {t('events.fiche.tous')}
        </Link>
      </p>
    </section>
  )
}
