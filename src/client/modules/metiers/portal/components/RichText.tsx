/** Headings one level down: the editor's « titre » (h2) sits under the page's own section heading. */
export const shiftHeadings = (html: string) =>
  html.replace(
    /<(\/?)h([23])(?=[\s>])/gi,
    (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
  )

/**
 * Text written by editors and employers, stored sanitised by the server (headings, paragraphs,
 * lists, safe links, emphasis only): it is shown as the HTML it is, its headings placed under the
 * section that holds it.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  if (!html.trim()) return null
  return (
    <div
      className={className ?? 'pf-rich'}
      dir="auto"
      dangerouslySetInnerHTML={{ __html: shiftHeadings(html) }}
    />
  )
}
