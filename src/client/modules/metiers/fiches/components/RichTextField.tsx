import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { useFieldError } from '../../../../ui/field-errors'
import { fichesApi } from '../fiches.queries'

interface RichTextFieldProps {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  description?: string
  rows?: number
}

type Insert = { key: string; before: string; after: string; placeholder: string }

/**
 * A text area for the few tags fiches allow, with buttons that wrap the selection in them, and
 * a preview of the text as it will be stored (cleaned by the server).
 */
export function RichTextField({ label, name, value, onChange, description, rows = 8 }: RichTextFieldProps) {
  const { t } = useTranslation()
  const id = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  const error = useFieldError(name, undefined)
  const [preview, setPreview] = useState<string | null>(null)
  const [showPreview, setShowPreview] = useState(false)

  const inserts: Insert[] = [
    { key: 'h2', before: '<h2>', after: '</h2>\n', placeholder: t('metiers_fiches.rich.heading') },
    { key: 'h3', before: '<h3>', after: '</h3>\n', placeholder: t('metiers_fiches.rich.subheading') },
    { key: 'p', before: '<p>', after: '</p>\n', placeholder: t('metiers_fiches.rich.paragraph') },
    { key: 'ul', before: '<ul>\n<li>', after: '</li>\n</ul>\n', placeholder: t('metiers_fiches.rich.item') },
    { key: 'strong', before: '<strong>', after: '</strong>', placeholder: t('metiers_fiches.rich.bold') },
    { key: 'em', before: '<em>', after: '</em>', placeholder: t('metiers_fiches.rich.italic') },
    {
      key: 'a',
      before: '<a href="https://">',
      after: '</a>',
      placeholder: t('metiers_fiches.rich.linkText'),
    },
  ]

  const insert = (i: Insert) => {
    const el = area.current
    if (!el) return
    const start = el.selectionStart
    const end = el.selectionEnd
    const selected = value.slice(start, end) || i.placeholder
    const next = value.slice(0, start) + i.before + selected + i.after + value.slice(end)
    onChange(next)
    // Select the wrapped text so that typing replaces the placeholder.
    requestAnimationFrame(() => {
      el.focus()
      el.setSelectionRange(start + i.before.length, start + i.before.length + selected.length)
    })
  }

  useEffect(() => {
    if (!showPreview) return
    const timer = setTimeout(() => {
      call(fichesApi.previewRichText, { body: { html: value } }).then(
        (r) => setPreview(r.html),
        () => setPreview(null),
      )
    }, 300)
    return () => clearTimeout(timer)
  }, [value, showPreview])

  const helpId = `${id}-help`
  const errorId = `${id}-error`
  return (
    <div className="field rich-text">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <p className="field__help" id={helpId}>
          {description}
        </p>
      ) : null}
      <div
        className="rich-text__toolbar"
        role="toolbar"
        aria-label={t('metiers_fiches.rich.toolbar', { label })}
      >
        {inserts.map((i) => (
          <button key={i.key} type="button" className="button button--quiet" onClick={() => insert(i)}>
            {t(`metiers_fiches.rich.insert.${i.key}`)}
          </button>
        ))}
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={showPreview}
          onClick={() => setShowPreview((s) => !s)}
        >
          {t('metiers_fiches.rich.preview')}
        </button>
      </div>
      <textarea
        ref={area}
        id={id}
        name={name}
        className="field__input field__textarea"
        rows={rows}
        dir="auto"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [description ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
        }
      />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {showPreview ? (
        <section className="rich-text__preview" aria-label={t('metiers_fiches.rich.previewOf', { label })}>
          {/* The server's sanitiser wrote this HTML: only headings, paragraphs, lists, links, emphasis. */}
          <div dangerouslySetInnerHTML={{ __html: preview ?? '' }} />
        </section>
      ) : null}
    </div>
  )
}
