import type { ReactNode } from 'react'
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet'

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children' | 'isPending'> {
  variant?: ButtonVariant
  /** Shown as busy while the form is sent (the form itself ignores a second submission). */
  isPending?: boolean
  children: ReactNode
}

/**
 * A button: primary for the main action of a form, secondary otherwise, danger to delete.
 * Pending state is only visual: react-aria's own pending announcement points at the button's
 * label, which is gone once the page changes, and axe then reports an image without a name.
 */
export function Button({ variant = 'secondary', isPending, children, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={`button button--${variant}${isPending ? ' button--pending' : ''}`}>
      {children}
    </AriaButton>
  )
}
