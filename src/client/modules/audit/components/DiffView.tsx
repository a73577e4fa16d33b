import { useTranslation } from 'react-i18next'
import { diffRows } from '../diff'

/** The fields an action changed: "field: before → after", readable by screen readers. */
export function DiffView({ diff }: { diff: unknown }) {
  const { t } = useTranslation()
  const rows = diffRows(diff)
  if (rows.length === 0) return <span className="muted">—</span>
  return (
    <ul className="diff">
      {rows.map((row) => (
        <li key={row.field}>
          {row.field ? <span className="diff__field">{row.field}</span> : null}{' '}
          <span className="diff__before">
            <span className="visually-hidden">{t('audit.before')} </span>
            <del>{row.before}</del>
          </span>{' '}
          <span aria-hidden="true" className="diff__arrow">
            →
          </span>{' '}
          <span className="diff__after">
            <span className="visually-hidden">{t('audit.after')} </span>
            <ins>{row.after}</ins>
          </span>
        </li>
      ))}
    </ul>
  )
}
