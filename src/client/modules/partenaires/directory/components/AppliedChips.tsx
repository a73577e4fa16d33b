import { useTranslation } from 'react-i18next'
import { isolate } from '../../../../app/bidi'
import { Button } from '../../../../ui/Button'
import { formatDay, useDirectoryLabels } from '../directory.labels'
import type { SearchAnswer } from '../directory.queries'
import { stateOfApplied, type SearchState } from '../search-state'

interface Chip {
  key: string
  label: string
  /** The words of the text it was read from, when it was not chosen in the filters. */
  understood: string | null
  remove: (s: SearchState) => SearchState
}

/** Every filter the server applied, explicit or read in the text, each one removable. */
export function AppliedChips({
  answer,
  onChange,
}: {
  answer: SearchAnswer
  onChange: (next: SearchState) => void
}) {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const a = answer.applied
  // The server says which filters it read in the text, and from which words.
  const fromText = (field: string, value: string | null) =>
    answer.understood.find((u) => u.field === field && (u.value === null || u.value === value))?.source
  const chips: Chip[] = []
  for (const th of a.themes)
    chips.push({
      key: `theme-${th}`,
      label: labels.theme(th),
      understood: fromText('themes', th) ?? null,
      remove: (s) => ({ ...s, themes: s.themes.filter((x) => x !== th) }),
    })
  for (const sub of a.subThemes)
    chips.push({
      key: `sub-${sub}`,
      label: labels.subTheme(sub),
      understood: fromText('subThemes', sub) ?? null,
      remove: (s) => ({ ...s, subThemes: s.subThemes.filter((x) => x !== sub) }),
    })
  for (const p of a.publics)
    chips.push({
      key: `public-${p}`,
      label: labels.public(p),
      understood: fromText('publics', p) ?? null,
      remove: (s) => ({ ...s, publics: s.publics.filter((x) => x !== p) }),
    })
  if (a.age !== null)
    chips.push({
      key: 'age',
      label: t('directory.chips.age', { age: a.age }),
      understood: null,
      remove: (s) => ({ ...s, age: null }),
    })
  if (a.language)
    chips.push({
      key: 'language',
      label: t('directory.chips.language', { language: labels.language(a.language) }),
      understood: fromText('language', a.language) ?? null,
      remove: (s) => ({ ...s, language: '' }),
    })
  if (a.wheelchair)
    chips.push({
      key: 'wheelchair',
      label: t('directory.search.wheelchair'),
      understood: fromText('wheelchair', null) ?? null,
      remove: (s) => ({ ...s, wheelchair: false }),
    })
  if (a.hearingLoop)
    chips.push({
      key: 'hearingLoop',
      label: t('directory.search.hearingLoop'),
      understood: fromText('hearingLoop', null) ?? null,
      remove: (s) => ({ ...s, hearingLoop: false }),
    })
  for (const m of a.referralModes)
    chips.push({
      key: `mode-${m}`,
      label: labels.referralMode(m),
      understood: fromText('referralModes', m) ?? null,
      remove: (s) => ({ ...s, referralModes: s.referralModes.filter((x) => x !== m) }),
    })
  if (a.openNow)
    chips.push({
      key: 'openNow',
      label: t('directory.search.openNow'),
      understood: fromText('openNow', null) ?? null,
      remove: (s) => ({ ...s, openNow: false }),
    })
  if (a.openOn)
    chips.push({
      key: 'openOn',
      label: a.openAfter
        ? t('directory.chips.openOnAfter', { day: formatDay(a.openOn, i18n.language), time: a.openAfter })
        : t('directory.chips.openOn', { day: formatDay(a.openOn, i18n.language) }),
      understood: fromText('openOn', a.openOn) ?? null,
      remove: (s) => ({ ...s, openOn: '', openAfter: '' }),
    })
  if (answer.origin || a.near)
    chips.push({
      key: 'near',
      label: a.near ? t('directory.chips.near', { place: a.near }) : t('directory.search.aroundMe'),
      understood: fromText('near', a.near) ?? null,
      remove: (s) => ({ ...s, near: '', latitude: null, longitude: null, radius: null }),
    })

  if (chips.length === 0) return null
  return (
    <div className="directory-chips">
      <h3 className="directory-chips__title">{t('directory.chips.title')}</h3>
      <ul className="directory-chips__list">
        {chips.map((chip) => (
          <li key={chip.key} className={`chip${chip.understood ? ' chip--understood' : ''}`}>
            <span dir="auto">{chip.label}</span>
            {chip.understood ? (
              <span className="chip__note">
                {t('directory.chips.understood', { words: isolate(chip.understood) })}
              </span>
            ) : null}
            <Button
              variant="quiet"
              aria-label={t('directory.chips.remove', { label: chip.label })}
              onPress={() => onChange({ ...chip.remove(stateOfApplied(a)), page: 1 })}
            >
              <span aria-hidden="true">×</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
