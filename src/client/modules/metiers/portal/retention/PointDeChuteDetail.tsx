import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parisDate } from '../../../../../shared/dates'
import type { PublicPointDeChuteView } from '../../../../../shared/modules/metiers/retention.contract'
import { clockLabel, retentionWeekDays } from '../../../../../shared/modules/metiers/retention-hours'
import { ApiError, portalGet } from '../portal-api'
import { retentionApiRoutes } from './retention-api-routes'

const spansText = (spans: readonly (readonly [string, string])[]) =>
  spans.map(([a, b]) => `${clockLabel(a)} – ${clockLabel(b)}`).join(', ')
const civil = (date: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )

/** A place's access, door code (professionals only), week, coming closures, audience and contact. */
export function PointDeChuteDetail({
  id,
  place,
  now,
}: {
  id: string
  place: PublicPointDeChuteView
  now: Date
}) {
  const { t, i18n } = useTranslation()
  const [code, setCode] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const today = parisDate(now)
  const coming = place.hoursExceptions.filter((e) => e.to >= today)

  const showCode = async () => {
    try {
      const answer = await portalGet(retentionApiRoutes.pointDeChuteAccessCode, { params: { id: place.id } })
      setCode(answer.accessCode)
      setCodeError(null)
    } catch (error) {
      setCodeError(
        error instanceof ApiError && (error.status === 401 || error.status === 403)
          ? t('retention.pdc.codeRefuse')
          : t('retention.pdc.erreur'),
      )
    }
  }

  return (
    <div id={id} className="pdc__detail">
      <h4>{t('retention.pdc.acces')}</h4>
      <p>
        {place.address
          ? `${place.address}, ${place.postcode} ${place.commune}`
          : `${place.postcode} ${place.commune}`}
      </p>
      {place.accessInstructions ? <p>{place.accessInstructions}</p> : null}
      {place.hasAccessCode ? (
        <div className="pdc__code">
          <p className="small">{t('retention.pdc.code')}</p>
          {code ? (
            <p className="pdc__code-value">{t('retention.pdc.codeValeur', { code })}</p>
          ) : (
            <button type="button" className="pf-button" onClick={() => void showCode()}>
              {t('retention.pdc.codeVoir')}
            </button>
          )}
          {codeError ? (
            <p className="pf-field__error" role="alert">
              {codeError}
            </p>
          ) : null}
        </div>
      ) : null}
      <h4>{t('retention.pdc.horaires')}</h4>
      <dl className="pdc__hours">
        {retentionWeekDays.map((day) => {
          const spans = place.openingHours[day] ?? []
          return (
            <div key={day} className="pdc__hours-row">
              <dt>{t(`retention.jours.${day}`)}</dt>
              <dd>{spans.length > 0 ? spansText(spans) : t('retention.pdc.fermeLe')}</dd>
            </div>
          )
        })}
      </dl>
      {coming.length > 0 ? (
        <ul className="pdc__exceptions">
          {coming.map((e) => (
            <li key={`${e.from}-${e.to}`}>
              {t('retention.pdc.exception', {
                from: civil(e.from, i18n.language),
                to: civil(e.to, i18n.language),
                what: e.closed
                  ? (e.message ?? t('retention.pdc.fermeture'))
                  : `${t('retention.pdc.horairesSpeciaux')} ${spansText(e.hours ?? [])}`,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {place.audience ? (
        <>
          <h4>{t('retention.pdc.qui')}</h4>
          <p>{place.audience}</p>
        </>
      ) : null}
      {place.contactPhone || place.contactEmail ? (
        <>
          <h4>{t('retention.pdc.contact')}</h4>
          <p>
            {place.contactPhone ? <a href={`tel:${place.contactPhone}`}>{place.contactPhone}</a> : null}
            {place.contactPhone && place.contactEmail ? ' · ' : null}
            {place.contactEmail ? <a href={`mailto:${place.contactEmail}`}>{place.contactEmail}</a> : null}
          </p>
        </>
      ) : null}
      <p className="small muted">{t('retention.pdc.gerePar', { organisation: place.organisationName })}</p>
    </div>
  )
}
