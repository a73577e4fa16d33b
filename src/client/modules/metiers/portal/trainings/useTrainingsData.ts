import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../portal-api'

export interface TrainingsData<D> {
  data: D | null
  error: ApiError | null
  loading: boolean
  notFound: boolean
  reload: () => void
}

/** The data of a page of the trainings part, fetched whenever `key` changes (the previous one stays shown meanwhile). */
export function useTrainingsData<D>(key: string, load: () => Promise<D>): TrainingsData<D> {
  const [state, setState] = useState<{
    key: string | null
    data: D | null
    error: ApiError | null
    notFound: boolean
  }>({
    key: null,
    data: null,
    error: null,
    notFound: false,
  })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    load()
      .then((data) => current && setState({ key, data, error: null, notFound: false }))
      .catch((error: unknown) => {
        if (!current) return
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError(0, 'internal', error instanceof Error ? error.message : '')
        setState((s) => ({
          key,
          data: apiError.status === 404 ? null : s.data,
          error: apiError.status === 404 ? null : apiError,
          notFound: apiError.status === 404,
        }))
      })
    return () => {
      current = false
    }
    // `load` is rebuilt at each render; the key says when the data changes.
  }, [key, attempt])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const fresh = state.key === key
  return {
    data: state.data,
    error: fresh ? state.error : null,
    loading: !fresh,
    notFound: fresh && state.notFound,
    reload,
  }
}
