import { useId, type ReactNode } from 'react'
import { Checkbox } from 'react-aria-components'

interface CheckboxFieldProps {
  label: ReactNode
  name: string
  value: boolean
  onChange: (value: boolean) => void
  description?: ReactNode
}

/** One yes-or-no question, as a single checkbox with its label and an optional help. */
export function CheckboxField({ label, name, value, onChange, description }: CheckboxFieldProps) {
  const helpId = useId()
  return (
    <div className="field">
      <Checkbox
        className="checkbox"
        name={name}
        isSelected={value}
        onChange={onChange}
        aria-describedby={description ? helpId : undefined}
      >
        <span className="checkbox__box" aria-hidden="true">
          <svg viewBox="0 0 18 18" width="14" height="14">
            <polyline points="2 9 7 14 16 4" />
          </svg>
        </span>
        <span className="checkbox-field__label">{label}</span>
      </Checkbox>
      {description ? (
        <p id={helpId} className="field__help">
          {description}
        </p>
      ) : null}
    </div>
  )
}
