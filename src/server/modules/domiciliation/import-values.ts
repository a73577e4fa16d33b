import { civil, type CivilDate } from '../../../shared/dates'
import { codeOf, codesOf, type CodedColumn } from '../../../shared/modules/domiciliation/exchange.values'
import { email, telephone } from '../../../shared/zod/fr'
import type { Cell } from './import-file'

/** A value read from a cell, or the reason it cannot be taken (French, without the column's name). */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const bad = <T>(reason: string): Read<T> => ({ ok: false, reason })

/** The text of a cell, trimmed; null when empty. */
export function textOf(cell: Cell): string | null {
  if (cell === null) return null
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  const text = String(cell).trim()
  return text === '' ? null : text
}

/** How a cell is quoted back in a message: « 31/02/2020 ». */
export const quoted = (cell: Cell) => `« ${(textOf(cell) ?? '').slice(0, 60)} »`

/** Free text: no control characters, bounded. */
export function readText(cell: Cell, max: number): Read<string | null> {
  const text = textOf(cell)
  if (text === null) return ok(null)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text))
    return bad('caractères de contrôle interdits.')
  if (text.length > max) return bad(`${max} caractères au plus.`)
  return ok(text)
}

const validDay = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The first day of the Excel 1900 date system (serial 1 = 1 January 1900, with its 29 February 1900 bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/**
 * A civil date: a date cell, « JJ/MM/AAAA » (also with « - » or « . »), « AAAA-MM-JJ », or
 * an Excel serial number. A day that does not exist (31/02) is refused, never shifted.
 */
export function readDate(cell: Cell): Read<CivilDate | null> {
  if (cell === null) return ok(null)
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('date illisible.')
    return ok(civil(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()))
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465)
      return bad(`${quoted(cell)} n’est pas une date.`)
    const d = new Date(EXCEL_EPOCH + cell * 86_400_000)
    return ok(civil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()))
  }
  const text = textOf(cell)
  if (text === null) return ok(null)
  let y: number, m: number, d: number
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text)
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (french) [d, m, y] = [Number(french[1]), Number(french[2]), Number(french[3])]
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text))
    return bad(`${quoted(text)} : écrivez l’année sur quatre chiffres.`)
  else return bad(`${quoted(text)} n’est pas une date au format JJ/MM/AAAA.`)
  if (!validDay(y, m, d)) return bad(`${quoted(text)} n’est pas une date qui existe.`)
  return ok(civil(y, m, d))
}

/** A coded value: its code, its label or a known spelling (DomiFa's codes). */
export function readCode(column: CodedColumn, cell: Cell): Read<string | null> {
  const text = textOf(cell)
  if (text === null) return ok(null)
  const code = codeOf(column, text)
  if (code !== undefined) return ok(code)
  return bad(`code ${quoted(text)} inconnu (codes acceptés : ${codesOf(column).join(', ')}).`)
}

export function readYesNo(cell: Cell): Read<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell)
  const code = readCode('yesNo', cell)
  if (!code.ok) return bad(`${quoted(cell)} : répondez OUI ou NON.`)
  return ok(code.value === null ? null : code.value === 'OUI')
}

/** A French or international phone number, stored as E.164 (a number cell lost its leading zero). */
export function readPhone(cell: Cell): Read<string | null> {
  let text = textOf(cell)
  if (text === null) return ok(null)
  if (typeof cell === 'number' && /^[1-9]\d{8}$/.test(text)) text = `0${text}`
  const parsed = telephone.safeParse(text)
  return parsed.success
    ? ok(parsed.data)
    : bad(`${quoted(text)} : numéro de téléphone invalide (ex. 03 81 00 00 00).`)
}

export function readEmail(cell: Cell): Read<string | null> {
  const text = textOf(cell)
  if (text === null) return ok(null)
  const parsed = email.safeParse(text)
  return parsed.success ? ok(parsed.data) : bad(`${quoted(text)} : adresse e-mail invalide.`)
}

/** A file number: a whole number from 1 on (« 0042 » is 42). */
export function readFileNumber(cell: Cell): Read<number | null> {
  const text = textOf(cell)
  if (text === null) return ok(null)
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1)
    return bad(`${quoted(text)} n’est pas un numéro (nombre entier attendu).`)
  return ok(Number(text))
}
