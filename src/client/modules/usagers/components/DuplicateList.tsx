import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../app/format'
import { Link } from '../../../ui/Link'
import { formatCivil } from '../usagers.labels'
import { personHref, personName, type Duplicate } from '../usagers.queries'

interface DuplicateListProps {
  candidates: readonly Duplicate[]
  /** The file being looked at: each candidate then offers the side-by-side comparison. */
  compareWith?: string
}

/** Files that may be the same person, with why they were proposed. */
export function DuplicateList({ candidates, compareWith }: DuplicateListProps) {
  const { t, i18n } = useTranslation()
  return (
    <ul className="duplicates__list">
      {candidates.map(({ usager, reason }) => {
        const name = personName(usager) ?? t('usagers.unnamed')
        return (
          <li key={usager.id} className="duplicates__item">
            <p className="duplicates__name">
              <bdi>{name}</bdi>
            </p>
            <p className="small">
              {[
                usager.birthDate
                  ? t('usagers.born', { date: formatCivil(usager.birthDate, i18n.language) })
                  : t('usagers.birthDateUnknown'),
                usager.noStableAddress ? t('usagers.noStableAddress') : usager.city,
                t('usagers.lastContact', { date: formatDate(usager.lastContactAt, i18n.language) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p className="small">
              {t('usagers.duplicates.reason')} <span lang="fr">{reason}</span>
            </p>
            <div className="actions">
              <Link href={personHref(usager.id)} className="button button--secondary">
                {t('usagers.duplicates.open')}
                <span className="visually-hidden"> {name}</span>
              </Link>
              {compareWith ? (
                <Link
                  href={`/usagers/${compareWith}/fusion/${usager.id}`}
                  className="button button--secondary"
                >
                  {t('usagers.duplicates.compare')}
                  <span className="visually-hidden"> {name}</span>
                </Link>
              ) : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
