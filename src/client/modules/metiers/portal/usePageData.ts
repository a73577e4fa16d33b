import { useCallback, useEffect, useRef, useState } from 'react'
import type { PortalPage } from '../../../../shared/modules/metiers/pages.contract'
import { ApiError } from './portal-api'
import { takeInitialData } from './initial-data'

export interface PageData<D> {
  /** The latest data; while the next one loads, the previous one stays shown (no blank flash). */
  data: D | null
  error: ApiError | null
  loading: boolean
  /** The server said 404, or the API did. */
  notFound: boolean
  reload: () => void
}

const asApiError = (error: unknown) =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'internal', error instanceof Error ? error.message : String(error))

interface State<D> {
  /** The key the data and error belong to. */
  key: string | null
  data: D | null
  notFound: boolean
  error: ApiError | null
}

/**
 * The page's data: on the first render, what the server rendered the page with (no fetch);
 * afterwards, and whenever `key` changes, from the API. An answer that arrives after the key
 * changed again is dropped.
 */
export function usePageData<D>(page: PortalPage, key: string, load: () => Promise<D>): PageData<D> {
  const [state, setState] = useState<State<D>>(() => {
    const found = takeInitialData<D>(page, key)
    // Pages the server renders without data (follow-up, alerts) fetch their own.
    const initial = found && (found.data !== null || found.status === 404) ? found : null
    return {
      key: initial ? key : null,
      data: initial?.data ?? null,
      notFound: initial?.status === 404,
      error: null,
    }
  })
  const [attempt, setAttempt] = useState(0)
  const [pending, setPending] = useState(false)
  const loader = useRef(load)
  loader.current = load
  const served = useRef(state.key)

  useEffect(() => {
    // The server's data for this very address: nothing to fetch on the first render.
    if (served.current === key && attempt === 0) return
    served.current = null
    let current = true
    setPending(true)
    loader
      .current()
      .then((data) => {
        if (current) setState({ key, data, notFound: false, error: null })
      })
      .catch((error: unknown) => {
        if (!current) return
        const apiError = asApiError(error)
        const notFound = apiError.status === 404
        setState((s) => ({
          key,
          data: notFound ? null : s.data,
          notFound,
          error: notFound ? null : apiError,
        }))
      })
      .finally(() => {
        if (current) setPending(false)
      })
    return () => {
      current = false
    }
  }, [key, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const fresh = state.key === key
  return {
    data: state.data,
    error: fresh ? state.error : null,
    loading: pending || !fresh,
    notFound: fresh && state.notFound,
    reload,
  }
}
