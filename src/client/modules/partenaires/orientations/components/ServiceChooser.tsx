import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestTheme } from '../../../../../shared/modules/accueil/accueil.constants'
import {
  searchContract,
  type SearchResultView,
} from '../../../../../shared/modules/partenaires/search.contract'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { TextField } from '../../../../ui/TextField'
import { useLoadFor } from '../useLoadFor'

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
  address: r.place ? [r.place.address, r.place.postcode, r.place.city].filter(Boolean).join(' ') : null,
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

/**
 * Searches the directory from the request's themes and offers each service to choose. Every
 * result is a list item with its address, hours and why it matched.
 */
export function ServiceChooser({
  themes,
  onChoose,
}: {
  themes: readonly RequestTheme[]
  onChoose: (service: ChosenServiceView) => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [query, setQuery] = useState({ q: '', themes: [...themes] })
  const results = useLoadFor(query, (k) =>
    call(searchContract.search, {
      query: { q: k.q || undefined, themes: k.themes.length ? k.themes : undefined, pageSize: 20 },
    }),
  )
  // Typed words replace the request's themes: the agent is looking for something else.
  const search = (q: string) => setQuery({ q: q.trim(), themes: q.trim() ? [] : [...themes] })
  return (
    <div className="service-chooser">
      <p className="small muted">{t('orientations.orient.searchHelp')}</p>
      <form
        role="search"
        className="form form--inline"
        onSubmit={(e) => {
          e.preventDefault()
          search(text)
        }}
      >
        <TextField label={t('orientations.orient.searchLabel')} name="q" value={text} onChange={setText} />
        <Button type="submit">{t('orientations.orient.search')}</Button>
      </form>
      {results.error ? <Alert tone="error">{results.error}</Alert> : null}
      {results.data ? (
        <>
          <p role="status" className="small">
            {t('orientations.orient.results', { count: results.data.total })}
          </p>
          <ul className="entries service-results">
            {results.data.items.map((r) => (
              <li key={r.service.id} className="entry">
                <p className="entry__title">
                  <bdi>{r.service.name}</bdi> — <bdi>{r.structure.name}</bdi>
                </p>
                {r.place ? (
                  <p className="small">
                    <bdi>{[r.place.address, r.place.city].filter(Boolean).join(', ')}</bdi>
                  </p>
                ) : null}
                <p className="small">{r.hours.description}</p>
                {r.reasons.length > 0 ? (
                  <p className="small muted">{r.reasons.map((reason) => reason.label).join(' · ')}</p>
                ) : null}
                <Button onPress={() => onChoose(chosenOf(r))}>
                  {t('orientations.orient.choose')}
                  <span className="visually-hidden">
                    {' '}
                    {r.service.name} — {r.structure.name}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </div>
  )
}
