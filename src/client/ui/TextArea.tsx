import type { ReactNode } from 'react'
import {
  FieldError,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components'
import { useFieldError } from './field-errors'

export interface TextAreaProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: ReactNode
  description?: ReactNode
  /** Server error for this field (when the field is not inside a Form that already gives it). */
  error?: string | undefined
  rows?: number
}

/** A text over several lines: label, optional help, the text area and its error message. */
export function TextArea({ label, description, error, rows = 5, ...props }: TextAreaProps) {
  const message = useFieldError(props.name, error)
  return (
    <AriaTextField {...props} isInvalid={Boolean(message)} className="field">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__help">
          {description}
        </Text>
      ) : null}
      <AriaTextArea className="field__input field__textarea" rows={rows} dir="auto" />
      <FieldError className="field__error">{message}</FieldError>
    </AriaTextField>
  )
}
