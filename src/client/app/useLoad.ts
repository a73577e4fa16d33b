import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api'

/** Loads data on mount and on demand; the error is the server's French message. */
export function useLoad<T>(load: () => Promise<T>, enabled = true) {
  const loader = useRef(load)
  loader.current = load
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!enabled) return
    try {
      setData(await loader.current())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
    }
  }, [enabled])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, reload }
}
