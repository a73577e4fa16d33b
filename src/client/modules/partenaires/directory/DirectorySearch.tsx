import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ApiError, call } from '../../../api'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { TextField } from '../../../ui/TextField'
import { AppliedChips } from './components/AppliedChips'
import { DirectoryMap, type MapPoint } from './components/DirectoryMap'
import { ResultCard } from './components/ResultCard'
import { SearchFilters } from './components/SearchFilters'
import {
  messageOf,
  searchApi,
  serviceHref as agentServiceHref,
  type SearchAnswer,
  type SearchResult,
} from './directory.queries'
import { emptySearch, formatSearch, isBlank, searchQueryOf, type SearchState } from './search-state'
import './directory.css'

const PAGE_SIZE = 20

export type { SearchState } from './search-state'
export type { SearchResult } from './directory.queries'

export interface DirectorySearchProps {
  /** The public directory of this organisation (no account); without it, the agents' search. */
  organisationId?: string
  /** The search, when the page keeps it (in the address bar); otherwise the component keeps its own. */
  state?: SearchState
  onStateChange?: (next: SearchState) => void
  /** The page of a result; the agents' service page by default. */
  serviceHref?: (serviceId: string) => string
  /** An action on each result, e.g. "Orienter ici" inside a request. */
  choose?: { label: string; onChoose: (result: SearchResult) => void }
}

/**
 * The directory search: one query box ("aide alimentaire ouvert samedi près de la gare"), what
 * was understood as removable chips, filters, then the results as a list and on a map. The list
 * is the accessible equivalent of the map; on a phone the list comes first and "Carte" shows the map.
 */
export function DirectorySearch({
  organisationId,
  state,
  onStateChange,
  serviceHref,
  choose,
}: DirectorySearchProps) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const [ownState, setOwnState] = useState<SearchState>(emptySearch)
  const current = state ?? ownState
  const change = (next: SearchState) => (onStateChange ? onStateChange(next) : setOwnState(next))
  const key = formatSearch(current)

  const [draft, setDraft] = useState<SearchState>(current)
  useEffect(() => setDraft(current), [key])

  const [answer, setAnswer] = useState<SearchAnswer | null>(null)
  const [loading, setLoading] = useState(false)
  const form = useApiForm()
  const [view, setView] = useState<'liste' | 'carte'>('liste')
  const resultsId = useId()

  useEffect(() => {
    if (isBlank(current)) {
      setAnswer(null)
      return
    }
    let live = true
    setLoading(true)
    form.clear()
    const query = searchQueryOf(current, PAGE_SIZE)
    const request = organisationId
      ? call(searchApi.publicSearch, { params: { organisationId }, query })
      : call(searchApi.search, { query })
    request.then(
      (result) => {
        if (!live) return
        setLoading(false)
        setAnswer(result)
      },
      (e: unknown) => {
        if (!live) return
        setLoading(false)
        setAnswer(null)
        form.fail(messageOf(e), e instanceof ApiError ? e.fields[0]?.field : undefined)
      },
    )
    return () => {
      live = false
    }
  }, [key, organisationId])

  const hrefOf = serviceHref ?? agentServiceHref
  const first = answer ? (answer.page - 1) * answer.pageSize + 1 : 1
  const points = useMemo<MapPoint[]>(
    () =>
      (answer?.items ?? []).flatMap((r, i) =>
        r.place && r.place.latitude !== null && r.place.longitude !== null
          ? [
              {
                id: r.service.id,
                number: first + i,
                latitude: r.place.latitude,
                longitude: r.place.longitude,
                title: r.service.name,
                detail: `${r.structure.name} — ${r.place.address}`,
                href: hrefOf(r.service.id),
              },
            ]
          : [],
      ),
    [answer, first, hrefOf],
  )

  const submit = () => {
    const next = { ...draft, page: 1, interpret: draft.q !== current.q ? true : draft.interpret }
    change(next)
  }
  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1

  return (
    <div className="directory-search">
      <Form
        state={form}
        onSubmit={submit}
        label={t('directory.search.formLabel')}
        className="form directory-search__form"
      >
        <div className="directory-search__query">
          <TextField
            label={t('directory.search.query')}
            description={
              <>
                {t('directory.search.queryHelp')}{' '}
                <bdi lang="fr" dir="ltr">
                  aide alimentaire ouvert samedi près de la gare
                </bdi>
              </>
            }
            name="q"
            type="search"
            dir="auto"
            value={draft.q}
            onChange={(q) => setDraft({ ...draft, q })}
          />
          <Button type="submit" variant="primary" isPending={loading}>
            {t('directory.search.submit')}
          </Button>
        </div>
        <details className="directory-search__filters">
          <summary>{t('directory.search.filters')}</summary>
          <SearchFilters draft={draft} onChange={setDraft} />
          <div className="form__actions">
            <Button type="submit" variant="primary">
              {t('directory.search.apply')}
            </Button>
            <Button variant="quiet" onPress={() => change(emptySearch())}>
              {t('directory.search.reset')}
            </Button>
          </div>
        </details>
      </Form>
      {answer ? <AppliedChips answer={answer} onChange={change} /> : null}
      {answer?.notices.map((n, i) => (
        <Alert key={i} tone="info">
          <span lang="fr">{n}</span>
        </Alert>
      ))}
      <div role="status" className="directory-search__count">
        {answer
          ? answer.total === 0
            ? t('directory.results.none')
            : t('directory.results.count', { count: answer.total })
          : loading
            ? t('common.loading')
            : null}
      </div>
      {answer && answer.total > 0 ? (
        <section className="directory-results" data-view={view} aria-label={t('directory.results.title')}>
          <div className="directory-results__toggle">
            <Button
              onPress={() => setView(view === 'liste' ? 'carte' : 'liste')}
              aria-controls={resultsId}
              aria-pressed={view === 'carte'}
            >
              {view === 'liste' ? t('directory.results.showMap') : t('directory.results.showList')}
            </Button>
          </div>
          <ol className="directory-results__list" id={resultsId} start={first}>
            {answer.items.map((r, i) => (
              <li key={r.service.id}>
                <ResultCard
                  result={r}
                  number={first + i}
                  href={hrefOf(r.service.id)}
                  action={
                    choose ? (
                      <Button
                        variant="primary"
                        aria-label={`${choose.label} : ${r.service.name}`}
                        onPress={() => choose.onChoose(r)}
                      >
                        {choose.label}
                      </Button>
                    ) : undefined
                  }
                />
              </li>
            ))}
          </ol>
          <DirectoryMap
            className="directory-map directory-results__map"
            points={points}
            origin={answer.origin}
            label={t('directory.map.label')}
            onOpen={navigate}
          />
          {pages > 1 ? (
            <nav className="pager" aria-label={t('directory.results.pages')}>
              <Button
                isDisabled={answer.page <= 1}
                onPress={() => change({ ...current, page: current.page - 1 })}
              >
                {t('directory.results.previous')}
              </Button>
              <span>{t('directory.results.page', { page: answer.page, pages })}</span>
              <Button
                isDisabled={answer.page >= pages}
                onPress={() => change({ ...current, page: current.page + 1 })}
              >
                {t('directory.results.next')}
              </Button>
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
