import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../portal-api'

/** Data fetched once from the API (again on `reload`); an answer after leaving the page is dropped. */
export function useFetched<D>(load: () => Promise<D>) {
  const [data, setData] = useState<D | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setError(null)
    load()
      .then((d) => live && setData(d))
      .catch(
        (e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(0, 'internal', String(e))),
      )
    return () => {
      live = false
    }
    // Loaded once per attempt: the loader is a new function at every render.
  }, [attempt])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, error, loading: data === null && error === null, reload }
}
