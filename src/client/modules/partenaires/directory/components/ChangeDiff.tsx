import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../../app/format'
import { Table } from '../../../../ui/Table'
import { formatRange, useDirectoryLabels } from '../directory.labels'
import type { Change } from '../directory.queries'

type Labels = ReturnType<typeof useDirectoryLabels>

const isRange = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')

/** A value of any field, in words: codes by their label, hours day by day, yes or no. */
function useShow() {
  const { t, i18n } = useTranslation()
  const labels: Labels = useDirectoryLabels()
  const codeLabel: Record<string, (c: string) => string> = {
    themes: labels.theme,
    subThemes: labels.subTheme,
    publics: labels.public,
    languages: labels.language,
    referralMode: labels.referralMode,
    kind: labels.kind,
    status: labels.status,
  }
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('directory.changes.empty')
    if (typeof value === 'boolean') return value ? t('directory.changes.yes') : t('directory.changes.no')
    if (typeof value === 'string') return codeLabel[field]?.(value) ?? value
    if (typeof value === 'number') return String(value)
    if (Array.isArray(value)) {
      if (value.length === 0) return t('directory.changes.empty')
      if (field === 'hoursExceptions')
        return value
          .map((e: { from?: string; to?: string; closed?: boolean; message?: string }) =>
            [`${e.from ?? ''} → ${e.to ?? ''}`, e.closed ? t('directory.hours.closed') : '', e.message ?? '']
              .filter(Boolean)
              .join(' '),
          )
          .join(' ; ')
      return value
        .map((v) => (typeof v === 'string' ? (codeLabel[field]?.(v) ?? v) : JSON.stringify(v)))
        .join(', ')
    }
    if (typeof value === 'object') {
      // Weekly hours: { lundi: [["09:00","12:00"]] }.
      const entries = Object.entries(value as Record<string, unknown>)
      if (entries.every(([, spans]) => Array.isArray(spans) && spans.every(isRange)))
        return entries.length === 0
          ? t('directory.changes.noHours')
          : entries
              .map(
                ([day, spans]) =>
                  `${labels.day(day)} ${(spans as [string, string][]).map((r) => formatRange(r, i18n.language)).join(', ')}`,
              )
              .join(' ; ')
      return JSON.stringify(value)
    }
    return JSON.stringify(value) ?? ''
  }
  return show
}

/** A proposal field by field: before, after. */
export function ChangeDiff({ change }: { change: Change }) {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const show = useShow()
  return (
    <Table
      caption={t('directory.changes.caption', {
        entity: labels.entity(change.entity),
        name: change.entityName,
        date: formatDateTime(change.submittedAt, i18n.language),
      })}
      columns={[t('directory.changes.field'), t('directory.changes.before'), t('directory.changes.after')]}
      isEmpty={change.diff.length === 0}
      empty={t('directory.changes.noDiff')}
    >
      {change.diff.map((d) => (
        <tr key={d.field}>
          <th scope="row" lang="fr">
            {d.label}
          </th>
          <td className="diff-value diff-value--before" dir="auto">
            <span className="visually-hidden">{t('directory.changes.before')} : </span>
            {change.entityId === null ? t('directory.changes.new') : show(d.field, d.before)}
          </td>
          <td className="diff-value diff-value--after" dir="auto">
            <span className="visually-hidden">{t('directory.changes.after')} : </span>
            {show(d.field, d.after)}
          </td>
        </tr>
      ))}
    </Table>
  )
}
