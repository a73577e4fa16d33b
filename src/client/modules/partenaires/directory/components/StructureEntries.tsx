import { useTranslation } from 'react-i18next'
import { weekDays } from '../../../../../shared/modules/partenaires/directory.constants'
import { formatDate } from '../../../../app/format'
import { Link } from '../../../../ui/Link'
import { formatRange, useDirectoryLabels } from '../directory.labels'
import {
  editPlaceHref,
  editServiceHref,
  newPlaceHref,
  newServiceHref,
  type StructureDetail,
} from '../directory.queries'

/** The week of a place in one line per open day. */
export function WeekSummary({ hours }: { hours: StructureDetail['places'][number]['openingHours'] }) {
  const { t, i18n } = useTranslation()
  const open = weekDays.filter((d) => (hours[d] ?? []).length > 0)
  if (open.length === 0) return <p className="muted">{t('directory.places.noHours')}</p>
  return (
    <ul className="plain-list small">
      {open.map((d) => (
        <li key={d}>
          <strong>{t(`directory.days.${d}`)}</strong> :{' '}
          {(hours[d] ?? []).map((r) => formatRange(r, i18n.language)).join(', ')}
        </li>
      ))}
    </ul>
  )
}

/** The places and services of a structure, each with its edit link (or its proposal link for a partner). */
export function StructureEntries({ structure }: { structure: StructureDetail }) {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const canWrite = structure.abilities.edit || structure.abilities.proposeChanges
  return (
    <div className="directory-columns">
      <section className="card" aria-labelledby={`lieux-${structure.id}`}>
        <h2 id={`lieux-${structure.id}`}>
          {t('directory.places.title', { count: structure.places.length })}
        </h2>
        {structure.places.length === 0 ? <p className="muted">{t('directory.places.none')}</p> : null}
        <ul className="entry-list">
          {structure.places.map((p) => (
            <li key={p.id}>
              <p>
                <strong dir="auto">{p.name || p.addressInput}</strong>
              </p>
              <p dir="auto">{p.label ?? p.addressInput}</p>
              {p.geocodeStatus !== 'adresse' ? (
                <p>
                  <span className="badge badge--warning">{labels.geocode(p.geocodeStatus)}</span>
                </p>
              ) : null}
              <WeekSummary hours={p.openingHours} />
              {p.hoursExceptions.length > 0 ? (
                <p className="small">
                  {t('directory.places.exceptions', { count: p.hoursExceptions.length })}
                </p>
              ) : null}
              {canWrite ? (
                <Link href={editPlaceHref(structure.id, p.id)}>
                  {structure.abilities.edit
                    ? t('directory.places.editLink', { name: p.name || p.addressInput })
                    : t('directory.places.proposeLink', { name: p.name || p.addressInput })}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite ? (
          <Link href={newPlaceHref(structure.id)} className="button button--secondary">
            {t('directory.places.add')}
          </Link>
        ) : null}
      </section>
      <section className="card" aria-labelledby={`services-${structure.id}`}>
        <h2 id={`services-${structure.id}`}>
          {t('directory.services.title', { count: structure.services.length })}
        </h2>
        {structure.services.length === 0 ? <p className="muted">{t('directory.services.none')}</p> : null}
        <ul className="entry-list">
          {structure.services.map((s) => (
            <li key={s.id}>
              <p>
                <strong dir="auto">{s.name}</strong>{' '}
                {s.status !== 'publiee' ? (
                  <span className="badge badge--muted">{labels.status(s.status)}</span>
                ) : null}
              </p>
              <p className="small">{labels.list(s.themes, labels.theme)}</p>
              <p className="small">
                {labels.referralMode(s.referralMode)} · {labels.list(s.languages, labels.language)}
              </p>
              <p className="small muted">
                {s.openingHours ? t('directory.services.ownHours') : t('directory.services.placeHours')} ·{' '}
                {t('directory.entries.updatedOn', { date: formatDate(s.updatedAt, i18n.language) })}
              </p>
              {canWrite ? (
                <Link href={editServiceHref(structure.id, s.id)}>
                  {structure.abilities.edit
                    ? t('directory.services.editLink', { name: s.name })
                    : t('directory.services.proposeLink', { name: s.name })}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite ? (
          <Link href={newServiceHref(structure.id)} className="button button--secondary">
            {t('directory.services.add')}
          </Link>
        ) : null}
      </section>
    </div>
  )
}
