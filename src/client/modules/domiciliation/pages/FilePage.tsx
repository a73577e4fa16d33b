import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearch } from 'wouter'
import {
  EXPIRY_WARNING_DAYS,
  grantingKinds,
} from '../../../../shared/modules/domiciliation/domiciliation.constants'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { isolate } from '../../../app/bidi'
import { formatDateTime } from '../../../app/format'
import { useSession } from '../../../app/session'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { BirthPlaceField } from '../components/BirthPlaceField'
import { ExpiryBadge, NoContactBadge, StatusBadge } from '../components/Badges'
import { DocumentLink } from '../components/DocumentLink'
import { History } from '../components/History'
import { RadiationFields, useRadiationChoice } from '../components/RadiationFields'
import { NewRequestForm, RequestPanel } from '../components/RequestPanel'
import { formatDay } from '../domiciliation.labels'
import {
  decisionsApi,
  documentHref,
  fileHref,
  mailApi,
  usagersApi,
  type DomiciliationFile,
  type Person,
} from '../domiciliation.queries'
import '../../accueil/accueil.css'
import '../domiciliation.css'

/** A change of the file, and the i18n key of the message that says so. */
type Changed = (file: DomiciliationFile, notice: string) => void

/** Identity, status, validity, contacts: what an agent checks first. */
function Summary({
  file,
  person,
  canEdit,
  onChanged,
}: {
  file: DomiciliationFile
  person: Person | null
  canEdit: boolean
  onChanged: Changed
}) {
  const { t, i18n } = useTranslation()
  const day = (d: string) => formatDay(d, i18n.language)
  const household = person?.household ?? []
  return (
    <dl className="facts domi-facts">
      <dt>{t('domiciliation.fields.person')}</dt>
      <dd>
        <Link href={`/usagers/${file.usager.id}`}>
          <bdi>{file.usager.label}</bdi>
          <span className="visually-hidden"> {t('domiciliation.file.openPerson')}</span>
        </Link>
      </dd>
      {person?.birthDate ? (
        <>
          <dt>{t('domiciliation.fields.birthDate')}</dt>
          <dd>{day(person.birthDate)}</dd>
        </>
      ) : null}
      <dt>{t('domiciliation.fields.birthPlace')}</dt>
      <dd>
        <BirthPlaceField file={file} canEdit={canEdit} onChanged={onChanged} />
      </dd>
      {household.length > 0 ? (
        <>
          <dt>{t('domiciliation.fields.household')}</dt>
          <dd>
            <ul className="domi-lines">
              {household.map((m) => (
                <li key={m.id}>
                  <bdi>{[m.firstName, m.lastName].filter(Boolean).join(' ') || '—'}</bdi>
                  {m.birthDate ? (
                    <span className="muted">
                      {' '}
                      ({t('domiciliation.fields.born', { date: day(m.birthDate) })})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt>{t('domiciliation.fields.fileNumber')}</dt>
      <dd>{file.fileNumber}</dd>
      <dt>{t('domiciliation.fields.status')}</dt>
      <dd>
        <span className="domi-todo">
          <StatusBadge status={file.status} />
          {file.status === 'valide' || file.status === 'expiree' ? (
            <ExpiryBadge daysLeft={file.daysUntilExpiry} />
          ) : null}
        </span>
      </dd>
      <dt>{t('domiciliation.fields.validity')}</dt>
      <dd>
        {file.validFrom && file.validUntil ? (
          t('domiciliation.history.validity', { from: day(file.validFrom), until: day(file.validUntil) })
        ) : (
          <span className="muted">{t('domiciliation.home.notValid')}</span>
        )}
      </dd>
      <dt>{t('domiciliation.fields.firstDomiciliation')}</dt>
      <dd>
        {file.firstDomiciliationOn ? (
          day(file.firstDomiciliationOn)
        ) : (
          <span className="muted">{t('domiciliation.fields.never')}</span>
        )}
      </dd>
      <dt>{t('domiciliation.fields.lastContact')}</dt>
      <dd>
        <span className="domi-todo">
          {file.lastContactAt ? (
            <span>{formatDateTime(file.lastContactAt, i18n.language)}</span>
          ) : (
            <span className="muted">{t('domiciliation.fields.noContact')}</span>
          )}
          {file.followUp.includes('sans_contact_3_mois') ? <NoContactBadge /> : null}
        </span>
      </dd>
    </dl>
  )
}

/** The documents of the current state: the attestation in force, the last letter, the last request form. */
function Documents({ file }: { file: DomiciliationFile }) {
  const { t } = useTranslation()
  const inForce = file.decisions.filter((d) => !d.cancelled)
  const grant = inForce.find((d) => grantingKinds.includes(d.kind))
  const last = inForce[0]
  const request = file.requests[0]
  const links = []
  if (grant?.requestId && (file.status === 'valide' || file.status === 'expiree'))
    links.push(
      <li key="attestation">
        <DocumentLink href={documentHref.attestation(grant.requestId)}>
          {t('domiciliation.documents.attestation')}
        </DocumentLink>
      </li>,
    )
  if (last?.kind === 'REFUS')
    links.push(
      <li key="refus">
        <DocumentLink href={documentHref.letter(last.id)}>
          {t('domiciliation.documents.refusalLetter')}
        </DocumentLink>
      </li>,
    )
  if (last?.kind === 'RADIATION')
    links.push(
      <li key="radiation">
        <DocumentLink href={documentHref.letter(last.id)}>
          {t('domiciliation.documents.radiationLetter')}
        </DocumentLink>
      </li>,
    )
  if (request)
    links.push(
      <li key="demande">
        <DocumentLink href={documentHref.requestForm(request.id)}>
          {t('domiciliation.documents.requestForm')}
        </DocumentLink>
      </li>,
    )
  if (links.length === 0) return <p className="muted">{t('domiciliation.documents.none')}</p>
  return (
    <>
      <ul className="domi-docs">{links}</ul>
      <p className="small muted">{t('domiciliation.documents.help')}</p>
    </>
  )
}

/**
 * A new request. While the domiciliation has more than 61 days to run, the form waits behind a
 * button: a renewal is rarely filed so early.
 */
function NewRequest({ file, onChanged }: { file: DomiciliationFile; onChanged: Changed }) {
  const { t } = useTranslation()
  const early = file.status === 'valide' && (file.daysUntilExpiry ?? 0) > EXPIRY_WARNING_DAYS
  const [open, setOpen] = useState(!early)
  if (!open)
    return (
      <>
        <p className="small">{t('domiciliation.request.early')}</p>
        <div className="actions">
          <Button onPress={() => setOpen(true)}>{t('domiciliation.request.openForm')}</Button>
        </div>
      </>
    )
  return (
    <>
      <p className="small">{t('domiciliation.request.newHelp')}</p>
      <NewRequestForm file={file} onChanged={onChanged} />
    </>
  )
}

/** Radiation of this file, with one of the seven motives; it can be cancelled later, with its trace. */
function RadiateDialog({
  file,
  onClose,
  onChanged,
}: {
  file: DomiciliationFile
  onClose: () => void
  onChanged: Changed
}) {
  const { t } = useTranslation()
  const choice = useRadiationChoice()
  return (
    <ConfirmDialog
      title={t('domiciliation.radiate.title', { number: file.fileNumber })}
      confirmLabel={t('domiciliation.radiate.confirm')}
      onClose={onClose}
      onConfirm={async () =>
        onChanged(
          await call(decisionsApi.radiate, { params: { id: file.id }, body: choice.body() }),
          'domiciliation.radiate.done',
        )
      }
    >
      <p>{t('domiciliation.radiate.text', { name: isolate(file.usager.label) })}</p>
      <RadiationFields choice={choice} />
    </ConfirmDialog>
  )
}

/**
 * A domiciliation file: who, status and validity, the request under way with its steps, the
 * documents, radiation, and the history of requests and decisions (cancelled ones struck).
 */
export function FilePage() {
  const { id } = useParams<{ id: string }>()
  // Another file's address loads that file afresh.
  return <FileView key={id} id={id} />
}

function FileView({ id }: { id: string }) {
  const { t } = useTranslation()
  const { session } = useSession()
  const justOpened = new URLSearchParams(useSearch()).has('ouvert')
  const loaded = useLoad(() => call(decisionsApi.get, { params: { id } }))
  const [changed, setChanged] = useState<DomiciliationFile | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [radiating, setRadiating] = useState(false)
  const file = changed ?? loaded.data
  const usagerId = file?.usager.id
  const canReadPerson = canAccess(usagersApi.get.access, session)
  const [person, setPerson] = useState<Person | null>(null)

  useEffect(() => {
    if (!usagerId || !canReadPerson) return
    let current = true
    call(usagersApi.get, { params: { id: usagerId } })
      .then((p) => current && setPerson(p))
      .catch(() => current && setPerson(null))
    return () => {
      current = false
    }
  }, [usagerId, canReadPerson])

  const can = {
    agent: canAccess(decisionsApi.fileRequest.access, session),
    decider: canAccess(decisionsApi.decide.access, session),
  }
  const onChanged: Changed = (next, message) => {
    setChanged(next)
    setNotice(message)
  }

  if (loaded.error && !file) {
    return (
      <Page title={t('domiciliation.file.notFound')}>
        <Alert tone="error">{loaded.error}</Alert>
        <p>
          <Link href="/domiciliation">{t('domiciliation.file.back')}</Link>
        </p>
      </Page>
    )
  }
  if (!file) return <p className="loading">{t('common.loading')}</p>

  const pending = file.requests.find((r) => r.status !== 'decidee') ?? null
  const radiable = file.status === 'valide' || file.status === 'expiree'

  return (
    <Page
      title={t('domiciliation.file.title', { number: file.fileNumber, name: isolate(file.usager.label) })}
    >
      <p>
        <Link href="/domiciliation">{t('domiciliation.file.back')}</Link>
      </p>
      {justOpened && !changed ? (
        <Alert tone="success">{t('domiciliation.file.opened', { number: file.fileNumber })}</Alert>
      ) : null}
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      <div className="detail">
        <div className="detail__main">
          <section className="card" aria-labelledby="en-bref">
            <h2 id="en-bref">{t('domiciliation.file.summary')}</h2>
            <Summary file={file} person={person} canEdit={can.agent} onChanged={onChanged} />
            {canAccess(mailApi.fileMail.access, session) ? (
              <p>
                <Link href={`${fileHref(file.id)}/courrier`}>{t('domiciliation.file.mail')}</Link>
              </p>
            ) : null}
          </section>
          <section className="card" aria-labelledby="demande-en-cours">
            <h2 id="demande-en-cours">
              {pending ? t('domiciliation.request.pending') : t('domiciliation.request.new')}
            </h2>
            {pending ? (
              <RequestPanel request={pending} can={can} onChanged={onChanged} />
            ) : can.agent ? (
              <NewRequest file={file} onChanged={onChanged} />
            ) : (
              <p className="muted">{t('domiciliation.request.noneOpen')}</p>
            )}
          </section>
        </div>
        <div className="detail__side">
          <section className="card" aria-labelledby="documents">
            <h2 id="documents">{t('domiciliation.documents.title')}</h2>
            <Documents file={file} />
          </section>
          {can.decider && radiable ? (
            <section className="card" aria-labelledby="radiation">
              <h2 id="radiation">{t('domiciliation.radiate.section')}</h2>
              <p className="small">{t('domiciliation.radiate.help')}</p>
              <div className="actions">
                <Button variant="danger" onPress={() => setRadiating(true)}>
                  {t('domiciliation.radiate.open')}
                </Button>
              </div>
            </section>
          ) : null}
          <section className="card" aria-labelledby="historique">
            <h2 id="historique">{t('domiciliation.history.title')}</h2>
            <History file={file} canCancel={can.decider} onChanged={onChanged} />
          </section>
        </div>
      </div>
      {radiating ? (
        <RadiateDialog file={file} onClose={() => setRadiating(false)} onChanged={onChanged} />
      ) : null}
    </Page>
  )
}
