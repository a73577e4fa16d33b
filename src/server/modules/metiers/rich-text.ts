/**
 * The rich text editors write (fiches, portraits, campaigns, offers): a small tokenizer of our
 * own, because no HTML parser is a dependency of the project. It keeps only a fixed set of tags,
 * drops every attribute except a safe `href` on links, drops scripts and styles with their
 * content, and always emits balanced tags, so that sanitising its own output changes nothing.
 */

const keptTags = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'])
/** Elements whose content is not text for the reader: removed whole. */
const droppedWithContent = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'textarea',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'select',
  'head',
])
/** Tags that end a block: replaced by a space in plain text so that words do not stick together. */
const blockTags = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'br'])
const safeSchemes = /^(https?:\/\/|mailto:)/i

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ugrave: 'ù',
  ucirc: 'û',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  oelig: 'œ',
  euro: '€',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  hellip: '…',
  ndash: '–',
  mdash: '—',
}

const decodeEntities = (text: string): string =>
  text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});?/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(code)
    }
    return namedEntities[body] ?? whole
  })

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;')

/** Control characters and spaces browsers ignore inside a URL scheme (`java\tscript:`). */
// eslint-disable-next-line no-control-regex
const ignoredInScheme = /[\u0000-\u0020\u007f-\u009f]/g

const safeHref = (raw: string): string | undefined => {
  const value = decodeEntities(raw).trim()
  const compact = value.replace(ignoredInScheme, '')
  if (!safeSchemes.test(compact)) return undefined
  // Spaces inside a URL are legal once encoded; anything else we keep as typed.
  return value.replace(ignoredInScheme, (c) => (c === ' ' ? '%20' : ''))
}

interface Tag {
  name: string
  closing: boolean
  href?: string
  end: number
}

const tagNameAt = /^[a-zA-Z][a-zA-Z0-9-]*/

/** Reads a tag starting at `start` (the `<`); undefined when the `<` does not open a tag. */
const readTag = (html: string, start: number): Tag | undefined => {
  let i = start + 1
  const closing = html[i] === '/'
  if (closing) i++
  const match = tagNameAt.exec(html.slice(i, i + 64))
  if (!match) return undefined
  const name = match[0].toLowerCase()
  i += match[0].length
  let href: string | undefined
  // Attributes: name, optionally `=` and a quoted or bare value, until `>`.
  while (i < html.length && html[i] !== '>') {
    const c = html[i]!
    if (/\s|\//.test(c)) {
      i++
      continue
    }
    let attrEnd = i
    while (attrEnd < html.length && !/[\s/>=]/.test(html[attrEnd]!)) attrEnd++
    if (attrEnd === i) attrEnd++ // a lone `=` or quote: skip it
    const attrName = html.slice(i, attrEnd).toLowerCase()
    i = attrEnd
    while (i < html.length && /\s/.test(html[i]!)) i++
    let value: string | undefined
    if (html[i] === '=') {
      i++
      while (i < html.length && /\s/.test(html[i]!)) i++
      const quote = html[i]
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1)
        const valueEnd = close === -1 ? html.length : close
        value = html.slice(i + 1, valueEnd)
        i = valueEnd + 1
      } else {
        let valueEnd = i
        while (valueEnd < html.length && !/[\s>]/.test(html[valueEnd]!)) valueEnd++
        value = html.slice(i, valueEnd)
        i = valueEnd
      }
    }
    if (attrName === 'href' && value !== undefined && href === undefined) href = value
  }
  return { name, closing, href, end: Math.min(i + 1, html.length) }
}

/** Index just after the end tag closing a dropped element, or the end of the text. */
const skipDroppedContent = (html: string, from: number, name: string): number => {
  const lower = html.toLowerCase()
  let at = from
  for (;;) {
    const found = lower.indexOf(`</${name}`, at)
    if (found === -1) return html.length
    const after = lower[found + name.length + 2]
    if (after === undefined || /[\s/>]/.test(after)) {
      const close = html.indexOf('>', found)
      return close === -1 ? html.length : close + 1
    }
    at = found + 1
  }
}

/** Index just after a comment, doctype or processing instruction starting at `start`. */
const skipMarkup = (html: string, start: number): number => {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4)
    return close === -1 ? html.length : close + 3
  }
  const close = html.indexOf('>', start)
  return close === -1 ? html.length : close + 1
}

/**
 * Keeps h2, h3, p, ul, ol, li, a (http, https and mailto links, with rel="noopener"), strong,
 * em and br; other tags are removed but their text kept; scripts, styles and the like are removed
 * with their content. The result is balanced HTML, and sanitising it again changes nothing.
 */
export const sanitizeRichText = (html: string): string => {
  // eslint-disable-next-line no-control-regex
  const source = html.replace(/\u0000/g, '')
  const out: string[] = []
  const open: string[] = []
  let text = ''
  const flushText = () => {
    if (text) out.push(escapeText(decodeEntities(text)))
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const lt = source.indexOf('<', i)
    if (lt === -1) {
      text += source.slice(i)
      break
    }
    text += source.slice(i, lt)
    const next = source[lt + 1]
    if (next === '!' || next === '?') {
      flushText()
      i = skipMarkup(source, lt)
      continue
    }
    const tag = readTag(source, lt)
    if (!tag) {
      text += '<'
      i = lt + 1
      continue
    }
    flushText()
    i = tag.end
    if (!tag.closing && droppedWithContent.has(tag.name)) {
      i = skipDroppedContent(source, i, tag.name)
      continue
    }
    if (!keptTags.has(tag.name)) continue
    if (tag.name === 'br') {
      if (!tag.closing) out.push('<br>')
      continue
    }
    if (tag.closing) {
      const at = open.lastIndexOf(tag.name)
      if (at === -1) continue
      while (open.length > at) out.push(`</${open.pop()}>`)
      continue
    }
    if (tag.name === 'a') {
      // A link inside a link is not HTML; a link without a safe address is plain text.
      const href = tag.href === undefined ? undefined : safeHref(tag.href)
      if (open.includes('a') || href === undefined) continue
      out.push(`<a href="${escapeAttribute(href)}" rel="noopener">`)
    } else {
      out.push(`<${tag.name}>`)
    }
    open.push(tag.name)
  }
  flushText()
  while (open.length) out.push(`</${open.pop()}>`)
  return out.join('')
}

/** The text of rich text, on one line: for descriptions, lists and search. */
export const richTextToPlain = (html: string): string => {
  const clean = sanitizeRichText(html)
  const text = clean.replace(/<\/?([a-z0-9]+)[^>]*>/g, (_whole, name: string) =>
    blockTags.has(name) ? ' ' : '',
  )
  return decodeEntities(text).replace(/\s+/g, ' ').trim()
}
