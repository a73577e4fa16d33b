import '../account/account.css'
import './apprenticeships.css'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicSeatsView } from '../../../../../shared/modules/metiers/apprenticeships.contract'
import { TextInput } from '../components/fields'
import { ApiError, portalGet } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { apprenticeshipsApiRoutes as api } from './apprenticeships-api-routes'
import { SeatCard } from './SeatCard'

/** What apprenticeship is, the published seats near a place, and the way to publish one's request. */
export function PublicSeatsPage() {
  const { t } = useTranslation()
  usePageTitle(t('apprenticeships.title'))
  const [place, setPlace] = useState('')
  const [radius, setRadius] = useState('30')
  const [result, setResult] = useState<PublicSeatsView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const search = useCallback(
    (lieu: string, rayon: string) => {
      setError(null)
      portalGet(api.publicSeats, { query: { ...(lieu.trim() ? { lieu } : {}), rayon: Number(rayon) || 30 } })
        .then(setResult)
        .catch((e: unknown) =>
          setError(e instanceof ApiError && e.message ? e.message : t('apprenticeships.error')),
        )
    },
    [t],
  )
  useEffect(() => search('', '30'), [search])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    search(place, radius)
  }
  return (
    <div className="pf-page">
      <h1>{t('apprenticeships.title')}</h1>
      <p>{t('apprenticeships.intro')}</p>
      <p>{t('apprenticeships.how')}</p>
      <p>
        <Link href="/metiers/compte/apprentissage" className="pf-button pf-button--primary">
          {t('apprenticeships.publish')}
        </Link>
      </p>
      <section aria-labelledby="pa-near">
        <h2 id="pa-near">{t('apprenticeships.nearTitle')}</h2>
        <form className="pa-search" onSubmit={submit} role="search">
          <TextInput
            label={t('apprenticeships.place')}
            name="lieu"
            value={place}
            onChange={setPlace}
            autoComplete="address-level2"
          />
          <TextInput
            label={t('apprenticeships.radius')}
            name="rayon"
            inputMode="numeric"
            value={radius}
            onChange={setRadius}
          />
          <button type="submit" className="pf-button">
            {t('apprenticeships.search')}
          </button>
        </form>
        {error ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {error}
          </p>
        ) : null}
        {result ? (
          <>
            <p role="status">{t('apprenticeships.results', { count: result.total })}</p>
            {result.seats.length ? (
              <ul className="pa-list">
                {result.seats.map((seat) => (
                  <SeatCard key={seat.id} seat={seat} />
                ))}
              </ul>
            ) : (
              <p>{t('apprenticeships.none')}</p>
            )}
          </>
        ) : null}
      </section>
    </div>
  )
}
