import { useId } from 'react'

/** A civil date with the browser's own picker, in the portal's field style, its error linked. */
export function DateInput(props: {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  min?: string
  max?: string
  error?: string | undefined
}) {
  const id = useId()
  return (
    <div className="pf-field">
      <label className="pf-field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="date"
        name={props.name}
        className="pf-field__input"
        value={props.value}
        min={props.min}
        max={props.max}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-erreur` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error ? (
        <p id={`${id}-erreur`} className="pf-field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  )
}
