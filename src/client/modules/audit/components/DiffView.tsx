import { useTranslation } from 'react-i18next'
import { isRole } from '../../../app/labels'
import { diffRows } from '../diff'

/** The fields an action changed: "field: before → after", readable by screen readers. */
export function DiffView({ diff }: { diff: unknown }) {
  const { t, i18n } = useTranslation()
  const words = (prefix: string) => (code: string) =>
    i18n.exists(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code
  const rows = diffRows(diff, (value) => (isRole(value) ? t(`roles.${value}`) : words('audit.values')(value)))
  const fieldLabel = words('audit.fields')
  if (rows.length === 0) return <span className="muted">—</span>
  return (
    <ul className="diff">
      {rows.map((row) => (
        <li key={row.field}>
          {row.field ? (
            <span className="diff__field">
              {fieldLabel(row.field)}
              {t('audit.colon')}
            </span>
          ) : null}{' '}
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
