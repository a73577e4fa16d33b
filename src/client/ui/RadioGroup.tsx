import type { ReactNode } from 'react'
import { FieldError, Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components'
import { useFieldError } from './field-errors'

export interface RadioOption {
  id: string
  label: ReactNode
}

interface RadioGroupProps {
  label: ReactNode
  name: string
  options: readonly RadioOption[]
  value: string | null
  onChange: (value: string) => void
  description?: ReactNode
  isRequired?: boolean
  /** Side by side when there is room (short labels). */
  inline?: boolean
}

/** One choice among a few, all visible: Tab enters the group, the arrow keys choose. */
export function RadioGroup({
  label,
  name,
  options,
  value,
  onChange,
  description,
  isRequired,
  inline,
}: RadioGroupProps) {
  const message = useFieldError(name)
  return (
    <AriaRadioGroup
      className={`field radio-group${inline ? ' radio-group--inline' : ''}`}
      name={name}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isInvalid={Boolean(message)}
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <div className="radio-group__items">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio">
            <span className="radio__dot" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{message}</FieldError>
    </AriaRadioGroup>
  )
}
