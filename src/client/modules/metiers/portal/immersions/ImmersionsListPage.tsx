import './immersions.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import type { PublicImmersionsView } from '../../../../../shared/modules/metiers/immersions.contract'
import { immersionRadii } from '../../../../../shared/modules/metiers/immersions.constants'
import { SelectField, TextInput } from '../components/fields'
import { errorsOf } from '../form-errors'
import { ApiError, portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'
import { formatDay } from './immersion-format'

interface Filters {
  metier: string
  lieu: string
  rayon: string
}

const filtersOf = (search: string): Filters => {
  const q = new URLSearchParams(search)
  return { metier: q.get('metier') ?? '', lieu: q.get('lieu') ?? '', rayon: q.get('rayon') ?? '30' }
}
const hrefOf = (f: Filters) => {
  const q = new URLSearchParams()
  if (f.metier) q.set('metier', f.metier)
  if (f.lieu.trim()) q.set('lieu', f.lieu.trim())
  if (f.lieu.trim() && f.rayon !== '30') q.set('rayon', f.rayon)
  const s = q.toString()
  return s ? `/metiers/immersions?${s}` : '/metiers/immersions'
}

/** `/metiers/immersions`: open immersions, filtered by job and by distance from a commune. */
export function ImmersionsListPage() {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const search = useSearch()
  const [filters, setFilters] = useState<Filters>(() => filtersOf(search))
  const [answer, setAnswer] = useState<PublicImmersionsView | null>(null)
  const [error, setError] = useState<{ fields: Record<string, string>; message: string } | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  usePageTitle(t('immersions.liste.titre'))

  useEffect(() => {
    const f = filtersOf(search)
    setFilters(f)
    let live = true
    portalGet(portalRoutes.metiersImmersions.publicList, {
      query: {
        ...(f.metier ? { metier: f.metier } : {}),
        ...(f.lieu ? { lieu: f.lieu, rayon: Number(f.rayon) } : {}),
      },
    })
      .then((a) => {
        if (!live) return
        setAnswer(a)
        setError(null)
      })
      .catch((e: unknown) => {
        if (live) setError(errorsOf(e, e instanceof ApiError ? e.message : t('portail.erreur.texte')))
      })
    return () => {
      live = false
    }
  }, [search, t])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(hrefOf(filters))
  }
  const language = i18n.language

  return (
    <div className="pf-page">
      <h1>{t('immersions.liste.titre')}</h1>
      <p className="pf-lead">{t('immersions.liste.intro')}</p>
      <form className="pf-form" onSubmit={submit} aria-label={t('immersions.liste.filtres')}>
        <div className="pi-filters">
          <SelectField
            label={t('immersions.liste.metier')}
            name="metier"
            value={filters.metier}
            onChange={(metier) => setFilters((f) => ({ ...f, metier }))}
            error={error?.fields.metier}
            options={[
              { value: '', label: t('immersions.liste.tousMetiers') },
              ...(answer?.jobs ?? []).map((j) => ({ value: j.slug, label: j.title })),
            ]}
          />
          <TextInput
            label={t('immersions.liste.lieu')}
            help={t('immersions.liste.lieuAide')}
            name="lieu"
            type="search"
            value={filters.lieu}
            onChange={(lieu) => setFilters((f) => ({ ...f, lieu }))}
            error={error?.fields.lieu}
          />
          <SelectField
            label={t('immersions.liste.rayon')}
            name="rayon"
            value={filters.rayon}
            onChange={(rayon) => setFilters((f) => ({ ...f, rayon }))}
            error={error?.fields.rayon}
            options={immersionRadii.map((n) => ({
              value: String(n),
              label: t('immersions.liste.km', { n }),
            }))}
          />
          <div className="pf-form__actions">
            <button type="submit" className="pf-button pf-button--primary">
              {t('immersions.liste.chercher')}
            </button>
          </div>
        </div>
      </form>

      {error && Object.keys(error.fields).length === 0 ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error.message}
        </p>
      ) : null}
      {answer ? (
        <section aria-labelledby="pi-results">
          <h2 id="pi-results" ref={heading} tabIndex={-1}>
            {t('immersions.liste.resultats', { count: answer.total })}
            {answer.place
              ? ` ${t('immersions.liste.autour', { rayon: answer.radiusKm, lieu: answer.place.name })}`
              : null}
          </h2>
          {answer.items.length === 0 ? <p>{t('immersions.liste.aucune')}</p> : null}
          <ul className="pi-list">
            {answer.items.map((item) => (
              <li key={item.id} className="pi-card">
                <h3>
                  <Link href={`/metiers/immersions/${item.id}`}>{item.title}</Link>
                </h3>
                <p className="pi-meta">
                  {item.job.title} · {item.employerName} · {item.postcode} {item.commune}
                  {item.distanceKm !== null
                    ? ` · ${t('immersions.liste.distance', { km: item.distanceKm.toLocaleString(language) })}`
                    : null}
                </p>
                <p className="pi-meta">
                  {t('immersions.liste.dates', {
                    from: formatDay(item.availableFrom, language),
                    to: formatDay(item.availableTo, language),
                  })}{' '}
                  · {t('immersions.liste.places', { count: item.capacity })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : !error ? (
        <p className="pf-loading" role="status">
          {t('portail.chargement')}
        </p>
      ) : null}
    </div>
  )
}
