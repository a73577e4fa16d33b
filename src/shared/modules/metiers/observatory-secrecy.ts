/**
 * Statistical secrecy of the recruitment observatory: a count of persons between 1 and the
 * threshold minus one is never shown (primary suppression), and when a column's total is shown,
 * enough other cells of that column are hidden too (secondary suppression) that no hidden count
 * can be recomputed from the total and the cells shown: at least two hidden cells, together
 * at least the threshold, or else the total is hidden as well.
 */

export const defaultSecrecyThreshold = 5

/** A figure about persons as published: its value, or nothing when it is covered by the secret. */
export interface PublishedCount {
  value: number | null
  secret: boolean
}

/** A count that may not be published on its own: some persons, fewer than the threshold. */
export const isSmallCount = (n: number, threshold: number): boolean => n > 0 && n < threshold

/** Which cells of one column, and whether its total, are hidden. `total` is the sum of `values`. */
export function suppressColumn(
  values: readonly number[],
  total: number,
  threshold: number,
): { rows: boolean[]; total: boolean } {
  const rows = values.map((v) => isSmallCount(v, threshold))
  if (isSmallCount(total, threshold)) return { rows, total: true }
  const hidden = () => values.filter((_, i) => rows[i])
  const protectedEnough = () => {
    const h = hidden()
    return h.length === 0 || (h.length >= 2 && h.reduce((a, b) => a + b, 0) >= threshold)
  }
  while (!protectedEnough()) {
    const next = smallestShown(values, rows)
    if (next === undefined) return { rows, total: true }
    rows[next] = true
  }
  return { rows, total: false }
}

/** The shown cell with the smallest count, a non-zero one first (hiding a zero protects little). */
function smallestShown(values: readonly number[], hidden: readonly boolean[]): number | undefined {
  const rank = (v: number) => (v === 0 ? Number.POSITIVE_INFINITY : v)
  let best: number | undefined
  values.forEach((v, i) => {
    if (!hidden[i] && (best === undefined || rank(v) < rank(values[best]!))) best = i
  })
  return best
}

/**
 * A table of counts of persons (rows × columns) and its total row, published: every column
 * suppressed on its own (the columns are different populations, no cell is a sum of others).
 */
export function publishTable<C extends string>(
  rows: readonly Record<C, number>[],
  total: Record<C, number>,
  columns: readonly C[],
  threshold: number,
): { rows: Record<C, PublishedCount>[]; total: Record<C, PublishedCount> } {
  const published = rows.map(() => ({}) as Record<C, PublishedCount>)
  const publishedTotal = {} as Record<C, PublishedCount>
  for (const column of columns) {
    const values = rows.map((r) => r[column])
    const hidden = suppressColumn(values, total[column], threshold)
    values.forEach((v, i) => {
      published[i]![column] = hidden.rows[i] ? { value: null, secret: true } : { value: v, secret: false }
    })
    publishedTotal[column] = hidden.total
      ? { value: null, secret: true }
      : { value: total[column], secret: false }
  }
  return { rows: published, total: publishedTotal }
}

/** A median of durations is shown only when it sums up at least the threshold of persons. */
export const publishMedian = (median: number | null, persons: number, threshold: number): number | null =>
  median === null || persons < threshold ? null : Math.round(median * 10) / 10
