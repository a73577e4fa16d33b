import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextField } from '../../../../ui/TextField'
import {
  directoryThemes,
  languages,
  MAX_AGE,
  publics,
  referralModes,
  subThemes,
  themeOfSubTheme,
} from '../../../../../shared/modules/partenaires/directory.constants'
import { keepKnown, useDirectoryLabels } from '../directory.labels'
import type { SearchState } from '../search-state'
import { NativeField } from '../../../../ui/NativeField'

/** What the age field holds: a whole number of years, or nothing (a half-typed value is sent as typed). */
const ageOf = (text: string): number | null => {
  if (text.trim() === '') return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

const radii = [500, 1000, 2000, 5000, 10_000, 20_000, 50_000] as const

interface SearchFiltersProps {
  draft: SearchState
  onChange: (draft: SearchState) => void
}

type When = 'toujours' | 'maintenant' | 'jour'

/** The filters of a search, inside its form: themes, publics, language, access, opening, distance. */
export function SearchFilters({ draft, onChange }: SearchFiltersProps) {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const [locating, setLocating] = useState(false)
  const [locationError, setLocationError] = useState<string | null>(null)
  const set = (patch: Partial<SearchState>) => onChange({ ...draft, ...patch })
  const when: When = draft.openNow ? 'maintenant' : draft.openOn ? 'jour' : 'toujours'
  const here = draft.latitude !== null && draft.longitude !== null && !draft.near

  const locate = () => {
    setLocationError(null)
    if (!('geolocation' in navigator)) {
      setLocationError(t('directory.search.locationUnavailable'))
      return
    }
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        set({
          near: '',
          latitude: Math.round(position.coords.latitude * 1e5) / 1e5,
          longitude: Math.round(position.coords.longitude * 1e5) / 1e5,
        })
      },
      () => {
        setLocating(false)
        setLocationError(t('directory.search.locationRefused'))
      },
      { timeout: 10_000, maximumAge: 60_000 },
    )
  }

  const numberFormat = (m: number) =>
    m < 1000
      ? new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'meter' }).format(m)
      : new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilometer' }).format(m / 1000)

  return (
    <div className="directory-filters">
      <CheckboxGroup
        label={t('directory.search.themes')}
        name="themes"
        options={labels.themeOptions}
        value={draft.themes}
        onChange={(values) => {
          const themes = keepKnown(directoryThemes, values)
          set({ themes, subThemes: draft.subThemes.filter((sub) => themes.includes(themeOfSubTheme[sub])) })
        }}
      />
      {draft.themes.length > 0 ? (
        <CheckboxGroup
          label={t('directory.search.subThemes')}
          name="subThemes"
          options={labels.subThemeOptions(draft.themes)}
          value={draft.subThemes}
          onChange={(values) => set({ subThemes: keepKnown(subThemes, values) })}
        />
      ) : null}
      <RadioGroup
        inline
        label={t('directory.search.when')}
        name="when"
        value={when}
        onChange={(v) =>
          set(
            v === 'maintenant'
              ? { openNow: true, openOn: '', openAfter: '' }
              : v === 'jour'
                ? { openNow: false, openOn: draft.openOn || new Date().toISOString().slice(0, 10) }
                : { openNow: false, openOn: '', openAfter: '' },
          )
        }
        options={[
          { id: 'toujours', label: t('directory.search.whenAny') },
          { id: 'maintenant', label: t('directory.search.openNow') },
          { id: 'jour', label: t('directory.search.openOn') },
        ]}
      />
      {when === 'jour' ? (
        <div className="directory-filters__row">
          <NativeField
            type="date"
            name="openOn"
            label={t('directory.search.day')}
            value={draft.openOn}
            onChange={(openOn) => set({ openOn })}
          />
          <NativeField
            type="time"
            name="openAfter"
            label={t('directory.search.after')}
            description={t('directory.search.afterHelp')}
            value={draft.openAfter}
            onChange={(openAfter) => set({ openAfter })}
          />
        </div>
      ) : null}
      <fieldset className="directory-filters__place">
        <legend className="field__label">{t('directory.search.where')}</legend>
        <div className="directory-filters__row">
          <TextField
            label={t('directory.search.near')}
            description={t('directory.search.nearHelp')}
            name="near"
            value={here ? '' : draft.near}
            onChange={(near) => set({ near, latitude: null, longitude: null })}
          />
          <Select
            label={t('directory.search.radius')}
            name="radius"
            options={[
              { id: '', label: t('directory.search.radiusDefault') },
              ...radii.map((r) => ({ id: String(r), label: numberFormat(r) })),
            ]}
            value={draft.radius === null ? '' : String(draft.radius)}
            onChange={(v) => set({ radius: v ? Number(v) : null })}
          />
        </div>
        <div className="form__actions">
          <Button onPress={locate} isPending={locating}>
            {t('directory.search.myPosition')}
          </Button>
          {here ? (
            <>
              <span role="status">{t('directory.search.aroundMe')}</span>
              <Button variant="quiet" onPress={() => set({ latitude: null, longitude: null })}>
                {t('directory.search.forgetPosition')}
              </Button>
            </>
          ) : null}
        </div>
        {locationError ? (
          <p className="field__error" role="alert">
            {locationError}
          </p>
        ) : null}
      </fieldset>
      <details className="directory-filters__more">
        <summary>{t('directory.search.more')}</summary>
        <div className="stack">
          <Select
            label={t('directory.search.language')}
            name="language"
            options={[{ id: '', label: t('directory.search.anyLanguage') }, ...labels.languageOptions]}
            value={draft.language}
            onChange={(v) => set({ language: keepKnown(languages, [v ?? ''])[0] ?? '' })}
          />
          <CheckboxGroup
            label={t('directory.search.accessibility')}
            name="accessibility"
            options={[
              { id: 'wheelchair', label: t('directory.search.wheelchair') },
              { id: 'hearingLoop', label: t('directory.search.hearingLoop') },
            ]}
            value={[
              ...(draft.wheelchair ? ['wheelchair'] : []),
              ...(draft.hearingLoop ? ['hearingLoop'] : []),
            ]}
            onChange={(v) =>
              set({ wheelchair: v.includes('wheelchair'), hearingLoop: v.includes('hearingLoop') })
            }
          />
          <CheckboxGroup
            label={t('directory.search.referralModes')}
            name="referralModes"
            options={labels.referralModeOptions}
            value={draft.referralModes}
            onChange={(v) => set({ referralModes: keepKnown(referralModes, v) })}
          />
          <CheckboxGroup
            label={t('directory.search.publics')}
            name="publics"
            options={labels.publicOptions}
            value={draft.publics}
            onChange={(values) => set({ publics: keepKnown(publics, values) })}
          />
          <NativeField
            type="number"
            name="age"
            min={0}
            max={MAX_AGE}
            label={t('directory.search.age')}
            description={t('directory.search.ageHelp')}
            value={draft.age === null ? '' : String(draft.age)}
            onChange={(v) => set({ age: ageOf(v) })}
          />
        </div>
      </details>
    </div>
  )
}
