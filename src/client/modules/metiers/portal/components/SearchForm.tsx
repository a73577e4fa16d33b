import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  contracts,
  employerTypes,
  workPatterns,
} from '../../../../../shared/modules/metiers/metiers.constants'
import {
  OFFER_SEARCH_DEFAULT_RADIUS_KM,
  type OfferSearchParams,
} from '../../../../../shared/modules/metiers/search-query'
import { radiusChoices, searchOfForm, searchPagePath, sinceChoices } from '../search-form'
import { Checkbox, SelectField, TextInput } from './fields'

/** Filters set inside « Affiner » (the hours are outside it, always shown). */
const filterCount = (s: OfferSearchParams) =>
  (s.contrat?.length ?? 0) +
  (s.employeur?.length ?? 0) +
  (s.secteur ? 1 : 0) +
  (s.temps ? 1 : 0) +
  (s.depuis ? 1 : 0) +
  [s.vehicule, s.logement, s.garde, s.sansPermis].filter(Boolean).length

/**
 * The search form. A plain GET form to `/metiers/offres` with the address bar's own keys, so it
 * works before (or without) JavaScript; with it, the page changes the address and keeps the form.
 * Uncontrolled: the page remounts it (`key`) when the address changes.
 */
export function SearchForm({
  search,
  onSearch,
  errors = {},
}: {
  search: OfferSearchParams
  onSearch: (next: OfferSearchParams) => void
  /** The server's refusal of a value of the address bar, by key (`lieu`, `q`). */
  errors?: Record<string, string>
}) {
  const { t } = useTranslation()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSearch(searchOfForm(new FormData(event.currentTarget)))
  }
  const radius = search.rayon ?? OFFER_SEARCH_DEFAULT_RADIUS_KM
  const radii = [...new Set([...radiusChoices, radius])].sort((a, b) => a - b)
  const active = filterCount(search)
  return (
    <form
      className="pf-search"
      method="get"
      action={searchPagePath}
      role="search"
      aria-labelledby="formulaire-recherche"
      onSubmit={submit}
      noValidate
    >
      <h2 id="formulaire-recherche" className="visually-hidden">
        {t('recherche.formulaire')}
      </h2>
      {search.fiche ? <input type="hidden" name="fiche" value={search.fiche} /> : null}
      {search.rome?.map((code) => (
        <input key={code} type="hidden" name="rome" value={code} />
      ))}
      {search.elargir === false ? <input type="hidden" name="elargir" value="false" /> : null}
      {search.inclure?.map((p) => (
        <input key={p} type="hidden" name="inclure" value={p} />
      ))}
      <div className="pf-search__main">
        <TextInput
          label={t('recherche.quoi')}
          name="q"
          type="search"
          defaultValue={search.q ?? ''}
          help={t('recherche.quoiAide')}
          error={errors.q}
          maxLength={200}
        />
        <TextInput
          label={t('recherche.ou')}
          name="lieu"
          defaultValue={search.lieu ?? ''}
          autoComplete="address-level2"
          error={errors.lieu}
          maxLength={100}
        />
        <SelectField
          label={t('recherche.rayon')}
          name="rayon"
          defaultValue={String(radius)}
          options={radii.map((km) => ({
            value: String(km),
            label: t('recherche.rayonChoix', { count: km }),
          }))}
        />
      </div>
      <fieldset className="pf-search__patterns">
        <legend>{t('recherche.horaires')}</legend>
        {workPatterns.map((pattern) => (
          <Checkbox
            key={pattern}
            name="exclure"
            value={pattern}
            label={t(`recherche.exclure.${pattern}`)}
            defaultChecked={search.exclure?.includes(pattern) ?? false}
          />
        ))}
      </fieldset>
      <details className="pf-search__more" open={active > 0 ? true : undefined}>
        <summary>
          {t('recherche.filtres')}
          {active > 0 ? ` (${active})` : ''}
        </summary>
        <div className="pf-search__filters">
          <fieldset>
            <legend>{t('recherche.contrat')}</legend>
            {contracts.map((c) => (
              <Checkbox
                key={c}
                name="contrat"
                value={c}
                label={t(`libelles.contrat.${c}`)}
                defaultChecked={search.contrat?.includes(c) ?? false}
              />
            ))}
          </fieldset>
          <div className="pf-search__selects">
            <SelectField
              label={t('recherche.secteur')}
              name="secteur"
              defaultValue={search.secteur ?? ''}
              options={[
                { value: '', label: t('recherche.secteurTous') },
                { value: 'public', label: t('libelles.secteur.public') },
                { value: 'prive', label: t('libelles.secteur.prive') },
              ]}
            />
            <SelectField
              label={t('recherche.temps')}
              name="temps"
              defaultValue={search.temps ?? ''}
              options={[
                { value: '', label: t('recherche.tempsTous') },
                { value: 'temps_plein', label: t('libelles.temps.temps_plein') },
                { value: 'temps_partiel', label: t('libelles.temps.temps_partiel') },
              ]}
            />
            <SelectField
              label={t('recherche.depuis')}
              name="depuis"
              defaultValue={search.depuis ? String(search.depuis) : ''}
              options={[
                { value: '', label: t('recherche.depuisTous') },
                ...sinceChoices.map((days) => ({
                  value: String(days),
                  label: t('recherche.depuisChoix', { count: days }),
                })),
              ]}
            />
          </div>
          <fieldset>
            <legend>{t('recherche.avantages')}</legend>
            {(['vehicule', 'logement', 'garde', 'sansPermis'] as const).map((flag) => (
              <Checkbox
                key={flag}
                name={flag}
                value="true"
                label={t(`recherche.${flag}`)}
                defaultChecked={search[flag] === true}
              />
            ))}
          </fieldset>
          <fieldset className="pf-search__employers">
            <legend>{t('recherche.employeur')}</legend>
            {employerTypes.map((type) => (
              <Checkbox
                key={type}
                name="employeur"
                value={type}
                label={t(`libelles.employeur.${type}`)}
                defaultChecked={search.employeur?.includes(type) ?? false}
              />
            ))}
          </fieldset>
        </div>
      </details>
      {search.tri ? <input type="hidden" name="tri" value={search.tri} /> : null}
      <div className="pf-search__actions">
        <button type="submit" className="pf-button pf-button--primary">
          {t('recherche.chercher')}
        </button>
      </div>
    </form>
  )
}
