import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'
import type { PublicImmersionCard } from '../../../../../shared/modules/metiers/immersions.contract'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'

/** The fiche page's section of the immersions part for this job (nothing when there is nothing to show). */
export function FicheImmersions({ fiche }: { fiche: PublicFicheView }) {
  const { t } = useTranslation()
  const [items, setItems] = useState<PublicImmersionCard[]>([])
  const [total, setTotal] = useState(0)
  useEffect(() => {
    let live = true
    portalGet(portalRoutes.metiersImmersions.publicList, { query: { metier: fiche.slug } })
      .then((a) => {
        if (!live) return
        setItems(a.items.slice(0, 3))
        setTotal(a.total)
      })
      // The section is a bonus of the fiche: without an answer, it stays away.
      .catch(() => live && setItems([]))
    return () => {
      live = false
    }
  }, [fiche.slug])
  if (items.length === 0) return null
  return (
    <section aria-labelledby="fiche-immersions">
      <h2 id="fiche-immersions">{t('immersions.ficheMetier.titre')}</h2>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <Link href={`/metiers/immersions/${i.id}`}>{i.title}</Link> — {i.employerName}, {i.commune}
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p>
          <Link href={`/metiers/immersions?metier=${fiche.slug}`}>{t('immersions.ficheMetier.toutes')}</Link>
        </p>
      ) : null}
    </section>
  )
}
