import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A generated document (Cerfa, letter): a plain link the browser follows with the session
 * cookie; the PDF is regenerated from the history each time, identical.
 */
export function DocumentLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <a className="button button--secondary domi-doc" href={href} download>
      <svg className="domi-doc__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M3 1.5h6.5L13 5v9.5H3z M9.5 1.5V5H13" />
      </svg>
      <span>
        {children} <span className="domi-doc__kind">{t('domiciliation.documents.pdf')}</span>
      </span>
    </a>
  )
}
