import './ambassadors.css'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import type { DirectoryQuery } from '../../../../../shared/modules/metiers/ambassadors.contract'
import {
  ambassadorFormats,
  ambassadorPages,
  defaultDirectoryDistanceKm,
} from '../../../../../shared/modules/metiers/ambassadors.constants'
import { PageState } from '../components/PageState'
import { SelectField, TextInput } from '../components/fields'
import { portalGet } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'
import { AmbassadorCard } from './AmbassadorCard'
import { isolate } from './isolate'
import { useLoaded } from './useLoaded'

const distances = [10, 20, 30, 50, 100] as const

/** The filters written in the address, so that a search can be shared and the back button works. */
function filtersOf(search: string) {
  const params = new URLSearchParams(search)
  const km = Number(params.get('distanceKm'))
  return {
    fiche: params.get('fiche') ?? '',
    format: params.get('format') ?? '',
    commune: params.get('commune') ?? '',
    distanceKm: distances.includes(km as (typeof distances)[number]) ? km : defaultDirectoryDistanceKm,
  }
}

type Filters = ReturnType<typeof filtersOf>

function queryOf(f: Filters): DirectoryQuery {
  return {
    ...(f.fiche ? { fiche: f.fiche } : {}),
    ...(f.format ? { format: f.format as DirectoryQuery['format'] } : {}),
    ...(f.commune.trim() ? { commune: f.commune.trim(), distanceKm: f.distanceKm } : {}),
  }
}

/** `/metiers/ambassadeurs`: the professionals who speak about their job, by job, format and distance. */
export function DirectoryPage() {
  const { t } = useTranslation()
  usePageTitle(t('ambassadors.annuaire.titre'))
  const search = useSearch()
  const [, navigate] = useLocation()
  const applied = filtersOf(search)
  const [form, setForm] = useState<Filters>(applied)
  const list = useLoaded(search, () => portalGet(api.directory, { query: queryOf(applied) }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const query = new URLSearchParams(
      Object.entries(queryOf(form)).map(([k, v]) => [k, String(v)]),
    ).toString()
    navigate(query ? `${ambassadorPages.directory()}?${query}` : ambassadorPages.directory())
  }
  const data = list.data
  return (
    <div className="pf-page">
      <h1>{t('ambassadors.annuaire.titre')}</h1>
      <p className="pf-lead">{t('ambassadors.annuaire.intro')}</p>
      <form className="pf-form pa-filters" onSubmit={submit} aria-label={t('ambassadors.annuaire.filtres')}>
        <SelectField
          label={t('ambassadors.annuaire.metier')}
          name="fiche"
          value={form.fiche}
          onChange={(fiche) => setForm({ ...form, fiche })}
          options={[
            { value: '', label: t('ambassadors.annuaire.tousMetiers') },
            ...(data?.jobs ?? []).map((j) => ({ value: j.slug, label: j.title })),
            // The address may name a fiche before the list of jobs is there.
            ...(form.fiche && !data?.jobs.some((j) => j.slug === form.fiche)
              ? [{ value: form.fiche, label: form.fiche }]
              : []),
          ]}
        />
        <SelectField
          label={t('ambassadors.annuaire.format')}
          name="format"
          value={form.format}
          onChange={(format) => setForm({ ...form, format })}
          options={[
            { value: '', label: t('ambassadors.annuaire.tousFormats') },
            ...ambassadorFormats.map((f) => ({ value: f, label: t(`ambassadors.formats.${f}`) })),
          ]}
        />
        <TextInput
          label={t('ambassadors.annuaire.commune')}
          name="commune"
          value={form.commune}
          onChange={(commune) => setForm({ ...form, commune })}
          autoComplete="address-level2"
          error={data?.placeNotFound ? t('ambassadors.annuaire.lieuInconnu') : null}
        />
        <SelectField
          label={t('ambassadors.annuaire.distance')}
          name="distanceKm"
          value={String(form.distanceKm)}
          onChange={(km) => setForm({ ...form, distanceKm: Number(km) })}
          options={distances.map((d) => ({
            value: String(d),
            label: t('ambassadors.annuaire.km', { count: d }),
          }))}
        />
        <div className="pf-form__actions">
          <button type="submit" className="pf-button pf-button--primary">
            {t('ambassadors.annuaire.chercher')}
          </button>
        </div>
      </form>
      {data ? (
        <section aria-live="polite" aria-busy={list.loading}>
          <p className="pa-count">
            {t('ambassadors.annuaire.resultats', { count: data.items.length })}
            {data.place ? ` ${t('ambassadors.annuaire.pres', { place: isolate(data.place.label) })}` : null}
          </p>
          {data.items.length ? (
            <ul className="pa-cards">
              {data.items.map((a) => (
                <AmbassadorCard key={a.id} ambassador={a} />
              ))}
            </ul>
          ) : (
            <p>{t('ambassadors.annuaire.aucun')}</p>
          )}
        </section>
      ) : (
        <PageState
          loading={list.loading}
          notFound={false}
          error={list.error}
          onRetry={list.reload}
          withHeading={false}
        />
      )}
      <p className="pa-join">
        <Link href={ambassadorPages.space()}>{t('ambassadors.annuaire.devenir')}</Link>
      </p>
    </div>
  )
}
