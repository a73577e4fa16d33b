import './retention.css'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { PublicLivingPlaceView } from '../../../../../shared/modules/metiers/retention.contract'
import {
  housingAudiences,
  retentionPages,
  staggeredKinds,
  type LivingCategory,
} from '../../../../../shared/modules/metiers/retention.constants'
import { clockLabel, retentionWeekDays } from '../../../../../shared/modules/metiers/retention-hours'
import { OffersMap } from '../components/OffersMap'
import { SelectField, TextInput } from '../components/fields'
import { portalGet } from '../portal-api'
import { formatRange } from '../portal-format'
import { usePageTitle } from '../usePageTitle'
import { folded } from './point-de-chute-filters'
import { retentionApiRoutes } from './retention-api-routes'

/**
 * `/metiers/se-loger` and `/metiers/faire-garder`: housing near the workplaces, or childcare with
 * staggered hours, with filters, a map and the same list.
 */
export function LivingPage({ category }: { category: LivingCategory }) {
  const { t, i18n } = useTranslation()
  const housing = category === 'logement'
  const title = housing ? t('retention.vivre.logementTitre') : t('retention.vivre.gardeTitre')
  usePageTitle(title)
  const [places, setPlaces] = useState<PublicLivingPlaceView[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [who, setWho] = useState('')
  const [commune, setCommune] = useState('')

  useEffect(() => {
    let live = true
    setPlaces(null)
    portalGet(retentionApiRoutes.livingPlaces, { query: { category } })
      .then((found) => live && setPlaces(found))
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [category])

  const shown = useMemo(() => {
    const wanted = folded(commune)
    return (places ?? []).filter(
      (p) =>
        (!who || (housing ? p.audiences.includes(who as never) : p.staggered.includes(who as never))) &&
        (!wanted || folded(p.commune).includes(wanted)),
    )
  }, [places, who, commune, housing])

  const markers = shown.flatMap((p, i) =>
    p.latitude !== null && p.longitude !== null
      ? [
          {
            key: p.id,
            number: i + 1,
            latitude: p.latitude,
            longitude: p.longitude,
            title: p.name,
            detail: p.commune,
          },
        ]
      : [],
  )
  const whoOptions = [
    { value: '', label: t('retention.vivre.tous') },
    ...(housing
      ? housingAudiences.map((a) => ({ value: a, label: t(`retention.publics.${a}`) }))
      : staggeredKinds.map((s) => ({ value: s, label: t(`retention.decale.${s}`) }))),
  ]

  return (
    <div className="pf-page">
      <h1>{title}</h1>
      <p className="pf-lead">
        {housing ? t('retention.vivre.logementIntro') : t('retention.vivre.gardeIntro')}
      </p>
      <p>
        {t('retention.vivre.autrePage')}{' '}
        <Link href={housing ? retentionPages.childcare : retentionPages.housing}>
          {housing ? t('retention.vivre.gardeTitre') : t('retention.vivre.logementTitre')}
        </Link>
        {' · '}
        <Link href={retentionPages.pointDeChute}>{t('retention.pdc.titre')}</Link>
      </p>
      <div className="pf-form__row">
        <SelectField
          name="pour"
          label={housing ? t('retention.vivre.filtrePublic') : t('retention.vivre.filtreHoraire')}
          value={who}
          onChange={setWho}
          options={whoOptions}
        />
        <TextInput
          name="commune"
          label={t('retention.vivre.commune')}
          value={commune}
          onChange={setCommune}
        />
      </div>
      {failed ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {t('retention.pdc.erreur')}
        </p>
      ) : places === null ? (
        <p className="pf-loading" role="status">
          {t('portail.chargement')}
        </p>
      ) : (
        <>
          <p className="pdc__count" role="status" aria-live="polite">
            {t('retention.vivre.resultats', { count: shown.length })}
          </p>
          <div className="pdc__layout">
            <div className="pdc__map">
              <OffersMap
                markers={markers}
                label={t('retention.vivre.carte')}
                note={t('retention.pdc.carteNote')}
              />
            </div>
            <section aria-label={title}>
              {shown.length === 0 ? <p>{t('retention.vivre.aucun')}</p> : null}
              <ol className="pdc__places">
                {shown.map((p, i) => (
                  <li key={p.id} className="pf-card">
                    <h2 className="pf-card__title pdc__name">
                      <span className="pf-card__number" aria-hidden="true">
                        {i + 1}
                      </span>{' '}
                      {p.name}
                    </h2>
                    <p className="pf-card__meta">
                      {t(`retention.genres.${p.kind}`)} · {p.address ? `${p.address}, ` : ''}
                      {p.postcode} {p.commune}
                    </p>
                    {p.description ? <p>{p.description}</p> : null}
                    <dl className="vivre__facts">
                      {housing && p.audiences.length > 0 ? (
                        <div>
                          <dt>{t('retention.vivre.pour')}</dt>
                          <dd>{p.audiences.map((a) => t(`retention.publics.${a}`)).join(', ')}</dd>
                        </div>
                      ) : null}
                      {housing && (p.rentMin !== null || p.rentMax !== null) ? (
                        <div>
                          <dt>{t('retention.vivre.loyer')}</dt>
                          <dd>
                            {t('retention.vivre.loyerMois', {
                              range: formatRange(p.rentMin, p.rentMax, i18n.language),
                            })}
                          </dd>
                        </div>
                      ) : null}
                      {!housing && p.staggered.length > 0 ? (
                        <div>
                          <dt>{t('retention.vivre.decale')}</dt>
                          <dd>{p.staggered.map((s) => t(`retention.decale.${s}`)).join(', ')}</dd>
                        </div>
                      ) : null}
                      {!housing && p.ageMinMonths !== null && p.ageMaxMonths !== null ? (
                        <div>
                          <dt>{t('retention.vivre.ages')}</dt>
                          <dd>
                            {p.ageMaxMonths > 36 && p.ageMaxMonths % 12 === 0
                              ? t('retention.vivre.agesAns', {
                                  min: p.ageMinMonths,
                                  max: p.ageMaxMonths / 12,
                                })
                              : t('retention.vivre.agesMois', { min: p.ageMinMonths, max: p.ageMaxMonths })}
                          </dd>
                        </div>
                      ) : null}
                      {!housing
                        ? retentionWeekDays
                            .filter((d) => (p.openingHours[d]?.length ?? 0) > 0)
                            .map((d) => (
                              <div key={d}>
                                <dt>{t(`retention.jours.${d}`)}</dt>
                                <dd>
                                  {(p.openingHours[d] ?? [])
                                    .map(([a, b]) => `${clockLabel(a)} – ${clockLabel(b)}`)
                                    .join(', ')}
                                </dd>
                              </div>
                            ))
                        : null}
                      {p.conditions ? (
                        <div>
                          <dt>{t('retention.vivre.conditions')}</dt>
                          <dd>{p.conditions}</dd>
                        </div>
                      ) : null}
                      {p.contactPhone ? (
                        <div>
                          <dt>{t('retention.vivre.telephone')}</dt>
                          <dd>
                            <a href={`tel:${p.contactPhone}`}>{p.contactPhone}</a>
                          </dd>
                        </div>
                      ) : null}
                    </dl>
                    {p.website ? (
                      <p>
                        <a href={p.website}>{t('retention.vivre.site')}</a>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </>
      )}
    </div>
  )
}
