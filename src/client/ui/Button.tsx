import type { ReactNode } from 'react'
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet'

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant
  children: ReactNode
}

/** A button: primary for the main action of a form, secondary otherwise, danger to delete. */
export function Button({ variant = 'secondary', children, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={`button button--${variant}`}>
      {children}
    </AriaButton>
  )
}
