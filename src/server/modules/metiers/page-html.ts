/**
 * Writing the portal's server-rendered pages: text escaped for HTML, JSON made safe inside a
 * `<script>` block, the few French formats the pages share.
 */
import { PARIS } from '../../../shared/dates'
import { richTextToPlain } from './rich-text'

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text for an element's content or an attribute's value (double or single quoted). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => htmlEntities[c]!)

/**
 * JSON inside `<script type="application/json">` or `application/ld+json`: `<`, `>` and `&` as
 * unicode escapes so that no `</script>` or `<!--` can close or change the block; line and
 * paragraph separators escaped too, for older parsers. `JSON.parse` reads it back unchanged.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** A meta description: the text without tags, on one line, cut at a word before `max` characters. */
export function plainSummary(html: string, max = 160): string {
  const text = richTextToPlain(html).replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: PARIS })
/** « 3 novembre 2026 » (Paris) from an instant or a civil date. */
export function frenchDate(value: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  return Number.isNaN(instant.getTime()) ? value : longDate.format(instant)
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 })
/** « 1 900 € », without cents when there are none. */
export const frenchEuros = (amount: number): string =>
  euros
    .format(amount)
    .replace(/,00(?=\s?€)/, '')
    .replace(/\u202f/g, '\u00a0')

/** `<a href>` to a path or URL, both escaped. */
export const link = (href: string, text: string, attributes = ''): string =>
  `<a href="${escapeHtml(href)}"${attributes ? ` ${attributes}` : ''}>${escapeHtml(text)}</a>`
