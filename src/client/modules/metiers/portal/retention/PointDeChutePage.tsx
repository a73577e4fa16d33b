import './retention.css'
import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicPointDeChuteView } from '../../../../../shared/modules/metiers/retention.contract'
import {
  pointDeChuteFacilities,
  type PointDeChuteFacility,
} from '../../../../../shared/modules/metiers/retention.constants'
import { OffersMap } from '../components/OffersMap'
import { Checkbox, TextInput } from '../components/fields'
import { clockLabel, openUntil } from '../../../../../shared/modules/metiers/retention-hours'
import { formatKm } from '../portal-format'
import { usePageTitle } from '../usePageTitle'
import { PointDeChuteDetail } from './PointDeChuteDetail'
import { communeCentre, listPlaces, type Point } from './point-de-chute-filters'
import { keepPageOffline, loadNetwork, type LoadedNetwork } from './point-de-chute-offline'

type Origin = { kind: 'position'; point: Point } | { kind: 'commune'; name: string; point: Point }

const dateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso))

/** The clock, ticking each minute: « open now » stays true while the page is left open. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return now
}

/**
 * `/metiers/point-de-chute`: the network's places on a map with the same list beside it (the list
 * is the accessible equivalent), filters computed on the phone, and the whole page kept offline.
 */
export function PointDeChutePage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('retention.pdc.titre'))
  const now = useMinute()
  const [loaded, setLoaded] = useState<LoadedNetwork | null>(null)
  const [failed, setFailed] = useState(false)
  const [kept, setKept] = useState(false)
  const [openNow, setOpenNow] = useState(false)
  const [facilities, setFacilities] = useState<PointDeChuteFacility[]>([])
  const [commune, setCommune] = useState('')
  const [origin, setOrigin] = useState<Origin | null>(null)
  const [originError, setOriginError] = useState<string | null>(null)
  const [locating, setLocating] = useState(false)
  const [opened, setOpened] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    loadNetwork()
      .then((result) => {
        if (!live) return
        setLoaded(result)
        if (!result.offline) void keepPageOffline().then((ok) => live && setKept(ok))
      })
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [])

  const places = useMemo(() => loaded?.network.places ?? [], [loaded])
  const listed = useMemo(
    () => listPlaces(places, { openNow, facilities, origin: origin?.point ?? null }, now),
    [places, openNow, facilities, origin, now],
  )
  const markers = useMemo(
    () =>
      listed.flatMap(({ place }, i) =>
        place.latitude !== null && place.longitude !== null
          ? [
              {
                key: place.id,
                number: i + 1,
                latitude: place.latitude,
                longitude: place.longitude,
                title: place.name,
                detail: place.commune,
              },
            ]
          : [],
      ),
    [listed],
  )

  const toggleFacility = (facility: PointDeChuteFacility, on: boolean) =>
    setFacilities((current) => (on ? [...current, facility] : current.filter((f) => f !== facility)))

  const searchCommune = (event: FormEvent) => {
    event.preventDefault()
    const point = communeCentre(places, commune)
    if (!point) {
      setOrigin(null)
      setOriginError(commune.trim() ? t('retention.pdc.communeInconnue', { commune: commune.trim() }) : null)
      return
    }
    setOriginError(null)
    setOrigin({ kind: 'commune', name: commune.trim(), point })
  }

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setOriginError(t('retention.pdc.positionRefusee'))
      return
    }
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        setOriginError(null)
        setOrigin({
          kind: 'position',
          point: { latitude: position.coords.latitude, longitude: position.coords.longitude },
        })
      },
      () => {
        setLocating(false)
        setOriginError(t('retention.pdc.positionRefusee'))
      },
      { maximumAge: 300_000, timeout: 15_000 },
    )
  }

  const clear = () => {
    setOpenNow(false)
    setFacilities([])
    setCommune('')
    setOrigin(null)
    setOriginError(null)
  }

  return (
    <div className="pf-page pdc">
      <h1>{t('retention.pdc.titre')}</h1>
      <p className="pf-lead">{t('retention.pdc.intro')}</p>
      {loaded?.offline ? (
        <p className="pf-notice pdc__offline" role="status">
          {t('retention.pdc.horsLigne', { date: dateTime(loaded.network.generatedAt, i18n.language) })}
        </p>
      ) : kept ? (
        <p className="small muted" role="status">
          {t('retention.pdc.pretHorsLigne')}
        </p>
      ) : null}
      {failed ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {t('retention.pdc.erreur')}
        </p>
      ) : null}

      <section className="pdc__filters" aria-labelledby="pdc-filtres">
        <h2 id="pdc-filtres" className="visually-hidden">
          {t('retention.pdc.filtres')}
        </h2>
        <Checkbox
          name="ouvert"
          label={t('retention.pdc.ouvertMaintenant')}
          checked={openNow}
          onChange={setOpenNow}
        />
        <details className="pdc__facilities">
          <summary>
            {t('retention.pdc.equipements')}
            {facilities.length > 0 ? ` (${facilities.length})` : ''}
          </summary>
          <fieldset className="pdc__facility-list">
            <legend className="visually-hidden">{t('retention.pdc.equipements')}</legend>
            {pointDeChuteFacilities.map((f) => (
              <Checkbox
                key={f}
                name="equipement"
                value={f}
                label={t(`retention.equipement.${f}`)}
                checked={facilities.includes(f)}
                onChange={(on) => toggleFacility(f, on)}
              />
            ))}
          </fieldset>
        </details>
        <form className="pdc__near" onSubmit={searchCommune} role="search">
          <TextInput
            name="commune"
            label={t('retention.pdc.commune')}
            help={t('retention.pdc.communeAide')}
            value={commune}
            onChange={setCommune}
            autoComplete="address-level2"
            error={originError}
          />
          <div className="pdc__near-actions">
            <button type="submit" className="pf-button pf-button--primary">
              {t('recherche.chercher')}
            </button>
            <button type="button" className="pf-button" onClick={locate} disabled={locating}>
              {locating ? t('retention.pdc.positionEnCours') : t('retention.pdc.maPosition')}
            </button>
            <button type="button" className="pf-button pf-button--quiet" onClick={clear}>
              {t('retention.pdc.effacer')}
            </button>
          </div>
        </form>
      </section>

      {loaded ? (
        <>
          <p className="pdc__count" role="status" aria-live="polite">
            {t('retention.pdc.resultats', { count: listed.length })}
            {origin
              ? ` — ${origin.kind === 'position' ? t('retention.pdc.depuisPosition') : t('retention.pdc.depuisCommune', { commune: origin.name })}`
              : ''}
          </p>
          <div className="pdc__layout">
            <div className="pdc__map">
              <OffersMap
                markers={markers}
                origin={
                  origin
                    ? {
                        ...origin.point,
                        label: origin.kind === 'commune' ? origin.name : t('retention.pdc.maPosition'),
                      }
                    : null
                }
                label={t('retention.pdc.carte')}
                note={t('retention.pdc.carteNote')}
              />
            </div>
            <section className="pdc__list" aria-labelledby="pdc-liste">
              <h2 id="pdc-liste">{t('retention.pdc.liste')}</h2>
              {listed.length === 0 ? <p>{t('retention.pdc.aucun')}</p> : null}
              <ol className="pdc__places">
                {listed.map(({ place, open, distanceKm }, i) => (
                  <PlaceItem
                    key={place.id}
                    number={i + 1}
                    place={place}
                    open={open}
                    distance={distanceKm === null ? null : `${formatKm(distanceKm, i18n.language)} km`}
                    expanded={opened === place.id}
                    onToggle={() => setOpened((current) => (current === place.id ? null : place.id))}
                    now={now}
                  />
                ))}
              </ol>
            </section>
          </div>
        </>
      ) : failed ? null : (
        <p className="pf-loading" role="status">
          {t('retention.pdc.chargement')}
        </p>
      )}
    </div>
  )
}

