import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicSeatView } from '../../../../../shared/modules/metiers/apprenticeships.contract'
import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'
import { portalGet } from '../portal-api'
import { apprenticeshipsApiRoutes as api } from './apprenticeships-api-routes'
import { monthName } from './apprenticeships-format'

/** The fiche page's section of the apprenticeships part: a few published seats for this job, and the way to ask for one. */
export function FicheApprenticeships({ fiche }: { fiche: PublicFicheView }) {
  const { t, i18n } = useTranslation()
  const [seats, setSeats] = useState<PublicSeatView[]>([])
  const [total, setTotal] = useState(0)
  useEffect(() => {
    let live = true
    portalGet(api.publicSeats, { query: { fiche: fiche.slug, rayon: 30 } })
      .then((found) => {
        if (!live) return
        setSeats(found.seats.slice(0, 3))
        setTotal(found.total)
      })
      // The section is a bonus of the fiche: without an answer, it stays away.
      .catch(() => live && setSeats([]))
    return () => {
      live = false
    }
  }, [fiche.slug])
  if (seats.length === 0) return null
  return (
    <section aria-labelledby="fiche-apprentissage">
      <h2 id="fiche-apprentissage">{t('apprenticeships.fiche.title')}</h2>
      <ul>
        {seats.map((seat) => (
          <li key={seat.id}>
            {seat.title} — {seat.employerName}, {seat.commune} (
            {t('apprenticeships.fiche.from', { month: monthName(seat.startMonth, i18n.language) })})
          </li>
        ))}
      </ul>
      <p>
        <Link href="/metiers/apprentissage">{t('apprenticeships.fiche.all', { count: total })}</Link>
        {' · '}
        <Link href="/metiers/compte/apprentissage">{t('apprenticeships.publish')}</Link>
      </p>
    </section>
  )
}
