import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import { usagerFieldNames, type UsagerField } from '../../../../shared/modules/usagers/usagers.contract'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { formatDateTime } from '../../../app/format'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { RadioGroup } from '../../../ui/RadioGroup'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { formatCivil, formatPhone, usePersonLabels } from '../usagers.labels'
import { messageOf, personHref, personName, usagersApi, type Person } from '../usagers.queries'
import '../usagers.css'

type Side = 'a' | 'b'
const other = (s: Side): Side => (s === 'a' ? 'b' : 'a')

/** Fields joined rather than chosen: both lists are kept. */
const listFields: readonly UsagerField[] = ['languages', 'incomeSources']

/** An address is compared and taken as a whole: a town never goes with another town's postcode. */
const addressFields: readonly UsagerField[] = [
  'noStableAddress',
  'addressLine',
  'postalCode',
  'city',
  'communeInsee',
]
type Row = UsagerField | 'address'
const rows: readonly Row[] = usagerFieldNames.flatMap((f): Row[] =>
  f === 'noStableAddress' ? ['address'] : addressFields.includes(f) ? [] : [f],
)
const fieldsOf = (row: Row): readonly UsagerField[] => (row === 'address' ? addressFields : [row])

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
const same = (x: unknown, y: unknown) =>
  Array.isArray(x) && Array.isArray(y)
    ? [...(x as string[])].sort().join('|') === [...(y as string[])].sort().join('|')
    : x === y

interface Loaded {
  a: Person
  b: Person
  notes: { a: number; b: number }
}

/**
 * Side-by-side merge of two files of the same person: the differences are named in words, the
 * agent chooses the file to keep and, field by field, the value to keep. Everything the other
 * file holds (requests, notes, documents, household, history) moves to the kept one.
 */
