import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestTheme } from '../../../../../shared/modules/accueil/accueil.constants'
import type { SearchResultView } from '../../../../../shared/modules/partenaires/search.contract'
import { Button } from '../../../../ui/Button'
import { DirectorySearch } from '../../directory/DirectorySearch'
import { emptySearch, type SearchState } from '../../directory/search-state'

/** The place's address as the geocoder wrote it; the postcode and city only when it lacks them. */
function addressOf(place: NonNullable<SearchResultView['place']>): string {
  const city = [place.postcode, place.city].filter(Boolean).join(' ')
  return city && !place.address.includes(city) ? `${place.address}, ${city}` : place.address
}

/** The service picked for the orientation, with what the form and the confirmation need to show. */
export interface ChosenServiceView {
  id: string
  name: string
  structureName: string
  address: string | null
  hours: string
}

export const chosenOf = (r: SearchResultView): ChosenServiceView => ({
  id: r.service.id,
  name: r.service.name,
  structureName: r.structure.name,
  address: r.place ? addressOf(r.place) : null,
  hours: r.hours.description,
})

/** The chosen service, with a way back to the search. */
export function ChosenService({ service, onChange }: { service: ChosenServiceView; onChange: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="chosen-service">
      <p className="small muted">{t('orientations.orient.chosen')}</p>
      <p className="entry__title">
        <bdi>{service.name}</bdi> — <bdi>{service.structureName}</bdi>
      </p>
      {service.address ? (
        <p>
          <bdi>{service.address}</bdi>
        </p>
      ) : null}
      <p className="small">{service.hours}</p>
      <Button onPress={onChange}>{t('orientations.orient.change')}</Button>
    </div>
  )
}

/** The directory search, started from the request's themes, with "Choisir ce service" on each result. */
export function ServiceChooser({
  themes,
  onChoose,
}: {
  themes: readonly RequestTheme[]
  onChoose: (service: ChosenServiceView) => void
}) {
  const { t } = useTranslation()
  const [search, setSearch] = useState<SearchState>(() => ({ ...emptySearch(), themes: [...themes] }))
  return (
    <div className="service-chooser">
      <p className="small muted">{t('orientations.orient.searchHelp')}</p>
      <DirectorySearch
        state={search}
        onStateChange={setSearch}
        choose={{ label: t('orientations.orient.choose'), onChoose: (r) => onChoose(chosenOf(r)) }}
      />
    </div>
  )
}
