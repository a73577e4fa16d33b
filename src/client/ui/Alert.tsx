import { forwardRef, type ReactNode } from 'react'

export type AlertTone = 'error' | 'success' | 'info'

interface AlertProps {
  tone: AlertTone
  title?: ReactNode
  children?: ReactNode
}

/** A message box. Errors are announced at once (role=alert), the rest politely (role=status). */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ tone, title, children }, ref) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`alert alert--${tone}`}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  )
})
