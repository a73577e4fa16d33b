import type { FastifyReply } from 'fastify'

/**
 * Headers of a file downloaded as an attachment: its name in RFC 5987 form (accents kept, nothing
 * the browser could interpret), its type not sniffed, and never kept in a cache.
 */
export function asAttachment(reply: FastifyReply, fileName: string, mimeType: string, fallbackName: string) {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || fallbackName
  void reply
    .type(mimeType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
}
