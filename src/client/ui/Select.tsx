import type { Key, ReactNode } from 'react'
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
} from 'react-aria-components'
import { useFieldError } from './field-errors'

export interface SelectOption {
  id: string
  label: string
}

interface SelectProps {
  label: ReactNode
  name?: string
  options: readonly SelectOption[]
  value: string | null
  onChange: (value: string | null) => void
  description?: ReactNode
  placeholder?: string
  isRequired?: boolean
}

/** A list to pick one value from, keyboard and screen-reader friendly. */
export function Select({
  label,
  name,
  options,
  value,
  onChange,
  description,
  placeholder,
  isRequired,
}: SelectProps) {
  const message = useFieldError(name)
  return (
    <AriaSelect
      isInvalid={Boolean(message)}
      className="field"
      name={name}
      value={value}
      isRequired={isRequired}
      placeholder={placeholder}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <Button className="field__input select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field__error">{message}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}