function PlaceItem(props: {
  number: number
  place: PublicPointDeChuteView
  open: boolean
  distance: string | null
  expanded: boolean
  onToggle: () => void
  now: Date
}) {
  const { t } = useTranslation()
  const { number, place, open, distance, expanded, onToggle, now } = props
  const detailId = `pdc-detail-${place.id}`
  return (
    <li className="pf-card pdc__place">
      <h3 className="pf-card__title pdc__name">
        <span className="pf-card__number" aria-hidden="true">
          {number}
        </span>{' '}
        {place.name}
      </h3>
      <p className="pf-card__meta">
        {t(`retention.types.${place.kind}`)} · {place.commune}
        {distance ? ` · ${t('retention.pdc.distance', { distance })}` : ''}
      </p>
      <p className={open ? 'pdc__open' : 'pdc__closed'}>
        {open ? t('retention.pdc.ouvert', { heure: openUntilLabel(place, now) }) : t('retention.pdc.ferme')}
      </p>
      <ul className="pf-badges pf-badges--inline" aria-label={t('retention.pdc.equipements')}>
        {place.facilities.map((f) => (
          <li key={f} className="pf-badge">
            {t(`retention.equipement.${f}`)}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="pf-button pf-button--quiet pdc__toggle"
        aria-expanded={expanded}
        aria-controls={detailId}
        onClick={onToggle}
      >
        {expanded ? t('retention.pdc.masquer') : t('retention.pdc.voir')}
      </button>
      {expanded ? <PointDeChuteDetail id={detailId} place={place} now={now} /> : null}
    </li>
  )
}

/** « 17 h 30 »: the end of the current opening span, exceptions applied. */
function openUntilLabel(place: PublicPointDeChuteView, now: Date): string {
  const end = openUntil(place.openingHours, place.hoursExceptions, now)
  return end ? clockLabel(end) : ''
}
