import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { formatDate } from '../../../app/format'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'
import { formatCivil } from '../usagers.labels'
import { messageOf, personHref, personName, usagersApi, type PersonSummary } from '../usagers.queries'
import '../usagers.css'

const PAUSE_MS = 250

/** Moves the focus between the results with the arrow keys (Tab works too). */
function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null) {
  if (!list || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.people__name')]
  if (links.length === 0) return
  const index = links.findIndex((a) => a === document.activeElement)
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index <= 0 ? -1 : index - 1
  event.preventDefault()
  if (next === -1) list.ownerDocument.querySelector<HTMLInputElement>('#recherche-personne')?.focus()
  else links[next]!.focus()
}

/** One person found: name (the link), birth date, where they live, last contact. */
function PersonRow({ person }: { person: PersonSummary }) {
  const { t, i18n } = useTranslation()
  const name = personName(person)
  return (
    <li className="people__item">
      <Link href={personHref(person.id)} className="people__name">
        <bdi>{name ?? t('usagers.unnamed')}</bdi>
      </Link>
      <dl className="people__facts">
        <div>
          <dt>{t('usagers.fields.birthDate')}</dt>
          <dd>{person.birthDate ? formatCivil(person.birthDate, i18n.language) : t('usagers.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('usagers.search.place')}</dt>
          <dd>
            {person.noStableAddress ? (
              t('usagers.noStableAddress')
            ) : person.city ? (
              <bdi>{person.city}</bdi>
            ) : (
              t('usagers.notGiven')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('usagers.fields.lastContactAt')}</dt>
          <dd>{formatDate(person.lastContactAt, i18n.language)}</dd>
        </div>
      </dl>
    </li>
  )
}

/**
 * "Personnes": search as you type (accents, case, hyphens, word order and small typos forgiven
 * by the server); with nothing typed, the files most recently in contact.
 */
export function PeoplePage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const search = useSearch()
  const [, navigate] = useLocation()
  const [text, setText] = useState(() => new URLSearchParams(search).get('q') ?? '')
  const [found, setFound] = useState<PersonSummary[] | null>(null)
  const [shownFor, setShownFor] = useState('')
  const [error, setError] = useState<string | null>(null)
  const list = useRef<HTMLUListElement>(null)
  const canCreate = canAccess(usagersApi.create.access, session)

  useEffect(() => {
    const q = text.trim()
    let current = true
    const timer = setTimeout(
      () => {
        call(usagersApi.search, { query: { q: q || undefined, limit: 20 } })
          .then((people) => {
            if (!current) return
            setFound(people)
            setShownFor(q)
            setError(null)
            navigate(q ? `/usagers?q=${encodeURIComponent(q)}` : '/usagers', { replace: true })
          })
          .catch((e: unknown) => {
            if (current) setError(messageOf(e))
          })
      },
      found === null ? 0 : PAUSE_MS,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
    // `found` only decides whether the first load waits: it must not restart the search.
  }, [text, navigate])

  const status =
    found === null
      ? t('common.loading')
      : shownFor
        ? t('usagers.search.found', { count: found.length, query: shownFor })
        : t('usagers.search.recent', { count: found.length })

  return (
    <Page title={t('usagers.search.title')} intro={t('usagers.search.intro')}>
      <div className="people-search">
        <div
          className="people-search__field"
          role="search"
          aria-label={t('usagers.search.label')}
          onKeyDown={(e) => moveFocus(e, list.current)}
        >
          <TextField
            id="recherche-personne"
            label={t('usagers.search.label')}
            description={t('usagers.search.help')}
            type="search"
            inputMode="search"
            value={text}
            onChange={setText}
            autoComplete="off"
            dir="auto"
          />
        </div>
        {canCreate ? (
          <Link href="/usagers/nouvelle" className="button button--primary">
            {t('usagers.create.title')}
          </Link>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section aria-labelledby="resultats" className="stack">
        <h2 id="resultats">{shownFor ? t('usagers.search.results') : t('usagers.search.recentTitle')}</h2>
        <p role="status" className="muted">
          {status}
        </p>
        {found && found.length > 0 ? (
          <ul className="people" ref={list} onKeyDown={(e) => moveFocus(e, list.current)}>
            {found.map((p) => (
              <PersonRow key={p.id} person={p} />
            ))}
          </ul>
        ) : null}
        {found && found.length === 0 && shownFor ? <p>{t('usagers.search.none')}</p> : null}
      </section>
    </Page>
  )
}
