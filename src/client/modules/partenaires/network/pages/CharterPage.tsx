import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  CharterSummaryView,
  StructureSignatureView,
} from '../../../../../shared/modules/partenaires/network.contract'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { formatDate } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { NativeInput } from '../components/NativeInput'
import { networkApi } from '../network.queries'
import '../network.css'

/** The text of the version in force. */
function CurrentCharter({ current }: { current: CharterSummaryView }) {
  const { t, i18n } = useTranslation()
  const charter = useLoad(() => call(networkApi.charter, { params: { id: current.id } }))
  return (
    <section className="card" aria-labelledby="charte-en-vigueur">
      <h2 id="charte-en-vigueur">
        {t('reseau.charter.current')} — {t('reseau.charter.version', { version: current.version })}
      </h2>
      <p className="small muted">
        {t('reseau.charter.publishedAt', { at: formatDate(current.publishedAt, i18n.language) })}
      </p>
      {charter.data ? (
        <>
          <h3 className="subheading" dir="auto">
            {charter.data.title}
          </h3>
          <div className="charter-text free-text" dir="auto">
            {charter.data.body}
          </div>
        </>
      ) : null}
    </section>
  )
}

/** A new version: the previous ones stay as they were, with their signatures. */
function PublishForm({ onPublished }: { onPublished: () => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [done, setDone] = useState<number | null>(null)
  const submit = async () => {
    const charter = await form.run(() => call(networkApi.publishCharter, { body: { title, body } }))
    if (charter) {
      setDone(charter.version)
      setTitle('')
      setBody('')
      onPublished()
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('reseau.charter.publish')}>
      {done !== null ? (
        <Alert tone="success">{t('reseau.charter.published', { version: done })}</Alert>
      ) : null}
      <p className="small muted">{t('reseau.charter.publishHelp')}</p>
      <TextField
        label={t('reseau.charter.titleField')}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <TextArea
        label={t('reseau.charter.body')}
        name="body"
        value={body}
        onChange={setBody}
        rows={10}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('reseau.charter.publish')}
        </Button>
      </div>
    </Form>
  )
}

/** A signature given on paper, recorded by the keeper for the version in force. */
function PaperSignatureForm({
  charterId,
  structures,
  onRecorded,
}: {
  charterId: string
  structures: readonly StructureSignatureView[]
  onRecorded: () => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [structureId, setStructureId] = useState<string | null>(null)
  const [signatoryName, setSignatoryName] = useState('')
  const [signedOn, setSignedOn] = useState('')
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    if (!structureId) return form.fail(t('reseau.charter.structureRequired'), 'structureId')
    const done = await form.run(() =>
      call(networkApi.recordPaperSignature, {
        params: { id: charterId },
        body: { structureId, signatoryName, signedOn: signedOn || undefined },
      }),
    )
    if (done) {
      setSaved(true)
      setStructureId(null)
      setSignatoryName('')
      setSignedOn('')
      onRecorded()
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('reseau.charter.paper')}>
      {saved ? <Alert tone="success">{t('reseau.charter.paperSaved')}</Alert> : null}
      <Select
        label={t('reseau.charter.paperStructure')}
        name="structureId"
        placeholder={t('reseau.charter.chooseStructure')}
        options={structures
          .filter((s) => !s.signedCurrent)
          .map((s) => ({ id: s.structureId, label: s.name }))}
        value={structureId}
        onChange={setStructureId}
        isRequired
      />
      <TextField
        label={t('reseau.charter.paperSignatory')}
        name="signatoryName"
        value={signatoryName}
        onChange={setSignatoryName}
        isRequired
      />
      <NativeInput
        label={t('reseau.charter.paperDate')}
        name="signedOn"
        type="date"
        value={signedOn}
        onChange={setSignedOn}
        error={form.fieldErrors.signedOn}
      />
      <div className="form__actions">
        <Button type="submit" isPending={form.pending}>
          {t('reseau.charter.save')}
        </Button>
      </div>
    </Form>
  )
}

/** The charter: version in force, former versions, signatures per structure, publishing and paper signatures. */
export function CharterPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const charters = useLoad(() => call(networkApi.charters, {}))
  const signatures = useLoad(() => call(networkApi.charterSignatures, {}))
  const current = charters.data?.find((c) => c.isCurrent) ?? null
  const keeper = canAccess(networkApi.publishCharter.access, session)
  const reload = () => {
    void charters.reload()
    void signatures.reload()
  }
  return (
    <Page title={t('reseau.charter.title')}>
      {charters.error ? <Alert tone="error">{charters.error}</Alert> : null}
      {charters.data && !current ? <p>{t('reseau.charter.none')}</p> : null}
      {current ? <CurrentCharter key={current.id} current={current} /> : null}
      {signatures.data && current ? (
        <section className="card" aria-labelledby="signatures">
          <h2 id="signatures">{t('reseau.charter.signatures')}</h2>
          <Table
            caption={t('reseau.charter.signaturesCaption', { version: current.version })}
            columns={[
              t('reseau.charter.structure'),
              t('reseau.charter.signatory'),
              t('reseau.charter.signedAt'),
              t('reseau.charter.method'),
            ]}
            isEmpty={signatures.data.items.length === 0}
            empty={t('reseau.charter.noStructure')}
          >
            {signatures.data.items.map((s) => (
              <tr key={s.structureId}>
                <th scope="row">
                  <Link href={`/reseau/structures/${s.structureId}`}>
                    <bdi>{s.name}</bdi>
                  </Link>
                </th>
                <td>{s.latest ? <bdi>{s.latest.signatoryName}</bdi> : t('reseau.charter.notSigned')}</td>
                <td>
                  {s.latest
                    ? `${formatDate(s.latest.signedAt, i18n.language)}${
                        s.signedCurrent
                          ? ''
                          : ` (${t('reseau.charter.version', { version: s.latest.version })})`
                      }`
                    : '—'}
                </td>
                <td>{s.latest ? t(`reseau.charter.methods.${s.latest.method}`) : '—'}</td>
              </tr>
            ))}
          </Table>
          {keeper ? (
            <>
              <h3 className="subheading">{t('reseau.charter.paper')}</h3>
              <PaperSignatureForm
                charterId={current.id}
                structures={signatures.data.items}
                onRecorded={reload}
              />
            </>
          ) : null}
        </section>
      ) : null}
      {charters.data && charters.data.length > 1 ? (
        <section className="card" aria-labelledby="versions">
          <h2 id="versions">{t('reseau.charter.versions')}</h2>
          <ul className="entries">
            {charters.data.map((c) => (
              <li key={c.id} className="entry">
                <p className="entry__title">
                  {t('reseau.charter.version', { version: c.version })} — <bdi>{c.title}</bdi>
                </p>
                <p className="small muted">
                  {t('reseau.charter.publishedAt', { at: formatDate(c.publishedAt, i18n.language) })} ·{' '}
                  {t('reseau.charter.signatureCount', { count: c.signatures })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {keeper ? (
        <section className="card" aria-labelledby="publier">
          <h2 id="publier">{t('reseau.charter.publish')}</h2>
          <PublishForm onPublished={reload} />
        </section>
      ) : null}
    </Page>
  )
}
