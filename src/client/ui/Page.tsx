import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

let firstPage = true

/** A page: its <h1>, the document title, and focus on the heading after an in-app navigation. */
export function Page({ title, children, intro }: { title: string; children: ReactNode; intro?: ReactNode }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`
  }, [title, t])

  useEffect(() => {
    if (firstPage) firstPage = false
    else heading.current?.focus()
  }, [])

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1} className="page__title">
        {title}
      </h1>
      {intro ? <p className="page__intro">{intro}</p> : null}
      {children}
    </div>
  )
}
