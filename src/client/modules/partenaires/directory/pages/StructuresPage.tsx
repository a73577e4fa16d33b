import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import {
  entryStatuses,
  structureKinds,
  structureSources,
} from '../../../../../shared/modules/partenaires/directory.constants'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextField } from '../../../../ui/TextField'
import { keepKnown, useDirectoryLabels } from '../directory.labels'
import {
  directoryApi,
  importHref,
  newStructureHref,
  structureHref,
  structuresHref,
} from '../directory.queries'
import '../directory.css'

interface Filters {
  q: string
  kind: string
  status: string
  source: string
  needsUpdate: boolean
  pendingChanges: boolean
  page: number
}

function filtersOf(search: string): Filters {
  const p = new URLSearchParams(search)
  const page = Number(p.get('page'))
  return {
    q: p.get('q') ?? '',
    kind: keepKnown(structureKinds, [p.get('kind') ?? ''])[0] ?? '',
    status: keepKnown(entryStatuses, [p.get('status') ?? ''])[0] ?? '',
    source: keepKnown(structureSources, [p.get('source') ?? ''])[0] ?? '',
    needsUpdate: p.get('aMettreAJour') === '1',
    pendingChanges: p.get('propositions') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

function searchOf(f: Filters): string {
  const p = new URLSearchParams()
  if (f.q) p.set('q', f.q)
  if (f.kind) p.set('kind', f.kind)
  if (f.status) p.set('status', f.status)
  if (f.source) p.set('source', f.source)
  if (f.needsUpdate) p.set('aMettreAJour', '1')
  if (f.pendingChanges) p.set('propositions', '1')
  if (f.page > 1) p.set('page', String(f.page))
  return p.toString()
}

/** The keeper's entries: structures filtered by kind, status, source, and those to update. */
export function StructuresPage() {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const search = useSearch()
  const [, navigate] = useLocation()
  const filters = filtersOf(search)
  const [draft, setDraft] = useState(filters)
  useEffect(() => setDraft(filtersOf(search)), [search])
  const form = useApiForm()
  const list = useLoad(() =>
    call(directoryApi.listStructures, {
      query: {
        q: filters.q || undefined,
        kind: keepKnown(structureKinds, [filters.kind])[0],
        status: keepKnown(entryStatuses, [filters.status])[0],
        source: keepKnown(structureSources, [filters.source])[0],
        needsUpdate: filters.needsUpdate ? 'true' : undefined,
        pendingChanges: filters.pendingChanges ? 'true' : undefined,
        page: filters.page,
      },
    }),
  )
  const { reload } = list
  useEffect(() => {
    void reload()
  }, [search, reload])
  const go = (f: Filters) => {
    const q = searchOf(f)
    navigate(q ? `${structuresHref}?${q}` : structuresHref)
  }
  const data = list.data
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1
  const any = { id: '', label: t('directory.entries.any') }

  return (
    <Page title={t('directory.entries.title')} intro={t('directory.entries.intro')}>
      <div className="form__actions">
        <Link href={newStructureHref} className="button button--primary">
          {t('directory.entries.newStructure')}
        </Link>
        <Link href={importHref} className="button button--secondary">
          {t('directory.nav.import')}
        </Link>
      </div>
      <Form
        state={form}
        onSubmit={() => go({ ...draft, page: 1 })}
        label={t('directory.entries.filters')}
        className="form form--filters"
      >
        <TextField
          label={t('directory.entries.q')}
          name="q"
          type="search"
          value={draft.q}
          onChange={(q) => setDraft({ ...draft, q })}
        />
        <Select
          label={t('directory.entries.kind')}
          name="kind"
          options={[any, ...labels.kindOptions]}
          value={draft.kind}
          onChange={(kind) => setDraft({ ...draft, kind: kind ?? '' })}
        />
        <Select
          label={t('directory.entries.status')}
          name="status"
          options={[any, ...labels.statusOptions]}
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status: status ?? '' })}
        />
        <Select
          label={t('directory.entries.source')}
          name="source"
          options={[any, ...labels.sourceOptions]}
          value={draft.source}
          onChange={(source) => setDraft({ ...draft, source: source ?? '' })}
        />
        <CheckboxGroup
          label={t('directory.entries.only')}
          name="only"
          options={[
            { id: 'needsUpdate', label: t('directory.entries.needsUpdate') },
            { id: 'pendingChanges', label: t('directory.entries.withProposals') },
          ]}
          value={[
            ...(draft.needsUpdate ? ['needsUpdate'] : []),
            ...(draft.pendingChanges ? ['pendingChanges'] : []),
          ]}
          onChange={(v) =>
            setDraft({
              ...draft,
              needsUpdate: v.includes('needsUpdate'),
              pendingChanges: v.includes('pendingChanges'),
            })
          }
        />
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {t('directory.entries.filter')}
          </Button>
        </div>
      </Form>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {data ? (
        <>
          <p role="status">{t('directory.entries.count', { count: data.total })}</p>
          <Table
            caption={t('directory.entries.caption')}
            columns={[
              t('directory.entries.name'),
              t('directory.entries.kind'),
              t('directory.entries.cities'),
              t('directory.entries.contents'),
              t('directory.entries.status'),
              t('directory.entries.confirmedAt'),
            ]}
            isEmpty={data.items.length === 0}
            empty={t('directory.entries.empty')}
          >
            {data.items.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link href={structureHref(s.id)}>
                    <bdi>{s.name}</bdi>
                  </Link>
                  {s.pendingChanges > 0 ? (
                    <>
                      {' '}
                      <span className="badge badge--muted">
                        {t('directory.entries.pending', { count: s.pendingChanges })}
                      </span>
                    </>
                  ) : null}
                </th>
                <td>{labels.kind(s.kind)}</td>
                <td dir="auto">{s.cities.join(', ')}</td>
                <td>
                  {t('directory.entries.placesServices', { places: s.placeCount, services: s.serviceCount })}
                </td>
                <td>{labels.status(s.status)}</td>
                <td>
                  {formatDate(s.confirmedAt, i18n.language)}
                  {s.needsUpdate ? (
                    <>
                      {' '}
                      <span className="badge badge--warning">{t('directory.entries.needsUpdate')}</span>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </Table>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('directory.results.pages')}>
              <Button
                isDisabled={filters.page <= 1}
                onPress={() => go({ ...filters, page: filters.page - 1 })}
              >
                {t('directory.results.previous')}
              </Button>
              <span>{t('directory.results.page', { page: filters.page, pages })}</span>
              <Button
                isDisabled={filters.page >= pages}
                onPress={() => go({ ...filters, page: filters.page + 1 })}
              >
                {t('directory.results.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : list.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
