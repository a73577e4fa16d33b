import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isOpen } from '../../../../shared/modules/accueil/accueil.constants'
import { ApiError, call } from '../../../api'
import { formatDate } from '../../../app/format'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Link } from '../../../ui/Link'
import { Table } from '../../../ui/Table'
import { useAccueilLabels } from '../accueil.labels'
import { accueilApi, type RequestList } from '../accueil.queries'
import { DueDate, StateBadge } from './Badges'
import '../accueil.css'

/** Every request of a person, whoever holds it and whatever its state, the latest first. */
export function PersonRequests({ usagerId }: { usagerId: string }) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<RequestList | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    call(accueilApi.list, { query: { usagerId, state: 'toutes', page } })
      .then((list) => {
        if (!current) return
        setResult(list)
        setError(null)
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof ApiError ? e.message : String(e))
      })
    return () => {
      current = false
    }
  }, [usagerId, page])
  if (error) return <Alert tone="error">{error}</Alert>
  if (!result) return <p className="muted">{t('common.loading')}</p>
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize))
  return (
    <>
      {result.total > 0 ? (
        <p className="queue__count">{t('accueil.person.count', { count: result.total })}</p>
      ) : null}
      <Table
        caption={t('accueil.person.caption', { page, pages })}
        columns={[
          t('accueil.fields.receivedAt'),
          t('accueil.fields.reference'),
          t('accueil.fields.channel'),
          t('accueil.fields.themes'),
          t('accueil.fields.state'),
          t('accueil.fields.dueOn'),
        ]}
        isEmpty={result.items.length === 0}
        empty={t('accueil.person.none')}
      >
        {result.items.map((r) => (
          <tr key={r.id} className={r.overdue ? 'row--late' : undefined}>
            <td className="nowrap-sm">{formatDate(r.receivedAt, i18n.language)}</td>
            <th scope="row">
              <Link href={`/demandes/${r.id}`} className="link nowrap">
                <bdi>{r.reference}</bdi>
              </Link>
              {r.subject ? (
                <span className="small muted line" dir="auto">
                  {r.subject}
                </span>
              ) : null}
            </th>
            <td>{labels.channel(r.channel)}</td>
            <td>{labels.themes(r.themes)}</td>
            <td>
              <StateBadge state={r.state} />
            </td>
            <td>
              <DueDate dueOn={r.dueOn} overdue={r.overdue} open={isOpen(r.state)} />
            </td>
          </tr>
        ))}
      </Table>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('accueil.person.pages')}>
          <Button isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
            {t('audit.previous')}
          </Button>
          <span>{t('audit.pageOf', { page, pages })}</span>
          <Button isDisabled={page >= pages} onPress={() => setPage(page + 1)}>
            {t('audit.next')}
          </Button>
        </nav>
      ) : null}
    </>
  )
}
