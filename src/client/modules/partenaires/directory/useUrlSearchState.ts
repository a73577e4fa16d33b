import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { formatSearch, parseSearch, type SearchState } from './search-state'

/** The search kept in the address bar: each new search is a history entry, so "back" returns to the results. */
export function useUrlSearchState(): [SearchState, (next: SearchState) => void] {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const state = useMemo(() => parseSearch(search), [search])
  const set = useCallback(
    (next: SearchState) => {
      const query = formatSearch(next)
      navigate(query ? `${location}?${query}` : location)
    },
    [location, navigate],
  )
  return [state, set]
}
