import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { OfferSearchAnswerView } from '../../../../../shared/modules/metiers/search.contract'
import { ApiError, portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { searchHref } from '../search-form'
import { OfferCard } from './OfferCard'
import { TextInput } from './fields'

/** The place the visitor chose last (this device), so that each fiche shows its offers near it at once. */
const placeKey = 'lien.portail.lieu'
const storedPlace = () => {
  try {
    return localStorage.getItem(placeKey) ?? ''
  } catch {
    return ''
  }
}

/** Live offers of a job near the visitor's place: the public search with the fiche's ROME codes. */
export function LocalOffers({
  rome,
  fiche,
  headingId,
}: {
  rome: string[]
  fiche: string
  headingId: string
}) {
  const { t } = useTranslation()
  const [place, setPlace] = useState(storedPlace)
  const [asked, setAsked] = useState(storedPlace)
  const [answer, setAnswer] = useState<OfferSearchAnswerView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setError(null)
    portalGet(portalRoutes.metiersSearch.search, {
      query: { rome, ...(asked ? { lieu: asked } : {}), taille: 5, tri: asked ? 'pertinence' : 'date' },
    })
      .then((found) => {
        if (current) setAnswer(found)
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof ApiError ? e.message : t('portail.erreur.texte'))
      })
    return () => {
      current = false
    }
  }, [rome, asked, t])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const chosen = place.trim()
    try {
      localStorage.setItem(placeKey, chosen)
    } catch {
      // Not remembered: fine.
    }
    setAsked(chosen)
  }

  return (
    <>
      <form className="pf-inline-form" onSubmit={submit} role="search" aria-labelledby={headingId}>
        <TextInput
          label={t('fiche.offresLieu')}
          name="lieu"
          value={place}
          onChange={setPlace}
          autoComplete="address-level2"
          maxLength={100}
          error={error}
        />
        <button type="submit" className="pf-button">
          {t('fiche.offresVoir')}
        </button>
      </form>
      <div aria-live="polite">
        {answer ? (
          answer.results.length === 0 ? (
            <p className="pf-notice">{t('fiche.offresAucune')}</p>
          ) : (
            <>
              {answer.elargi && answer.rayon !== null && answer.rayonEffectif !== null ? (
                <p className="pf-notice">
                  {t('recherche.elargi', { demande: answer.rayon, effectif: answer.rayonEffectif })}
                </p>
              ) : null}
              <ul className="pf-list">
                {answer.results.map((offer) => (
                  <li key={offer.id}>
                    <OfferCard offer={offer} />
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
      <p>
        <Link href={searchHref({ fiche, ...(asked ? { lieu: asked } : {}) })}>{t('fiche.offresToutes')}</Link>
      </p>
    </>
  )
}
