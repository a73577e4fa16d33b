import type { ReactNode } from 'react'
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components'
import { useFieldError } from './field-errors'

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: ReactNode
  description?: ReactNode
  /** Server error for this field (when the field is not inside a Form that already gives it). */
  error?: string | undefined
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url' | 'search'
  placeholder?: string
  dir?: 'ltr' | 'rtl' | 'auto'
}

/** Label, optional help, input and its error message, linked by aria-describedby. */
export function TextField({
  label,
  description,
  error,
  inputMode,
  placeholder,
  dir,
  ...props
}: TextFieldProps) {
  const message = useFieldError(props.name, error)
  return (
    <AriaTextField {...props} isInvalid={Boolean(message)} className="field">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <Input className="field__input" inputMode={inputMode} placeholder={placeholder} dir={dir} />
      <FieldError className="field__error">{message}</FieldError>
    </AriaTextField>
  )
}
