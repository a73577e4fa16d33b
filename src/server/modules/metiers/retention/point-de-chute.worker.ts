import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FastifyReply } from 'fastify'

const built = fileURLToPath(new URL('../../../../../dist/client/point-de-chute-sw.js', import.meta.url))
const source = fileURLToPath(new URL('../../../../client/public/point-de-chute-sw.js', import.meta.url))

let script: string | null = null

/**
 * Sends the offline worker of the Point de chute map. Its own policy lets it fetch the map tiles
 * (the pages' policy allows them only as images); it is never cached by the browser, so a new
 * release replaces it at the next visit.
 */
export function sendPointDeChuteWorker(reply: FastifyReply): string {
  script ??= readFileSync(existsSync(built) ? built : source, 'utf8')
  reply
    .type('text/javascript; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header(
      'content-security-policy',
      "default-src 'self'; connect-src 'self' https://data.geopf.fr; img-src 'self' data: https://data.geopf.fr",
    )
  return script
}
