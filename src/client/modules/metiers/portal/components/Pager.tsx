import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'

/** Previous / next links (real addresses: they work without JavaScript and can be opened in a new tab). */
export function Pager({
  page,
  pages,
  hrefOf,
}: {
  page: number
  pages: number
  hrefOf: (page: number) => string
}) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <nav className="pf-pager" aria-label={t('recherche.pages')}>
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev" className="pf-button">
          {t('recherche.precedente')}
        </Link>
      ) : null}
      <span className="pf-pager__where">{t('recherche.pageSur', { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next" className="pf-button">
          {t('recherche.suivante')}
        </Link>
      ) : null}
    </nav>
  )
}
