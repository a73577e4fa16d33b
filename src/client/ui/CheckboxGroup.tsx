import type { ReactNode } from 'react'
import { Checkbox, CheckboxGroup as AriaCheckboxGroup, FieldError, Label, Text } from 'react-aria-components'
import { useFieldError } from './field-errors'

export interface CheckboxOption {
  id: string
  label: string
}

interface CheckboxGroupProps {
  label: ReactNode
  name: string
  options: readonly CheckboxOption[]
  value: string[]
  onChange: (value: string[]) => void
  description?: ReactNode
}

/** Several choices (roles, services), each a real checkbox with its label. */
export function CheckboxGroup({ label, name, options, value, onChange, description }: CheckboxGroupProps) {
  const message = useFieldError(name)
  return (
    <AriaCheckboxGroup
      className="field checkbox-group"
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(message)}
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <div className="checkbox-group__items">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="checkbox">
            <span className="checkbox__box" aria-hidden="true">
              <svg viewBox="0 0 18 18" width="14" height="14">
                <polyline points="2 9 7 14 16 4" />
              </svg>
            </span>
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field__error">{message}</FieldError>
    </AriaCheckboxGroup>
  )
}
