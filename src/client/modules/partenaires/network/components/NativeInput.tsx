import { useId } from 'react'

/** A browser input (date, date and time) with its label and error, for the kinds the kit has no field for. */
export function NativeInput({
  label,
  name,
  type,
  value,
  onChange,
  error,
  required,
}: {
  label: string
  name: string
  type: 'date' | 'datetime-local' | 'number'
  value: string
  onChange: (v: string) => void
  error?: string | undefined
  required?: boolean
}) {
  const id = useId()
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type={type}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
