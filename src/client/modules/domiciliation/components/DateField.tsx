import { useId, type ReactNode } from 'react'
import { useFieldError } from '../../../ui/field-errors'

interface DateFieldProps {
  label: ReactNode
  name: string
  value: string
  onChange: (value: string) => void
  description?: ReactNode
}

/** A day (AAAA-MM-JJ) with the browser's own date picker, its label, help and the server's error. */
export function DateField({ label, name, value, onChange, description }: DateFieldProps) {
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
      <input
        id={id}
        className="field__input domi-date"
        type="date"
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={message ? true : undefined}
        aria-describedby={described || undefined}
      />
      {message ? (
        <p id={`${id}-erreur`} className="field__error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
