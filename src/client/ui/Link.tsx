import type { ReactNode } from 'react'
import { Link as RouterLink } from 'wouter'

interface LinkProps {
  href: string
  children: ReactNode
  className?: string
  'aria-current'?: 'page' | undefined
}

/** An in-app link (history navigation, no reload). */
export function Link({ href, children, className, ...rest }: LinkProps) {
  return (
    <RouterLink href={href} className={className ?? 'link'} {...rest}>
      {children}
    </RouterLink>
  )
}