export function MergePage() {
  const { t, i18n } = useTranslation()
  const labels = usePersonLabels()
  const { session } = useSession()
  const { id, otherId } = useParams<{ id: string; otherId: string }>()
  const [, navigate] = useLocation()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [kept, setKept] = useState<Side>('a')
  const [choices, setChoices] = useState<Partial<Record<Row, Side>>>({})
  const [confirming, setConfirming] = useState(false)
  const canMerge = canAccess(usagersApi.merge.access, session)

  useEffect(() => {
    let current = true
    Promise.all([
      call(usagersApi.get, { params: { id } }),
      call(usagersApi.get, { params: { id: otherId } }),
      call(usagersApi.listNotes, { params: { id } }),
      call(usagersApi.listNotes, { params: { id: otherId } }),
    ])
      .then(([a, b, notesA, notesB]) => {
        if (!current) return
        setLoaded({ a, b, notes: { a: notesA.length, b: notesB.length } })
        // The older file is offered as the one to keep: it holds the longer history.
        setKept(a.createdAt <= b.createdAt ? 'a' : 'b')
        setError(null)
      })
      .catch((e: unknown) => current && setError(messageOf(e)))
    return () => {
      current = false
    }
  }, [id, otherId])

  const title = t('usagers.merge.title')
  if (error) {
    return (
      <Page title={title}>
        <Alert tone="error">{error}</Alert>
      </Page>
    )
  }
  if (!loaded) return <p className="loading">{t('common.loading')}</p>
  const files = { a: loaded.a, b: loaded.b }
  const closed = [files.a, files.b].find((f) => f.mergedIntoId || f.anonymisedAt)
  const nameOf = (p: Person) => personName(p) ?? t('usagers.unnamed')
  const column = (s: Side) => t(s === 'a' ? 'usagers.merge.fileA' : 'usagers.merge.fileB')
  const n = (s: Side) => (s === 'a' ? 1 : 2)

  /** What is compared: the value, or for the address the whole of it. */
  const raw = (row: Row, p: Person): unknown =>
    row !== 'address'
      ? p[row]
      : p.noStableAddress
        ? 'sans-domicile-stable'
        : [p.addressLine, p.postalCode, p.city].filter(Boolean).join('|') || null

  const show = (row: Row, p: Person): ReactNode => {
    if (row === 'address') {
      if (p.noStableAddress) return t('usagers.noStableAddress')
      const lines = [p.addressLine, [p.postalCode, p.city].filter(Boolean).join(' ')].filter(Boolean)
      return lines.length > 0 ? <bdi>{lines.join(', ')}</bdi> : null
    }
    const field = row
    const v = p[field]
    if (isEmpty(v)) return null
    switch (field) {
      case 'birthDate':
        return formatCivil(String(v), i18n.language)
      case 'gender':
        return p.gender ? labels.gender(p.gender) : null
      case 'housing':
        return p.housing ? labels.housing(p.housing) : null
      case 'languages':
        return p.languages.map(labels.language).join(', ')
      case 'incomeSources':
        return p.incomeSources.map(labels.income).join(', ')
      case 'interpreterNeeded':
      case 'noStableAddress':
      case 'consentSms':
      case 'consentEmail':
        return v ? t('usagers.yes') : t('usagers.no')
      case 'phone':
        return p.phone ? <span dir="ltr">{formatPhone(p.phone)}</span> : null
      case 'firstName':
      case 'lastName':
      case 'birthName':
      case 'pseudonym':
      case 'email':
      case 'addressLine':
      case 'postalCode':
      case 'city':
      case 'communeInsee':
      case 'rsaReferent':
        return <bdi>{String(v)}</bdi>
    }
  }

  /** Whether the agent chooses this row: both files give a different, non-empty single value. */
  const choosable = (row: Row) =>
    !(row !== 'address' && listFields.includes(row)) &&
    !isEmpty(raw(row, files.a)) &&
    !isEmpty(raw(row, files.b)) &&
    !same(raw(row, files.a), raw(row, files.b))
  const chosen = (row: Row): Side => choices[row] ?? kept
  const takenRows = rows.filter((r) => choosable(r) && chosen(r) !== kept)
  const takeFromAbsorbed = takenRows.flatMap(fieldsOf)
  const rowLabel = (row: Row) =>
    row === 'address' ? t('usagers.sections.address') : t(`usagers.fields.${row}`)

  const statusOf = (row: Row) => {
    const a = raw(row, files.a)
    const b = raw(row, files.b)
    if (same(a, b) || (isEmpty(a) && isEmpty(b))) return 'same'
    if (isEmpty(a) || isEmpty(b)) return 'filled'
    if (row !== 'address' && listFields.includes(row)) return 'joined'
    return 'different'
  }

  const cell = (field: Row, side: Side) => {
    const value = show(field, files[side])
    const content = value ?? <span className="muted">{t('usagers.notGiven')}</span>
    // On a narrow screen the rows stack: each value then says which file it comes from.
    const label = (
      <span className="merge-cell__label" aria-hidden="true">
        {column(side)}
      </span>
    )
    if (!canMerge || !choosable(field)) {
      return (
        <td role="cell">
          {label}
          {content}
        </td>
      )
    }
    const inputId = `choix-${field}-${side}`
    return (
      <td role="cell">
        {label}
        <label className="merge-choice" htmlFor={inputId}>
          <input
            type="radio"
            id={inputId}
            name={`choix-${field}`}
            checked={chosen(field) === side}
            onChange={() => setChoices((c) => ({ ...c, [field]: side }))}
            aria-describedby={`champ-${field}`}
          />
          <span>
            {content}
            <span className="visually-hidden"> ({column(side)})</span>
          </span>
        </label>
      </td>
    )
  }

  const describe = (s: Side) => {
    const p = files[s]
    return t('usagers.merge.fileSummary', {
      created: formatDateTime(p.createdAt, i18n.language),
      notes: loaded.notes[s],
      documents: p.documents.length,
      household: p.household.length,
    })
  }

  const merge = async () => {
    const keptFile = files[kept]
    const absorbed = files[other(kept)]
    await call(usagersApi.merge, {
      params: { id: keptFile.id },
      body: { absorbedId: absorbed.id, takeFromAbsorbed },
    })
    navigate(`/usagers/${keptFile.id}?fusion=1`)
  }

  const differences = rows.filter((r) => statusOf(r) !== 'same').length
  return (
    <Page title={title} intro={t('usagers.merge.intro')}>
      {closed ? <Alert tone="error">{t('usagers.merge.closed', { name: nameOf(closed) })}</Alert> : null}
      <ul className="merge-files">
        {(['a', 'b'] as const).map((s) => (
          <li key={s} className="card card--alt merge-files__item">
            <h2>
              {column(s)} : <bdi>{nameOf(files[s])}</bdi>
            </h2>
            <p className="small">{describe(s)}</p>
            <Link href={personHref(files[s].id)}>{t('usagers.merge.openFile', { n: n(s) })}</Link>
          </li>
        ))}
      </ul>
      <p role="status">{t('usagers.merge.differences', { count: differences })}</p>
      {canMerge && !closed ? (
        <RadioGroup
          label={t('usagers.merge.keep')}
          description={t('usagers.merge.keepHelp')}
          name="kept"
          options={(['a', 'b'] as const).map((s) => ({
            id: s,
            label: t('usagers.merge.keepOption', { n: n(s), name: nameOf(files[s]) }),
          }))}
          value={kept}
          onChange={(v) => setKept(v === 'b' ? 'b' : 'a')}
        />
      ) : null}
      <div
        className="table-scroll merge-table"
        role="region"
        aria-label={t('usagers.merge.caption')}
        tabIndex={0}
      >
        {/* Explicit roles: the rows stack on narrow screens and must stay a table for screen readers. */}
        <table className="table" role="table">
          <caption className="table__caption">{t('usagers.merge.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {[t('usagers.merge.field'), column('a'), column('b')].map((c) => (
                <th key={c} scope="col" role="columnheader">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((field) => {
              const status = statusOf(field)
              return (
                <tr key={field} role="row" className={status === 'same' ? undefined : 'merge-row--diff'}>
                  <th scope="row" role="rowheader" id={`champ-${field}`}>
                    <span className="merge-field">{rowLabel(field)}</span>
                    <span className={`merge-status merge-status--${status}`}>
                      {t(`usagers.merge.status.${status}`)}
                    </span>
                  </th>
                  {cell(field, 'a')}
                  {cell(field, 'b')}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {canMerge && !closed ? (
        <section className="card" aria-labelledby="resultat-fusion">
          <h2 id="resultat-fusion">{t('usagers.merge.resultTitle')}</h2>
          <ul className="plain-list">
            <li>{t('usagers.merge.resultKept', { n: n(kept), name: nameOf(files[kept]) })}</li>
            <li>{t('usagers.merge.resultMoved', { n: n(other(kept)) })}</li>
            <li>{t('usagers.merge.resultClosed', { n: n(other(kept)) })}</li>
            <li>
              {takeFromAbsorbed.length === 0
                ? t('usagers.merge.resultNoValue', { n: n(other(kept)) })
                : t('usagers.merge.resultValues', {
                    n: n(other(kept)),
                    fields: takenRows.map(rowLabel).join(', '),
                  })}
            </li>
          </ul>
          <div className="form__actions">
            <Button variant="primary" onPress={() => setConfirming(true)}>
              {t('usagers.merge.submit')}
            </Button>
          </div>
        </section>
      ) : !closed ? (
        <Alert tone="info">{t('usagers.merge.notAllowed')}</Alert>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('usagers.merge.confirmTitle')}
          confirmLabel={t('usagers.merge.confirm')}
          onClose={() => setConfirming(false)}
          onConfirm={merge}
        >
          <p>
            {t('usagers.merge.confirmText', {
              name: nameOf(files[kept]),
              kept: n(kept),
              absorbed: n(other(kept)),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
