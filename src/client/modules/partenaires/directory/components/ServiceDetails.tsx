import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Table } from '../../../../ui/Table'
import { formatDay, formatOpening, formatRange, useDirectoryLabels } from '../directory.labels'
import type { ServiceDetails as Details } from '../directory.queries'
import { DirectoryMap } from './DirectoryMap'
import { French, HoursSentence, OpenBadge } from './ResultCard'

/** Everything about a service: what, for whom, how to be received, the next 14 days' hours, closures, map, contacts. */
export function ServiceDetails({ details, extra }: { details: Details; extra?: ReactNode }) {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const { service, structure, place, hours } = details
  const ages =
    service.ageMin !== null || service.ageMax !== null
      ? service.ageMin !== null && service.ageMax !== null
        ? t('directory.service.ageBetween', { min: service.ageMin, max: service.ageMax })
        : service.ageMin !== null
          ? t('directory.service.ageFrom', { min: service.ageMin })
          : t('directory.service.ageUpTo', { max: service.ageMax })
      : null
  return (
    <div className="stack">
      <p className="lead" dir="auto">
        {structure.name}
      </p>
      {service.description ? (
        <p className="directory-text" dir="auto">
          {service.description}
        </p>
      ) : null}
      <p>
        <OpenBadge hours={hours} /> <HoursSentence hours={hours} />
        {!hours.openNow && hours.nextOpening
          ? ` ${t('directory.results.nextOpening', { when: formatOpening(hours.nextOpening, i18n.language) })}`
          : null}
      </p>
      <div className="directory-columns">
        <section className="card" aria-labelledby="pour-qui">
          <h2 id="pour-qui">{t('directory.service.forWhom')}</h2>
          <dl className="facts">
            <dt>{t('directory.service.themes')}</dt>
            <dd>{labels.list(service.themes, labels.theme)}</dd>
            {service.subThemes.length > 0 ? (
              <>
                <dt>{t('directory.service.subThemes')}</dt>
                <dd>{labels.list(service.subThemes, labels.subTheme)}</dd>
              </>
            ) : null}
            <dt>{t('directory.service.publics')}</dt>
            <dd>
              {service.publics.length > 0
                ? labels.list(service.publics, labels.public)
                : t('directory.service.everyone')}
            </dd>
            {ages ? (
              <>
                <dt>{t('directory.service.ages')}</dt>
                <dd>{ages}</dd>
              </>
            ) : null}
            {service.accessConditions ? (
              <>
                <dt>{t('directory.service.conditions')}</dt>
                <dd dir="auto">{service.accessConditions}</dd>
              </>
            ) : null}
            <dt>{t('directory.results.languages')}</dt>
            <dd>{labels.list(service.languages, labels.language)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="comment-venir">
          <h2 id="comment-venir">{t('directory.service.howTo')}</h2>
          <dl className="facts">
            <dt>{t('directory.results.reception')}</dt>
            <dd>{labels.referralMode(service.referralMode)}</dd>
            {service.whatToBring ? (
              <>
                <dt>{t('directory.service.whatToBring')}</dt>
                <dd dir="auto">{service.whatToBring}</dd>
              </>
            ) : null}
            {place ? (
              <>
                <dt>{t('directory.results.address')}</dt>
                <dd dir="auto">
                  {place.name ? (
                    <>
                      {place.name}
                      <br />
                    </>
                  ) : null}
                  {place.address}
                </dd>
                {place.access ? (
                  <>
                    <dt>{t('directory.service.access')}</dt>
                    <dd dir="auto">{place.access}</dd>
                  </>
                ) : null}
                <dt>{t('directory.results.accessibility')}</dt>
                <dd>
                  {[
                    place.wheelchairAccessible
                      ? t('directory.search.wheelchair')
                      : t('directory.service.noWheelchair'),
                    place.hearingLoop ? t('directory.search.hearingLoop') : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </dd>
              </>
            ) : (
              <>
                <dt>{t('directory.results.address')}</dt>
                <dd>{t('directory.service.noPlace')}</dd>
              </>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="contacts">
          <h2 id="contacts">{t('directory.service.contacts')}</h2>
          <dl className="facts">
            {(service.phone ?? structure.phone) ? (
              <>
                <dt>{t('directory.fields.phone')}</dt>
                <dd>
                  <a
                    className="link"
                    href={`tel:${(service.phone ?? structure.phone)!.replace(/\s/g, '')}`}
                    dir="ltr"
                  >
                    {service.phone ?? structure.phone}
                  </a>
                </dd>
              </>
            ) : null}
            {(service.email ?? structure.email) ? (
              <>
                <dt>{t('directory.fields.email')}</dt>
                <dd>
                  <a className="link" href={`mailto:${service.email ?? structure.email}`} dir="ltr">
                    {service.email ?? structure.email}
                  </a>
                </dd>
              </>
            ) : null}
            {structure.website ? (
              <>
                <dt>{t('directory.fields.website')}</dt>
                <dd>
                  <a className="link" href={structure.website} dir="ltr" rel="noopener noreferrer">
                    {structure.website}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
      <Table
        caption={t('directory.service.nextDays')}
        columns={[t('directory.service.day'), t('directory.results.hours')]}
      >
        {details.days.map((d) => (
          <tr key={d.date}>
            <th scope="row">{formatDay(d.date, i18n.language)}</th>
            <td>
              {d.ranges.length > 0
                ? d.ranges.map((r) => formatRange(r, i18n.language)).join(', ')
                : t('directory.hours.closed')}
              {d.note ? (
                <>
                  {' — '}
                  <French>{d.note}</French>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      {details.upcomingExceptions.length > 0 ? (
        <section aria-labelledby="fermetures">
          <h2 id="fermetures">{t('directory.service.closures')}</h2>
          <ul>
            {details.upcomingExceptions.map((e, i) => (
              <li key={i}>
                {e.from === e.to
                  ? formatDay(e.from, i18n.language)
                  : t('directory.service.fromTo', {
                      from: formatDay(e.from, i18n.language),
                      to: formatDay(e.to, i18n.language),
                    })}
                {' : '}
                {e.closed
                  ? t('directory.hours.closed')
                  : e.ranges.map((r) => formatRange(r, i18n.language)).join(', ')}
                {e.message ? (
                  <>
                    {' — '}
                    <span dir="auto">{e.message}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {place && place.latitude !== null && place.longitude !== null ? (
        <section aria-labelledby="carte">
          <h2 id="carte">{t('directory.service.map')}</h2>
          <DirectoryMap
            className="directory-map directory-map--small"
            label={t('directory.map.labelOne', { name: service.name })}
            points={[
              {
                id: service.id,
                number: 1,
                latitude: place.latitude,
                longitude: place.longitude,
                title: service.name,
                detail: place.address,
              },
            ]}
          />
        </section>
      ) : null}
      {extra}
    </div>
  )
}
