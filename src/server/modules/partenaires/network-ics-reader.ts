/** For the tests, a reader of the calendar files the network sends, written from RFC 5545: unfold, split name and value, unescape TEXT. */
export function parseIcs(text: string) {
  if (!text.endsWith('\r\n')) throw new Error('The file does not end with CRLF.')
  // Every line break is CRLF; a lone LF or CR would be a broken file.
  if (/[\r\n]/.test(text.replace(/\r\n/g, ''))) throw new Error('A line break is not CRLF.')
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  const lines = unfolded.split('\r\n').filter((l) => l !== '')
  const unescape = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
  const properties = lines.map((line) => {
    const colon = line.indexOf(':')
    const [name, ...params] = line.slice(0, colon).split(';')
    return { name: name!, params, value: unescape(line.slice(colon + 1)) }
  })
  const begin = properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT')
  const end = properties.findIndex((p) => p.name === 'END' && p.value === 'VEVENT')
  return {
    lines: text.split('\r\n'),
    /** The calendar's own properties, outside the event. */
    calendar: Object.fromEntries(properties.slice(0, begin).map((p) => [p.name, p.value])),
    event: Object.fromEntries(properties.slice(begin + 1, end).map((p) => [p.name, p.value])),
  }
}
