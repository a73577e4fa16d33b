import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
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
import { call } from '../../../../api'
import { formatDay, useDeskLabels } from '../desk.labels'
import { mailApi, messageOf, type DeskFile } from '../desk.queries'

interface DeskFileSearchProps {
  label: string
  help: string
  /** Called with the file chosen (Entrée on a number or a single match, or a pick in the list). */
  onPick: (file: DeskFile) => void
}

const PAUSE_MS = 200

/** "Domiciliation valide jusqu’au 3 mars 2027 · 2 plis en attente". */
export function useDescribeFile() {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  return (f: DeskFile) =>
    [
      t('domiDesk.search.number', { number: f.fileNumber }),
      f.birthDate ? t('domiDesk.search.born', { date: formatDay(f.birthDate, i18n.language) }) : null,
      f.active && f.validUntil
        ? t('domiDesk.search.validUntil', { date: formatDay(f.validUntil, i18n.language) })
        : labels.status(f.status),
      t('domiDesk.search.waiting', { count: f.waitingCount }),
    ]
      .filter(Boolean)
      .join(' · ')
}

/**
 * Finds a domiciled person by name or file number. Entrée takes the file whose number was typed,
 * or the only person found; with several, the arrow keys choose and Entrée takes. After a pick the
 * field is emptied and keeps the focus, ready for the next letter.
 */
export function DeskFileSearch({ label, help, onPick }: DeskFileSearchProps) {
  const { t } = useTranslation()
  const describe = useDescribeFile()
  const [text, setText] = useState('')
  const [found, setFound] = useState<DeskFile[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [searching, setSearching] = useState(false)
  const [generation, setGeneration] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const latest = useRef(0)

  const search = async (q: string): Promise<DeskFile[] | null> => {
    const ticket = ++latest.current
    setSearching(true)
    try {
      const { files } = await call(mailApi.deskSearch, { query: { q, limit: 10 } })
      if (ticket === latest.current) {
        setFound(files)
        setMessage(null)
      }
      return files
    } catch (e) {
      if (ticket === latest.current) setMessage(messageOf(e))
      return null
    } finally {
      if (ticket === latest.current) setSearching(false)
    }
  }

  useEffect(() => {
    const q = text.trim()
    if (q === '') {
      latest.current++
      setFound([])
      setSearching(false)
      return
    }
    const timer = setTimeout(() => void search(q), PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text])

  useEffect(() => {
    if (generation > 0) inputRef.current?.focus()
  }, [generation])

  const pick = (file: DeskFile) => {
    onPick(file)
    latest.current++
    setText('')
    setFound([])
    setMessage(null)
    setSearching(false)
    // A fresh field: the list closes and the next name can be typed at once.
    setGeneration((g) => g + 1)
  }

  /** Entrée with no line of the list highlighted: the number typed, or the only person found. */
  const pickTyped = async () => {
    const q = text.trim()
    if (q === '') {
      setMessage(t('domiDesk.search.empty'))
      return
    }
    const files = await search(q)
    if (!files) return
    const byNumber = /^\d+$/.test(q) ? files.find((f) => f.fileNumber === Number(q)) : undefined
    const only = files.length === 1 ? files[0] : undefined
    const chosen = byNumber ?? only
    if (chosen) pick(chosen)
    else if (files.length === 0) setMessage(t('domiDesk.search.none', { q }))
    else setMessage(t('domiDesk.search.several', { count: files.length }))
  }

  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    const input = event.target as HTMLElement
    if (input.tagName !== 'INPUT' || input.getAttribute('aria-activedescendant')) return
    event.preventDefault()
    event.stopPropagation()
    void pickTyped()
  }

  const choose = (key: Key | null) => {
    const file = found.find((f) => f.id === key)
    if (file) pick(file)
  }

  const q = text.trim()
  const status =
    q === ''
      ? ''
      : searching
        ? t('domiDesk.search.searching')
        : t('domiDesk.search.found', { count: found.length })

  return (
    <div className="desk-search" onKeyDownCapture={onKeyDownCapture}>
      <ComboBox
        key={generation}
        className="field"
        inputValue={text}
        onInputChange={(value) => {
          setText(value)
          setMessage(null)
        }}
        items={found}
        selectedKey={null}
        onSelectionChange={choose}
        menuTrigger="input"
        allowsEmptyCollection
        allowsCustomValue
        isInvalid={Boolean(message)}
      >
        <Label className="field__label">{label}</Label>
        <Text slot="description" className="field__help">
          {help}
        </Text>
        <Input ref={inputRef} className="field__input" dir="auto" autoComplete="off" />
        <FieldError className="field__error">{message}</FieldError>
        <Popover className="popover">
          <ListBox
            className="listbox"
            renderEmptyState={() => <p className="listbox__empty">{status || t('domiDesk.search.type')}</p>}
          >
            {(f: DeskFile) => (
              <ListBoxItem className="listbox__item" id={f.id} textValue={f.personLabel}>
                <span className="desk-search__name" dir="auto">
                  {f.personLabel}
                </span>
                <span className="desk-search__detail">{describe(f)}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  )
}
