import type { CSSProperties, ReactNode } from 'react'

interface TableProps {
  caption: ReactNode
  /** Column headers, in reading order. */
  columns: readonly ReactNode[]
  children: ReactNode
  empty?: ReactNode
  isEmpty?: boolean
}

/**
 * A data table with a caption and column headers. On narrow screens it scrolls inside its own
 * region (reachable with the keyboard), never the whole page.
 */
export function Table({ caption, columns, children, empty, isEmpty }: TableProps) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
      tabIndex={0}
    >
      <table className="table" style={{ '--columns': columns.length } as CSSProperties}>
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {isEmpty ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </div>
  )
}
