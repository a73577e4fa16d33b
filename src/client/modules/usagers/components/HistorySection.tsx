import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../app/format'
import type { Person } from '../usagers.queries'
import { SectionCard } from './SectionCard'

/** Historique: when the file was opened, last changed, last in contact, and the files merged into it. */
export function HistorySection({ person }: { person: Person }) {
  const { t, i18n } = useTranslation()
  const at = (iso: string) => formatDateTime(iso, i18n.language)
  return (
    <SectionCard id="section-historique" title={t('usagers.sections.history')}>
      <dl className="facts person-facts">
        <dt>{t('usagers.history.createdAt')}</dt>
        <dd>{at(person.createdAt)}</dd>
        <dt>{t('usagers.history.updatedAt')}</dt>
        <dd>{at(person.updatedAt)}</dd>
        <dt>{t('usagers.fields.lastContactAt')}</dt>
        <dd>{at(person.lastContactAt)}</dd>
      </dl>
      {person.mergedFrom.length > 0 ? (
        <>
          <h3 className="person-section__subtitle">{t('usagers.history.merges')}</h3>
          <ul className="person-list">
            {person.mergedFrom.map((m) => (
              <li key={m.id} className="person-list__item">
                {t('usagers.history.merged', { date: at(m.at), reference: m.id.slice(-8) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </SectionCard>
  )
}
