import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../../api'

/**
 * Loads data for a key (a filter, a search) and again whenever the key changes; an answer that
 * arrives after the key changed is dropped. `reload` asks again for the same key.
 */
export function useLoadFor<K, T>(key: K, load: (key: K) => Promise<T>) {
  const loader = useRef(load)
  loader.current = load
  const serial = JSON.stringify(key)
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    try {
      const next = await loader.current(JSON.parse(serial) as K)
      if (ticket !== latest.current) return
      setData(next)
      setError(null)
    } catch (e) {
      if (ticket !== latest.current) return
      setError(e instanceof ApiError ? e.message : String(e))
    }
  }, [serial])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, reload }
}
