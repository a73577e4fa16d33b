import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams, useSearch } from 'wouter'
import { call } from '../../../api'
import { ApiError } from '../../../api/errors'
import { fillPath } from '../../../api/request'
import { formatDateTime } from '../../../app/format'
import { Alert } from '../../../ui/Alert'
import { Page } from '../../../ui/Page'
import { DocumentsSection } from '../components/DocumentsSection'
import { DuplicateList } from '../components/DuplicateList'
import { HistorySection } from '../components/HistorySection'
import { HouseholdSection } from '../components/HouseholdSection'
import { NotesSection } from '../components/NotesSection'
import { RequestsSection } from '../components/RequestsSection'
import { EditSection, SectionCard } from '../components/SectionCard'
import type { Section } from '../person-draft'
import { formatCivil, formatPhone, usePersonLabels } from '../usagers.labels'
import { messageOf, personName, usagersApi, type Duplicate, type Person } from '../usagers.queries'
import '../usagers.css'

/** A list of facts; an empty value reads "Non renseigné". */
function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  const { t } = useTranslation()
  return (
    <dl className="facts person-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="person-facts__row">
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === '' ? (
              <span className="muted">{t('usagers.notGiven')}</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}

const text = (v: string | null) => (v ? <bdi>{v}</bdi> : null)

/** Files that may be the same person as this one, each with the side-by-side comparison. */
function PossibleDuplicates({ person }: { person: Person }) {
  const { t } = useTranslation()
  const [found, setFound] = useState<Duplicate[]>([])
  const { id, firstName, lastName, birthName, pseudonym, birthDate } = person
  useEffect(() => {
    let current = true
    if (!firstName && !lastName && !birthName && !pseudonym) {
      setFound([])
      return
    }
    call(usagersApi.duplicates, {
      body: { firstName, lastName, birthName, pseudonym, birthDate, excludeId: id },
    })
      .then((list) => current && setFound(list))
      .catch(() => current && setFound([]))
    return () => {
      current = false
    }
  }, [id, firstName, lastName, birthName, pseudonym, birthDate])
  if (found.length === 0) return null
  return (
    <section className="duplicates" aria-labelledby="doublons-du-dossier">
      <h2 id="doublons-du-dossier">{t('usagers.duplicates.onFileTitle', { count: found.length })}</h2>
      <p>{t('usagers.duplicates.onFileIntro')}</p>
      <DuplicateList candidates={found} compareWith={person.id} />
    </section>
  )
}

const notices = ['cree', 'absorbe', 'fusion'] as const

/** A person's file: identity and situation by sections, household, notes, documents, requests, history. */
export function PersonPage() {
  const { t, i18n } = useTranslation()
  const labels = usePersonLabels()
  const { id } = useParams<{ id: string }>()
  const search = useSearch()
  const [, navigate] = useLocation()
  const [person, setPerson] = useState<Person | null>(null)
  const [error, setError] = useState<ApiError | string | null>(null)
  const notice = notices.find((n) => new URLSearchParams(search).has(n))

  const load = useCallback(async () => {
    try {
      const found = await call(usagersApi.get, { params: { id } })
      // An absorbed file opens the one that was kept.
      if (found.mergedIntoId) {
        navigate(`/usagers/${found.mergedIntoId}?absorbe=1`, { replace: true })
        return
      }
      setPerson(found)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e))
    }
  }, [id, navigate])

  useEffect(() => {
    void load()
  }, [load])

  if (error) {
    const notFound = error instanceof ApiError && error.status === 404
    return (
      <Page title={notFound ? t('usagers.file.notFound') : t('usagers.file.title')}>
        <Alert tone="error">{error instanceof ApiError ? error.message : error}</Alert>
      </Page>
    )
  }
  if (!person || person.id !== id) return <p className="loading">{t('common.loading')}</p>

  const name = personName(person)
  const writable = !person.anonymisedAt && !person.mergedIntoId
  const refresh = () => void load()
  const edit = (section: Section, title: string) =>
    writable ? <EditSection section={section} title={title} person={person} onSaved={setPerson} /> : null
  const yesNo = (v: boolean) => (v ? t('usagers.yes') : t('usagers.no'))
  const summary = [
    person.birthDate
      ? t('usagers.born', { date: formatCivil(person.birthDate, i18n.language) })
      : t('usagers.birthDateUnknown'),
    person.noStableAddress ? t('usagers.noStableAddress') : person.city,
  ].filter(Boolean)

  return (
    <Page title={name ?? t('usagers.unnamed')}>
      <div className="person-head">
        <p className="lead">
          {summary.map((s, i) => (
            <span key={i}>
              {i > 0 ? ' · ' : null}
              <bdi>{s}</bdi>
            </span>
          ))}
        </p>
        <ul className="person-badges" aria-label={t('usagers.file.badges')}>
          {person.noStableAddress ? <li className="person-badge">{t('usagers.noStableAddress')}</li> : null}
          {person.interpreterNeeded ? (
            <li className="person-badge">{t('usagers.interpreterBadge')}</li>
          ) : null}
          {person.anonymisedAt ? <li className="person-badge">{t('usagers.file.anonymisedBadge')}</li> : null}
        </ul>
        {person.anonymisedAt ? null : (
          <>
            <div className="actions" role="group" aria-label={t('usagers.export.title')}>
              <a
                className="button button--secondary"
                href={fillPath(usagersApi.exportJson.path, { id: person.id })}
                download={`donnees-personnelles-${person.id}.json`}
              >
                {t('usagers.export.json')}
              </a>
              <a
                className="button button--secondary"
                href={fillPath(usagersApi.exportPdf.path, { id: person.id })}
                download={`donnees-personnelles-${person.id}.pdf`}
              >
                {t('usagers.export.pdf')}
              </a>
            </div>
            <p className="small muted">{t('usagers.export.help')}</p>
          </>
        )}
      </div>
      {notice ? <Alert tone="success">{t(`usagers.file.notices.${notice}`)}</Alert> : null}
      {person.anonymisedAt ? (
        <Alert tone="info">
          {t('usagers.file.anonymised', { date: formatDateTime(person.anonymisedAt, i18n.language) })}
        </Alert>
      ) : null}
      {writable ? <PossibleDuplicates person={person} /> : null}

      <div className="person-grid">
        <SectionCard
          id="section-identite"
          title={t('usagers.sections.identity')}
          actions={edit('identity', t('usagers.sections.identity'))}
        >
          <Facts
            rows={[
              [t('usagers.fields.firstName'), text(person.firstName)],
              [t('usagers.fields.lastName'), text(person.lastName)],
              [t('usagers.fields.birthName'), text(person.birthName)],
              [t('usagers.fields.pseudonym'), text(person.pseudonym)],
              [
                t('usagers.fields.birthDate'),
                person.birthDate ? formatCivil(person.birthDate, i18n.language) : null,
              ],
              [t('usagers.fields.gender'), person.gender ? labels.gender(person.gender) : null],
            ]}
          />
        </SectionCard>
        <SectionCard
          id="section-coordonnees"
          title={t('usagers.sections.contact')}
          actions={edit('contact', t('usagers.sections.contact'))}
        >
          <Facts
            rows={[
              [
                t('usagers.fields.phone'),
                person.phone ? <span dir="ltr">{formatPhone(person.phone)}</span> : null,
              ],
              [t('usagers.fields.email'), person.email ? <span dir="ltr">{person.email}</span> : null],
            ]}
          />
        </SectionCard>
        <SectionCard
          id="section-adresse"
          title={t('usagers.sections.address')}
          actions={edit('address', t('usagers.sections.address'))}
        >
          {person.noStableAddress ? (
            <p>{t('usagers.file.noStableAddress')}</p>
          ) : (
            <Facts
              rows={[
                [t('usagers.fields.addressLine'), text(person.addressLine)],
                [t('usagers.fields.postalCode'), text(person.postalCode)],
                [t('usagers.fields.city'), text(person.city)],
              ]}
            />
          )}
        </SectionCard>
        <SectionCard
          id="section-langues"
          title={t('usagers.sections.languages')}
          actions={edit('languages', t('usagers.sections.languages'))}
        >
          <Facts
            rows={[
              [t('usagers.fields.languages'), person.languages.map(labels.language).join(', ')],
              [t('usagers.fields.interpreter'), yesNo(person.interpreterNeeded)],
            ]}
          />
        </SectionCard>
        <HouseholdSection person={person} writable={writable} onChanged={refresh} />
        <SectionCard
          id="section-situation"
          title={t('usagers.sections.situation')}
          actions={edit('situation', t('usagers.sections.situation'))}
        >
          <Facts
            rows={[
              [t('usagers.fields.incomeSources'), person.incomeSources.map(labels.income).join(', ')],
              [t('usagers.fields.housing'), person.housing ? labels.housing(person.housing) : null],
              [t('usagers.fields.rsaReferent'), text(person.rsaReferent)],
            ]}
          />
        </SectionCard>
        <SectionCard
          id="section-consentements"
          title={t('usagers.sections.consents')}
          actions={edit('consents', t('usagers.sections.consents'))}
        >
          <Facts
            rows={[
              [t('usagers.form.consentSms'), yesNo(person.consentSms)],
              [t('usagers.form.consentEmail'), yesNo(person.consentEmail)],
            ]}
          />
        </SectionCard>
      </div>
      <div className="person-wide">
        <NotesSection person={person} writable={writable} onAdded={refresh} />
        <DocumentsSection person={person} writable={writable} onUploaded={refresh} />
        <RequestsSection person={person} />
        <HistorySection person={person} />
      </div>
    </Page>
  )
}
