import { useId, type ReactNode } from 'react'
import { useFieldError } from './field-errors'

interface NativeFieldProps {
  label: ReactNode
  name: string
  value: string
  onChange: (value: string) => void
  type: 'date' | 'time' | 'number'
  description?: ReactNode
  min?: number
  max?: number
  className?: string
  /** Extra classes of the input itself (a narrower date input). */
  inputClassName?: string
}

/** A date, a time or a number with the browser's own picker, its label, help and the server's error. */
export function NativeField({
  label,
  name,
  value,
  onChange,
  type,
  description,
  min,
  max,
  className,
  inputClassName,
}: NativeFieldProps) {
  const id = useId()
  const message = useFieldError(name)
  const described = [description ? `${id}-aide` : null, message ? `${id}-erreur` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={className ?? 'field'}>
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
        className={inputClassName ? `field__input ${inputClassName}` : 'field__input'}
        type={type}
        name={name}
        value={value}
        min={min}
        max={max}
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
