/*
 * Service worker of the Point de chute map (scope /metiers/point-de-chute): once visited, the page
 * keeps working without network. The page shell and its scripts and styles are kept (network first
 * for the page, cache first for the hashed files), the places' data network first with the last
 * answer as fallback (marked so the page can say « hors ligne — données du … »), and the map tiles
 * already seen cache first.
 */
const CACHE = 'lien-point-de-chute-v1'
const DATA_PATH = '/api/metiers/point-de-chute'
const PAGE_PATH = '/metiers/point-de-chute'
const TILES = /^https:\/\/data\.geopf\.fr\//
const MAX_TILES = 600

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

async function put(request, response) {
  if (!response || (!response.ok && response.type !== 'opaque')) return
  const cache = await caches.open(CACHE)
  await cache.put(request, response)
}

/** Tiles beyond the limit are dropped, oldest first (the cache keeps insertion order). */
async function trimTiles() {
  const cache = await caches.open(CACHE)
  const tiles = (await cache.keys()).filter((r) => TILES.test(r.url))
  for (const old of tiles.slice(0, Math.max(0, tiles.length - MAX_TILES))) await cache.delete(old)
}

async function cacheFirst(request) {
  const cached = await caches.match(request)
  if (cached) return cached
  const response = await fetch(request)
  await put(request, response.clone())
  if (TILES.test(request.url)) await trimTiles()
  return response
}

/** The network's answer, else the last one kept, with a header telling the page it is offline. */
async function networkFirst(request, key) {
  try {
    const response = await fetch(request)
    await put(key, response.clone())
    return response
  } catch (error) {
    const cached = await caches.match(key)
    if (!cached) throw error
    const headers = new Headers(cached.headers)
    headers.set('x-lien-hors-ligne', '1')
    return new Response(await cached.blob(), {
      status: cached.status,
      statusText: cached.statusText,
      headers,
    })
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (TILES.test(request.url)) {
    event.respondWith(cacheFirst(request))
    return
  }
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && url.pathname.startsWith(PAGE_PATH)) {
    event.respondWith(networkFirst(request, PAGE_PATH))
    return
  }
  if (url.pathname === DATA_PATH) {
    event.respondWith(networkFirst(request, DATA_PATH))
    return
  }
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/fonts/')) {
    event.respondWith(cacheFirst(request))
  }
})

/**
 * The page sends what it loaded before this worker controlled it (its scripts, styles, fonts and
 * the tiles shown): they are fetched once more into the cache.
 */
self.addEventListener('message', (event) => {
  const urls =
    event.data && event.data.type === 'keep' && Array.isArray(event.data.urls) ? event.data.urls : []
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      for (const raw of urls) {
        try {
          const url = new URL(raw, self.location.origin)
          const sameOrigin = url.origin === self.location.origin
          if (!sameOrigin && !TILES.test(url.href)) continue
          const key = sameOrigin && url.pathname.startsWith(PAGE_PATH) ? PAGE_PATH : url.href
          if (await cache.match(key)) continue
          const response = await fetch(
            url.href,
            sameOrigin ? { credentials: 'same-origin' } : { mode: 'no-cors' },
          )
          await put(key, response)
        } catch {
          // Offline already, or a file gone with a new release: the next visit keeps it.
        }
      }
      if (event.source) event.source.postMessage({ type: 'kept' })
    })(),
  )
})
