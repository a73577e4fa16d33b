import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import type { QueryInputOf } from '../../../../../shared/contract'
import type {
  metiersSearchContract,
  OfferSearchAnswerView,
} from '../../../../../shared/modules/metiers/search.contract'
import { offerSearchSorts, type OfferSearchParams } from '../../../../../shared/modules/metiers/search-query'
import { OfferCard } from '../components/OfferCard'
import { OffersMap } from '../components/OffersMap'
import { PageState } from '../components/PageState'
import { Pager } from '../components/Pager'
import { SaveSearchForm } from '../components/SaveSearchForm'
import { SearchForm } from '../components/SearchForm'
import { SelectField } from '../components/fields'
import { errorsOf } from '../form-errors'
import { portalGet } from '../portal-api'
import { formatKm } from '../portal-format'
import { portalRoutes } from '../portal-routes'
import { isEmptySearch, searchHref, searchOfLocation, searchPagePath, withPage } from '../search-form'
import { usePageData } from '../usePageData'
import { usePageTitle } from '../usePageTitle'

type SearchQuery = QueryInputOf<(typeof metiersSearchContract)['search']>

/** `/metiers/offres`: the form, the results as a list (and a map on demand), pages, and the alert. */
export function SearchPage() {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const queryString = useSearch()
  const search = useMemo(() => searchOfLocation(queryString), [queryString])
  const address = queryString ? `${searchPagePath}?${queryString}` : searchPagePath
  const results = usePageData<OfferSearchAnswerView>('offres', address, () =>
    portalGet(portalRoutes.metiersSearch.search, { query: search as SearchQuery }),
  )
  const [view, setView] = useState<'liste' | 'carte'>('liste')
  // A value the server refuses (« Lieu : 2 caractères au moins. ») is said at its field, not retried.
  const refused =
    results.error?.code === 'validation' ? errorsOf(results.error, '') : { fields: {}, message: '' }
  const answer = results.data
  const ficheTitle = answer?.fiche?.title ?? null
  const title = ficheTitle ? t('recherche.titreFiche', { fiche: ficheTitle }) : t('recherche.titre')
  usePageTitle(title)

  // The form keeps its fields (and the focus) after its own search; it starts again from the
  // address only when the address changed otherwise (back button, a link).
  const pushed = useRef<string | null>(null)
  const [formKey, setFormKey] = useState(queryString)
  useEffect(() => {
    if (queryString !== pushed.current) setFormKey(queryString)
    pushed.current = null
  }, [queryString])
  const go = (next: OfferSearchParams) => {
    const href = searchHref(next)
    pushed.current = href.includes('?') ? href.slice(href.indexOf('?') + 1) : ''
    navigate(href)
  }

  // Another page of results: the visitor is taken to their top, as on a new page.
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const shownPage = useRef(search.page ?? 1)
  useEffect(() => {
    const page = answer?.page
    if (page === undefined || page === shownPage.current) return
    shownPage.current = page
    resultsHeading.current?.focus({ preventScroll: true })
    resultsHeading.current?.scrollIntoView({ block: 'start' })
  }, [answer?.page])
  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.taille)) : 1
  const markers = useMemo(
    () =>
      (answer?.results ?? []).flatMap((offer, index) =>
        offer.latitude !== null && offer.longitude !== null
          ? [
              {
                key: offer.id,
                number: index + 1,
                latitude: offer.latitude,
                longitude: offer.longitude,
                title: offer.title,
                detail: `${offer.employer.name} · ${offer.commune}`,
                href: `/metiers/offres/${offer.slug}`,
              },
            ]
          : [],
      ),
    [answer],
  )
  const origin = useMemo(
    () =>
      answer?.lieu
        ? { latitude: answer.lieu.latitude, longitude: answer.lieu.longitude, label: answer.lieu.name }
        : null,
    [answer],
  )

  return (
    <div className="pf-page pf-page--search">
      <h1>{title}</h1>
      <SearchForm key={formKey} search={search} onSearch={go} errors={refused.fields} />

      <section className="pf-results" aria-labelledby="resultats" aria-busy={results.loading}>
        <div className="pf-results__head">
          <h2 id="resultats" ref={resultsHeading} tabIndex={-1} aria-live="polite">
            {answer ? (
              <>
                {isEmptySearch(search)
                  ? t('recherche.dernieres')
                  : t('recherche.resultats', { count: answer.total })}
                {answer.lieu && answer.rayonEffectif !== null && !isEmptySearch(search) ? (
                  <span className="pf-results__where">
                    {' '}
                    {t('recherche.autour', {
                      km: formatKm(answer.rayonEffectif, i18n.language),
                      lieu: answer.lieu.name,
                    })}
                  </span>
                ) : null}
              </>
            ) : (
              t('recherche.titre')
            )}
          </h2>
          {answer && answer.total > 0 ? (
            <div className="pf-results__tools">
              <SelectField
                className="pf-field pf-field--inline"
                label={t('recherche.tri')}
                name="tri"
                value={answer.tri}
                onChange={(tri) => go({ ...search, tri, page: undefined })}
                options={offerSearchSorts
                  .filter((sort) => sort !== 'distance' || answer.lieu !== null)
                  .map((sort) => ({ value: sort, label: t(`recherche.tris.${sort}`) }))}
              />
              <div className="pf-toggle" role="group" aria-label={t('recherche.vue')}>
                {(['liste', 'carte'] as const).map((v) => (
                  <button
                    key={v}
                    type="button"
                    className="pf-toggle__button"
                    aria-pressed={view === v}
                    onClick={() => setView(v)}
                  >
                    {t(`recherche.${v}`)}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
        </div>

        {answer?.elargi && answer.rayon !== null && answer.rayonEffectif !== null ? (
          <p className="pf-notice" role="status">
            {t('recherche.elargi', {
              demande: formatKm(answer.rayon, i18n.language),
              effectif: formatKm(answer.rayonEffectif, i18n.language),
            })}
          </p>
        ) : null}

        {refused.message ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {refused.message}
          </p>
        ) : null}

        {!isEmptySearch(search) && !refused.message ? (
          <SaveSearchForm key={queryString} search={search} ficheTitle={ficheTitle} />
        ) : null}

        {answer ? (
          answer.total === 0 ? (
            <p className="pf-notice">{t('recherche.aucune')}</p>
          ) : (
            <>
              {view === 'carte' ? (
                <OffersMap
                  markers={markers}
                  origin={origin}
                  label={t('recherche.carteNom')}
                  linkText={t('recherche.voirOffre')}
                  onOpen={navigate}
                  note={
                    markers.length < answer.results.length
                      ? `${t('recherche.carteAide')} ${t('recherche.carteSansPosition')}`
                      : t('recherche.carteAide')
                  }
                />
              ) : null}
              <ol className="pf-list">
                {answer.results.map((offer, index) => (
                  <li key={offer.id}>
                    <OfferCard offer={offer} number={view === 'carte' ? index + 1 : undefined} />
                  </li>
                ))}
              </ol>
              <Pager page={answer.page} pages={pages} hrefOf={(page) => searchHref(withPage(search, page))} />
            </>
          )
        ) : refused.message ? null : (
          <PageState
            loading={results.loading}
            notFound={false}
            error={results.error}
            onRetry={results.reload}
            withHeading={false}
          />
        )}
      </section>
    </div>
  )
}
