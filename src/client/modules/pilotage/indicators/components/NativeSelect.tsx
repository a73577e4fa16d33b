import { useId, type ReactNode } from 'react'
import { useFieldError } from '../../../../ui/field-errors'

interface NativeSelectProps {
  label: ReactNode
  name: string
  value: string
  onChange: (value: string) => void
  options: readonly { id: string; label: string }[]
  description?: ReactNode
}

/** The browser's own list, with its label, help and the server's error beside it. */
export function NativeSelect({ label, name, value, onChange, options, description }: NativeSelectProps) {
  const id = useId()
  const message = useFieldError(name)
  const described = [description ? `${id}-aide` : null, message ? `${id}-erreur` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <p id={`${id}-aide`} className="field__help">
          {description}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={message ? true : undefined}
        aria-describedby={described || undefined}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {message ? (
        <p id={`${id}-erreur`} className="field__error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
