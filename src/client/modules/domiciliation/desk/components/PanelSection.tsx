import { createContext, useContext, type ReactNode } from 'react'

/** The heading level of the panel's sections: 2 on its own page, 3 inside the file page. */
export const PanelLevel = createContext<2 | 3>(2)

/** A section of the mail panel: a card with its heading. */
export function PanelSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  const level = useContext(PanelLevel)
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section className="card desk-section" aria-labelledby={id}>
      <Heading id={id} className="desk-section__title">
        {title}
      </Heading>
      {children}
    </section>
  )
}

/** A heading one level below the section's. */
export function SubHeading({ children }: { children: ReactNode }) {
  const level = useContext(PanelLevel)
  const Heading = level === 2 ? 'h3' : 'h4'
  return <Heading className="desk-section__subtitle">{children}</Heading>
}
