/**
 * Keeps the Point de chute page usable offline: registers its service worker, hands it what the
 * page loaded before the worker took control, and reads the places saying whether they came from
 * the phone's copy.
 */
import type { PointDeChuteNetworkView } from '../../../../../shared/modules/metiers/retention.contract'
import {
  pointDeChuteWorkerPath,
  retentionPages,
} from '../../../../../shared/modules/metiers/retention.constants'
import { retentionApiRoutes } from './retention-api-routes'

const TILES = /^https:\/\/data\.geopf\.fr\//

/** Registers the worker and resolves once it kept the page's files (false when the browser has no worker). */
export async function keepPageOffline(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false
  try {
    await navigator.serviceWorker.register(pointDeChuteWorkerPath, { scope: retentionPages.pointDeChute })
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (!worker) return false
    const urls = [
      window.location.pathname,
      retentionApiRoutes.pointDeChuteNetwork.path,
      ...performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter(
          (name) =>
            name.startsWith(`${window.location.origin}/assets/`) ||
            name.startsWith(`${window.location.origin}/fonts/`) ||
            TILES.test(name),
        ),
    ]
    return await new Promise<boolean>((resolve) => {
      const done = (event: MessageEvent) => {
        if ((event.data as { type?: string } | null)?.type !== 'kept') return
        navigator.serviceWorker.removeEventListener('message', done)
        resolve(true)
      }
      navigator.serviceWorker.addEventListener('message', done)
      worker.postMessage({ type: 'keep', urls })
    })
  } catch {
    return false
  }
}

export interface LoadedNetwork {
  network: PointDeChuteNetworkView
  /** True when the network could not be reached and the phone's copy answered. */
  offline: boolean
}

export async function loadNetwork(): Promise<LoadedNetwork> {
  const response = await fetch(retentionApiRoutes.pointDeChuteNetwork.path, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  })
  if (!response.ok) throw new Error(String(response.status))
  return {
    network: (await response.json()) as PointDeChuteNetworkView,
    offline: response.headers.get('x-lien-hors-ligne') === '1',
  }
}
