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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the page loaded so far: its address, the data, its scripts, styles and fonts, the tiles shown. */
function loadedUrls(): string[] {
  const origin = window.location.origin
  return [
    window.location.pathname,
    retentionApiRoutes.pointDeChuteNetwork.path,
    ...performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter(
        (name) =>
          name.startsWith(`${origin}/assets/`) || name.startsWith(`${origin}/fonts/`) || TILES.test(name),
      ),
  ]
}

/** Asks the worker to keep these files and waits for its answer. */
function keep(worker: ServiceWorker, urls: string[]): Promise<void> {
  return new Promise((resolve) => {
    const done = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type !== 'kept') return
      navigator.serviceWorker.removeEventListener('message', done)
      resolve()
    }
    navigator.serviceWorker.addEventListener('message', done)
    worker.postMessage({ type: 'keep', urls })
  })
}

/**
 * Registers the worker and resolves once it kept the page's files (false when the browser has no
 * worker). Files asked for before the worker took control are handed to it twice: once it controls
 * the page, and a moment later for those still on their way then (the map's chunk, its tiles).
 */
export async function keepPageOffline(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false
  try {
    await navigator.serviceWorker.register(pointDeChuteWorkerPath, { scope: retentionPages.pointDeChute })
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (!worker) return false
    if (!navigator.serviceWorker.controller)
      await Promise.race([
        new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        ),
        pause(5000),
      ])
    await keep(worker, loadedUrls())
    await pause(1500)
    await keep(worker, loadedUrls())
    return true
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
