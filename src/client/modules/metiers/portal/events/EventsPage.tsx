import './events.css'
import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import type { QueryInputOf } from '../../../../../shared/contract'
import type {
  EventSearchView,
  metiersEventsContract,
} from '../../../../../shared/modules/metiers/events.contract'
import type { FicheListItemView } from '../../../../../shared/modules/metiers/fiches.contract'
import { PageState } from '../components/PageState'
import { SelectField, TextInput } from '../components/fields'
import { portalGet } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'
import { EventCard } from './EventCard'

type SearchQuery = QueryInputOf<(typeof metiersEventsContract)['search']>

const kinds = [
  'forum',
  'job_dating',
  'festival_film',
  'webinaire_qvct',
  'reunion_information',
  'portes_ouvertes',
] as const
const filterKeys = ['kind', 'job', 'departement', 'q', 'from', 'to', 'lat', 'lon', 'km', 'replays'] as const
type Filters = Partial<Record<(typeof filterKeys)[number], string>>

const filtersOf = (queryString: string): Filters => {
  const params = new URLSearchParams(queryString)
  const out: Filters = {}
  for (const key of filterKeys) {
    const value = params.get(key)
    if (value) out[key] = value
  }
  return out
}

const hrefOf = (filters: Filters) => {
  const params = new URLSearchParams()
  for (const key of filterKeys) if (filters[key]) params.set(key, filters[key])
  const query = params.toString()
  return query ? `/metiers/evenements?${query}` : '/metiers/evenements'
}

/** `/metiers/evenements`: the coming events (or the replays), filtered by kind, job, place, dates. */
export function EventsPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const queryString = useSearch()
  const filters = useMemo(() => filtersOf(queryString), [queryString])
  const address = hrefOf(filters)
  const results = usePageData<EventSearchView>('accueil', address, () =>
    portalGet(portalRoutes.metiersEvents.search, { query: filters as SearchQuery }),
  )
  const [fiches, setFiches] = useState<FicheListItemView[]>([])
  const [draft, setDraft] = useState<Filters>(filters)
  const [locating, setLocating] = useState<string | null>(null)
  usePageTitle(t('events.titre'))
  useEffect(() => setDraft(filters), [filters])
  useEffect(() => {
    let current = true
    portalGet(portalRoutes.metiersFiches.listPublic, {})
      .then((list) => current && setFiches(list))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [])

  const set = (key: keyof Filters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(hrefOf(draft))
  }
  const nearMe = () => {
    if (!('geolocation' in navigator)) return setLocating(t('events.filtres.localisationImpossible'))
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(null)
        navigate(
          hrefOf({
            ...draft,
            departement: undefined,
            lat: position.coords.latitude.toFixed(4),
            lon: position.coords.longitude.toFixed(4),
            km: draft.km ?? '30',
          }),
        )
      },
      () => setLocating(t('events.filtres.localisationImpossible')),
      { timeout: 10_000 },
    )
  }
  const replays = filters.replays === '1'
  const answer = results.data

  return (
    <div className="pf-page ev-page">
      <h1>{t('events.titre')}</h1>
      <p className="pf-lead">{t('events.intro')}</p>

      <nav aria-label={t('events.filtres.vue')} className="ev-tabs">
        <a
          href={hrefOf({ ...filters, replays: undefined })}
          aria-current={replays ? undefined : 'page'}
          onClick={(e) => {
            e.preventDefault()
            navigate(hrefOf({ ...filters, replays: undefined }))
          }}
        >
          {t('events.filtres.aVenir')}
        </a>
        <a
          href={hrefOf({ ...filters, replays: '1' })}
          aria-current={replays ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault()
            navigate(hrefOf({ ...filters, replays: '1' }))
          }}
        >
          {t('events.filtres.replays')}
        </a>
      </nav>

      <form className="pf-form ev-filters" onSubmit={submit} aria-labelledby="ev-filtres">
        <h2 id="ev-filtres" className="visually-hidden">
          {t('events.filtres.titre')}
        </h2>
        <div className="ev-filters__grid">
          <SelectField
            label={t('events.filtres.type')}
            name="kind"
            value={draft.kind ?? ''}
            onChange={set('kind')}
            options={[
              { value: '', label: t('events.filtres.tousTypes') },
              ...kinds.map((k) => ({ value: k, label: t(`events.types.${k}`) })),
            ]}
          />
          <SelectField
            label={t('events.filtres.metier')}
            name="job"
            value={draft.job ?? ''}
            onChange={set('job')}
            options={[
              { value: '', label: t('events.filtres.tousMetiers') },
              ...fiches.map((f) => ({ value: f.slug, label: f.title })),
            ]}
          />
          <SelectField
            label={t('events.filtres.departement')}
            name="departement"
            value={draft.departement ?? ''}
            onChange={set('departement')}
            options={[
              { value: '', label: t('events.filtres.tousDepartements') },
              ...(answer?.departements ?? (draft.departement ? [draft.departement] : [])).map((d) => ({
                value: d,
                label: d,
              })),
            ]}
          />
          <TextInput
            label={t('events.filtres.mots')}
            name="q"
            type="search"
            value={draft.q ?? ''}
            onChange={set('q')}
            maxLength={100}
          />
          {!replays ? (
            <>
              <DateField
                label={t('events.filtres.du')}
                name="from"
                value={draft.from ?? ''}
                onChange={set('from')}
              />
              <DateField
                label={t('events.filtres.au')}
                name="to"
                value={draft.to ?? ''}
                onChange={set('to')}
              />
            </>
          ) : null}
        </div>
        {filters.lat && filters.lon ? (
          <p className="pf-notice">{t('events.filtres.autourActif', { km: filters.km ?? '30' })}</p>
        ) : null}
        {locating ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {locating}
          </p>
        ) : null}
        <div className="pf-form__actions ev-filters__actions">
          <button type="submit" className="pf-button pf-button--primary">
            {t('events.filtres.appliquer')}
          </button>
          <button type="button" className="pf-button" onClick={nearMe}>
            {t('events.filtres.autourDeMoi')}
          </button>
          {Object.keys(filters).some((k) => k !== 'replays') ? (
            <button
              type="button"
              className="pf-button pf-button--link"
              onClick={() => navigate(hrefOf({ replays: filters.replays }))}
            >
              {t('events.filtres.effacer')}
            </button>
          ) : null}
        </div>
      </form>

      {answer ? (
        <section aria-labelledby="ev-resultats" className="pf-section">
          <h2 id="ev-resultats" aria-live="polite">
            {t('events.resultats', { count: answer.events.length })}
          </h2>
          {answer.events.length === 0 ? (
            <p>{t('events.aucun')}</p>
          ) : (
            <ul className="pf-list ev-list">
              {answer.events.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </ul>
          )}
        </section>
      ) : (
        <PageState
          loading={results.loading}
          notFound={results.notFound}
          error={results.error}
          onRetry={results.reload}
          withHeading={false}
        />
      )}
    </div>
  )
}

function DateField(props: { label: string; name: string; value: string; onChange: (value: string) => void }) {
  const id = `ev-${props.name}`
  return (
    <div className="pf-field">
      <label className="pf-field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type="date"
        className="pf-field__input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}
