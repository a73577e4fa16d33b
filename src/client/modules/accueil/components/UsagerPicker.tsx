import { useEffect, useState } from 'react'
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { ApiError, call } from '../../../api'
import { formatDate } from '../../../app/format'
import { useFieldError } from '../../../ui/field-errors'
import { usagerName } from '../accueil.labels'
import { usagersApi, type UsagerFound } from '../accueil.queries'

interface UsagerPickerProps {
  /** Field name for the server's error message. */
  name: string
  selected: UsagerFound | null
  onSelect: (usager: UsagerFound | null) => void
}

const MIN_LENGTH = 2
const PAUSE_MS = 250

/**
 * Finds a person's file as the agent types (accents, word order and typos forgiven by the
 * server), and picks it from the list with the arrow keys and Entrée.
 */
export function UsagerPicker({ name, selected, onSelect }: UsagerPickerProps) {
  const { t, i18n } = useTranslation()
  const message = useFieldError(name)
  const [text, setText] = useState(selected ? usagerName(selected) : '')
  const [found, setFound] = useState<UsagerFound[]>([])
  const [searchError, setSearchError] = useState<string | null>(null)
  const [searching, setSearching] = useState(false)

  useEffect(() => {
    const q = text.trim()
    if (q.length < MIN_LENGTH || (selected && q === usagerName(selected))) {
      setFound([])
      return
    }
    let current = true
    const timer = setTimeout(() => {
      setSearching(true)
      call(usagersApi.search, { query: { q, limit: 10 } })
        .then((list) => {
          if (!current) return
          setFound(list)
          setSearchError(null)
        })
        .catch((e: unknown) => {
          if (current) setSearchError(e instanceof ApiError ? e.message : String(e))
        })
        .finally(() => {
          if (current) setSearching(false)
        })
    }, PAUSE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text, selected])

  const describe = (u: UsagerFound) =>
    [
      u.birthDate ? t('accueil.picker.born', { date: formatDate(u.birthDate, i18n.language) }) : null,
      u.noStableAddress ? t('accueil.picker.noStableAddress') : u.city,
    ]
      .filter(Boolean)
      .join(' · ')

  const choose = (key: Key | null) => {
    const usager = found.find((u) => u.id === key) ?? null
    onSelect(usager)
    if (usager) setText(usagerName(usager))
  }

  const q = text.trim()
  const status =
    q.length < MIN_LENGTH || (selected && q === usagerName(selected))
      ? ''
      : searching
        ? t('accueil.picker.searching')
        : t('accueil.picker.found', { count: found.length })

  return (
    <div className="picker">
      <ComboBox
        className="field"
        name={name}
        inputValue={text}
        onInputChange={(value) => {
          setText(value)
          if (selected && value !== usagerName(selected)) onSelect(null)
        }}
        items={selected && !found.some((u) => u.id === selected.id) ? [selected, ...found] : found}
        selectedKey={selected?.id ?? null}
        onSelectionChange={choose}
        menuTrigger="input"
        allowsEmptyCollection
        allowsCustomValue
        isInvalid={Boolean(message)}
      >
        <Label className="field__label">{t('accueil.picker.label')}</Label>
        <Text slot="description" className="field__help">
          {t('accueil.picker.help')}
        </Text>
        <Input className="field__input" dir="auto" autoComplete="off" />
        <FieldError className="field__error">{message}</FieldError>
        <Popover className="popover">
          <ListBox
            className="listbox"
            renderEmptyState={() => <p className="listbox__empty">{status || t('accueil.picker.type')}</p>}
          >
            {(u: UsagerFound) => (
              <ListBoxItem className="listbox__item" id={u.id} textValue={usagerName(u)}>
                <span className="picker__name" dir="auto">
                  {usagerName(u)}
                </span>
                {describe(u) ? <span className="picker__detail">{describe(u)}</span> : null}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {searchError ? <p className="field__error">{searchError}</p> : null}
      {selected ? (
        <p className="picker__chosen">
          {t('accueil.picker.chosen')} <bdi>{usagerName(selected)}</bdi>
          {describe(selected) ? <span className="muted"> ({describe(selected)})</span> : null}
        </p>
      ) : null}
    </div>
  )
}
