import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../portal-api'

export interface Loaded<D> {
  data: D | null
  error: ApiError | null
  notFound: boolean
  loading: boolean
  reload: () => void
  /** Replaces the data with what a write answered (no second request). */
  set: (data: D) => void
}

/** Data fetched from the API for `key` (again whenever the key changes); a late answer is dropped. */
export function useLoaded<D>(key: string, load: () => Promise<D>): Loaded<D> {
  const [state, setState] = useState<{ key: string | null; data: D | null; error: ApiError | null }>({
    key: null,
    data: null,
    error: null,
  })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    load()
      .then((data) => live && setState({ key, data, error: null }))
      .catch(
        (e: unknown) =>
          live &&
          setState((s) => ({
            key,
            data: s.data,
            error: e instanceof ApiError ? e : new ApiError(0, 'internal', String(e)),
          })),
      )
    return () => {
      live = false
    }
    // The loader changes with every render; the key says when to load again.
  }, [key, attempt])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const set = useCallback((data: D) => setState((s) => ({ ...s, data, error: null })), [])
  const fresh = state.key === key
  return {
    data: state.data,
    error: fresh ? state.error : null,
    notFound: fresh && state.error?.status === 404,
    loading: !fresh,
    reload,
    set,
  }
}
