import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import type { CatalogueAnswerView } from '../../../../../shared/modules/metiers/trainings.contract'
import { trainingRoutes } from '../../../../../shared/modules/metiers/metiers.constants'
import { rncpLevels } from '../../../../../shared/modules/metiers/trainings-labels'
import { OffersMap } from '../components/OffersMap'
import { PageState } from '../components/PageState'
import { SelectField, TextInput } from '../components/fields'
import { portalGet } from '../portal-api'
import { formatKm } from '../portal-format'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'
import { TrainingCard } from './TrainingCard'
import { catalogueHref } from './trainings-format'
import { useTrainingsData } from './useTrainingsData'

const fields = ['q', 'metier', 'voie', 'niveau', 'lieu', 'rayon', 'apres'] as const
type Filters = Partial<Record<(typeof fields)[number], string>>
const radii = ['10', '20', '30', '50', '100']

function filtersOf(queryString: string): Filters {
  const params = new URLSearchParams(queryString)
  const out: Filters = {}
  for (const f of fields) {
    const v = params.get(f)
    if (v) out[f] = v
  }
  return out
}

/** `/metiers/formations`: the catalogue's filters, its results as a list (the accessible equivalent) and on a map. */
export function CataloguePage() {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const queryString = useSearch()
  const filters = useMemo(() => filtersOf(queryString), [queryString])
  const results = useTrainingsData<CatalogueAnswerView>(queryString, () =>
    portalGet(portalRoutes.metiersTrainings.catalogue, { query: filters }),
  )
  const fiches = useTrainingsData('fiches', () => portalGet(portalRoutes.metiersFiches.listPublic, {}))
  const [draft, setDraft] = useState<Filters>(filters)
  useEffect(() => setDraft(filters), [filters])
  const [view, setView] = useState<'liste' | 'carte'>('carte')
  const answer = results.data
  const title = answer?.metier
    ? t('trainings.catalogue.titreMetier', { metier: answer.metier.title })
    : t('trainings.catalogue.titre')
  usePageTitle(title)

  const set = (key: keyof Filters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(catalogueHref(draft))
  }
  const refused = results.error?.code === 'validation' ? results.error : null
  const fieldError = (name: string) => refused?.fields.find((f) => f.field === name)?.message ?? null

  const markers = useMemo(
    () =>
      (answer?.results ?? []).flatMap((r, index) =>
        r.place.latitude !== null && r.place.longitude !== null
          ? [
              {
                key: r.id,
                number: index + 1,
                latitude: r.place.latitude,
                longitude: r.place.longitude,
                title: r.title,
                detail: `${r.centre.name} · ${r.place.commune}`,
                href: `/metiers/formations/${r.slug}`,
              },
            ]
          : [],
      ),
    [answer],
  )
  const origin = answer?.lieu
    ? { latitude: answer.lieu.latitude, longitude: answer.lieu.longitude, label: answer.lieu.name }
    : null

  return (
    <div className="pf-page pf-page--search">
      <h1>{title}</h1>
      <p className="pf-lead">{t('trainings.catalogue.intro')}</p>
      <form className="pf-search" role="search" aria-labelledby="filtres-formations" onSubmit={submit}>
        <h2 id="filtres-formations" className="visually-hidden">
          {t('trainings.catalogue.filtres')}
        </h2>
        <div className="pf-search__main">
          <TextInput
            type="search"
            name="q"
            label={t('trainings.catalogue.mots')}
            help={t('trainings.catalogue.motsAide')}
            value={draft.q ?? ''}
            onChange={set('q')}
            maxLength={200}
            error={fieldError('q')}
          />
          <TextInput
            name="lieu"
            label={t('trainings.catalogue.lieu')}
            value={draft.lieu ?? ''}
            onChange={set('lieu')}
            maxLength={100}
            error={fieldError('lieu')}
          />
        </div>
        <div className="pf-search__selects">
          <SelectField
            name="metier"
            label={t('trainings.catalogue.metier')}
            value={draft.metier ?? ''}
            onChange={set('metier')}
            error={fieldError('metier')}
            options={[
              { value: '', label: t('trainings.catalogue.tousMetiers') },
              ...(fiches.data ?? []).map((f) => ({ value: f.slug, label: f.title })),
              ...(draft.metier && !fiches.data
                ? [{ value: draft.metier, label: answer?.metier?.title ?? draft.metier }]
                : []),
            ]}
          />
          <SelectField
            name="voie"
            label={t('trainings.catalogue.voie')}
            value={draft.voie ?? ''}
            onChange={set('voie')}
            options={[
              { value: '', label: t('trainings.catalogue.toutesVoies') },
              ...trainingRoutes.map((r) => ({ value: r, label: t(`fiche.routes.${r}`) })),
            ]}
          />
          <SelectField
            name="niveau"
            label={t('trainings.catalogue.niveau')}
            value={draft.niveau ?? ''}
            onChange={set('niveau')}
            error={fieldError('niveau')}
            options={[
              { value: '', label: t('trainings.catalogue.tousNiveaux') },
              ...rncpLevels.map((l) => ({ value: String(l), label: t(`trainings.niveaux.n${l}`) })),
            ]}
          />
          <SelectField
            name="rayon"
            label={t('trainings.catalogue.rayon')}
            value={draft.rayon ?? '50'}
            onChange={set('rayon')}
            options={radii.map((km) => ({ value: km, label: t('trainings.catalogue.rayonKm', { km }) }))}
          />
          <div className="pf-field">
            <label className="pf-field__label" htmlFor="formations-apres">
              {t('trainings.catalogue.apres')}
            </label>
            <input
              id="formations-apres"
              name="apres"
              type="date"
              className="pf-field__input"
              value={draft.apres ?? ''}
              onChange={(e) => set('apres')(e.target.value)}
            />
          </div>
        </div>
        <div className="pf-search__actions">
          <button type="submit" className="pf-button pf-button--primary">
            {t('trainings.catalogue.chercher')}
          </button>
          {queryString ? (
            <Link href="/metiers/formations" className="pf-button pf-button--quiet">
              {t('trainings.catalogue.effacer')}
            </Link>
          ) : null}
        </div>
      </form>

      <section className="pf-results" aria-labelledby="resultats-formations" aria-busy={results.loading}>
        <div className="pf-results__head">
          <h2 id="resultats-formations" aria-live="polite">
            {answer
              ? t('trainings.catalogue.resultats', { count: answer.total })
              : t('trainings.catalogue.titre')}
            {answer?.lieu && answer.rayon !== null ? (
              <span className="pf-results__where">
                {' '}
                {t('trainings.catalogue.autour', {
                  km: formatKm(answer.rayon, i18n.language),
                  lieu: answer.lieu.name,
                })}
              </span>
            ) : null}
          </h2>
          {answer && answer.total > 0 ? (
            <div className="pf-results__tools">
              <div className="pf-toggle" role="group" aria-label={t('trainings.catalogue.vue')}>
                {(['carte', 'liste'] as const).map((v) => (
                  <button
                    key={v}
                    type="button"
                    className="pf-toggle__button"
                    aria-pressed={view === v}
                    onClick={() => setView(v)}
                  >
                    {t(`trainings.catalogue.${v}`)}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
        </div>
        {refused ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {refused.message}
          </p>
        ) : null}
        {!answer && !refused ? (
          <PageState
            loading={results.loading}
            notFound={results.notFound}
            error={results.error}
            onRetry={results.reload}
            withHeading={false}
          />
        ) : null}
        {answer ? (
          answer.total === 0 ? (
            <p className="pf-notice">{t('trainings.catalogue.aucune')}</p>
          ) : (
            <>
              {view === 'carte' ? (
                <OffersMap
                  markers={markers}
                  origin={origin}
                  label={t('trainings.catalogue.carteNom')}
                  linkText={t('trainings.catalogue.voirFormation')}
                  onOpen={navigate}
                  note={t('trainings.catalogue.carteAide')}
                />
              ) : null}
              <ol className="pf-list">
                {answer.results.map((training, index) => (
                  <li key={training.id}>
                    <TrainingCard training={training} number={view === 'carte' ? index + 1 : undefined} />
                  </li>
                ))}
              </ol>
            </>
          )
        ) : null}
      </section>
      <p>
        <Link href="/metiers/mallette">{t('trainings.catalogue.mallette')}</Link>
      </p>
    </div>
  )
}
