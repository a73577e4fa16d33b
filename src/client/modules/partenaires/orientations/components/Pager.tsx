import { useTranslation } from 'react-i18next'
import { Button } from '../../../../ui/Button'

/** Previous and next page of a list, shown only when there is more than one page. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={t('orientations.pages')}>
      <Button isDisabled={page <= 1} onPress={() => onPage(page - 1)}>
        {t('audit.previous')}
      </Button>
      <span>{t('audit.pageOf', { page, pages })}</span>
      <Button isDisabled={page >= pages} onPress={() => onPage(page + 1)}>
        {t('audit.next')}
      </Button>
    </nav>
  )
}
