import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QueryInputOf, ResponseOf } from '../../../../shared/contract'
import { auditActions } from '../../../../shared/modules/audit/audit.contract'
import { api, call } from '../../../api'
import { formatDateTime } from '../../../app/format'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { Select } from '../../../ui/Select'
import { Table } from '../../../ui/Table'
import { TextField } from '../../../ui/TextField'
import { DiffView } from '../components/DiffView'

type Query = QueryInputOf<typeof api.audit.search>
type Result = ResponseOf<typeof api.audit.search>
type Action = (typeof auditActions)[number]
const isAction = (v: string | null): v is Action => auditActions.some((a) => a === v)

/** The audit log: who did what, when, and what changed. */
export function AuditPage() {
  const { t, i18n } = useTranslation()
  const form = useApiForm()
  const [q, setQ] = useState('')
  const [action, setAction] = useState<string | null>('')
  const [entityType, setEntityType] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [query, setQuery] = useState<Query>({ page: 1 })
  const [result, setResult] = useState<Result | null>(null)

  const { run } = form
  useEffect(() => {
    void run(async () => setResult(await call(api.audit.search, { query })))
  }, [query, run])

  const search = () =>
    setQuery({
      q: q || undefined,
      action: isAction(action) ? action : undefined,
      entityType: entityType || undefined,
      from: from || undefined,
      to: to || undefined,
      page: 1,
    })

  const page = Number(query.page ?? 1)
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1
  const actionOptions = [
    { id: '', label: t('audit.allActions') },
    ...auditActions.map((a) => ({ id: a, label: t(`actions.${a}`) })),
  ]

  return (
    <Page title={t('audit.title')} intro={t('audit.intro')}>
      <section className="card" aria-labelledby="filtres">
        <h2 id="filtres">{t('audit.filters')}</h2>
        <Form state={form} onSubmit={search} className="form form--filters">
          <TextField
            label={t('audit.q')}
            description={t('audit.qHelp')}
            name="q"
            type="search"
            value={q}
            onChange={setQ}
          />
          <Select
            label={t('audit.action')}
            name="action"
            options={actionOptions}
            value={action}
            onChange={setAction}
          />
          <TextField
            label={t('audit.entityType')}
            description={t('audit.entityTypeHelp')}
            name="entityType"
            value={entityType}
            onChange={setEntityType}
            dir="ltr"
          />
          <TextField label={t('audit.from')} name="from" type="date" value={from} onChange={setFrom} />
          <TextField label={t('audit.to')} name="to" type="date" value={to} onChange={setTo} />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('audit.search')}
            </Button>
          </div>
        </Form>
      </section>
      {result ? (
        <>
          <p role="status">{t('audit.count', { count: result.total })}</p>
          <Table
            caption={t('audit.caption', { page, pages })}
            columns={[
              t('audit.at'),
              t('audit.actor'),
              t('audit.action'),
              t('audit.entity'),
              t('audit.changes'),
            ]}
            isEmpty={result.entries.length === 0}
            empty={t('audit.none')}
          >
            {result.entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.at, i18n.language)}</td>
                <td>{entry.actorLabel ?? t('audit.system')}</td>
                <td>{isAction(entry.action) ? t(`actions.${entry.action}`) : entry.action}</td>
                <td>
                  <span>
                    {i18n.exists(`audit.entities.${entry.entityType}`)
                      ? t(`audit.entities.${entry.entityType}`)
                      : entry.entityType}
                  </span>
                  {entry.entityId ? (
                    <>
                      <br />
                      <code className="muted small" dir="ltr">
                        {entry.entityId}
                      </code>
                    </>
                  ) : null}
                </td>
                <td>
                  <DiffView diff={entry.diff} />
                </td>
              </tr>
            ))}
          </Table>
          <nav className="pager" aria-label={t('audit.pages')}>
            <Button isDisabled={page <= 1} onPress={() => setQuery({ ...query, page: page - 1 })}>
              {t('audit.previous')}
            </Button>
            <span>{t('audit.pageOf', { page, pages })}</span>
            <Button isDisabled={page >= pages} onPress={() => setQuery({ ...query, page: page + 1 })}>
              {t('audit.next')}
            </Button>
          </nav>
        </>
      ) : null}
    </Page>
  )
}
