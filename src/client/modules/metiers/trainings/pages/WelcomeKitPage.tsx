import '../trainings.css'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WelcomeKitInput } from '../../../../../shared/modules/metiers/trainings.contract'
import { call } from '../../../../api'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { sendFile } from '../../fiches/fiches.queries'
import { PublishedCheckbox } from '../components/PublishedCheckbox'
import { trainingsApi, type EditorWelcomeKit } from '../trainings.queries'

type Kit = NonNullable<EditorWelcomeKit['kit']>
type Step = Kit['checklist'][number]
type Contact = Kit['contacts'][number]

const draftOf = (kit: Kit | null, defaultTitle: string) => ({
  title: kit?.title ?? defaultTitle,
  welcomeText: kit?.welcomeText ?? '',
  checklist: kit?.checklist ?? [],
  contacts: kit?.contacts ?? [],
  malletteDocumentIds: kit?.malletteDocumentIds ?? [],
  published: kit?.published ?? false,
})

/** The link to give apprentices, with a copy button and its renewal. */
function ShareCard({ kit, onChanged }: { kit: Kit; onChanged: (state: EditorWelcomeKit) => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [notice, setNotice] = useState<string | null>(null)
  const link = `${window.location.origin}${kit.sharePath}`
  const tt = (key: string) => t(`metiers_trainings.kit.${key}`)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setNotice('copied')
    } catch {
      setNotice(null)
    }
  }
  const renew = async () => {
    const answer = await form.run(() => call(trainingsApi.renewWelcomeKitLink, {}))
    if (answer) {
      setNotice('renewed')
      onChanged(answer)
    }
  }
  return (
    <section className="card" aria-labelledby="lien-kit">
      <h2 id="lien-kit">{tt('share')}</h2>
      <p>{kit.published ? tt('shared') : tt('notShared')}</p>
      <p className="tr-link" dir="ltr" aria-label={tt('link')}>
        {link}
      </p>
      <div role="status">{notice ? <Alert tone="success">{tt(notice)}</Alert> : null}</div>
      <Form state={form} onSubmit={renew} label={tt('share')}>
        <p className="field__help">{tt('renewHelp')}</p>
        <div className="form__actions">
          <Button variant="primary" onPress={() => void copy()}>
            {tt('copy')}
          </Button>
          <Button type="submit" isPending={form.pending}>
            {tt('renew')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** The employer's own PDFs in the kit: drop one, remove one. */
function KitFiles({ kit, onChanged }: { kit: Kit; onChanged: (state: EditorWelcomeKit) => void }) {
  const { t } = useTranslation()
  const { session } = useSession()
  const form = useApiForm()
  const fileId = useId()
  const tt = (key: string) => t(`metiers_trainings.kit.${key}`)
  const send = async (file: File | undefined) => {
    if (!file) return
    const answer = await form.run(() =>
      sendFile<EditorWelcomeKit>(
        trainingsApi.uploadWelcomeKitFile,
        { query: { nom: file.name } },
        file,
        session?.csrfToken ?? null,
      ),
    )
    if (answer) onChanged(answer)
  }
  const remove = async (id: string) => {
    const answer = await form.run(() => call(trainingsApi.deleteWelcomeKitFile, { params: { id } }))
    if (answer) onChanged(answer)
  }
  return (
    <section className="card" aria-labelledby="fichiers-kit">
      <h2 id="fichiers-kit">{tt('files')}</h2>
      {kit.files.length === 0 ? <p>{tt('filesNone')}</p> : null}
      {kit.files.length > 0 ? (
        <ul>
          {kit.files.map((f) => (
            <li key={f.id}>
              {f.fileName}{' '}
              <Button variant="quiet" onPress={() => void remove(f.id)}>
                {t('metiers_trainings.kit.removeFile', { title: f.fileName })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Form state={form} onSubmit={() => undefined} label={tt('files')}>
        <div className="field">
          <label className="field__label" htmlFor={fileId}>
            {tt('upload')}
          </label>
          <p className="field__help" id={`${fileId}-aide`}>
            {tt('filesHelp')}
          </p>
          <input
            id={fileId}
            className="tr-file-input"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby={`${fileId}-aide`}
            disabled={form.pending}
            onChange={(e) => void send(e.currentTarget.files?.[0])}
          />
        </div>
      </Form>
    </section>
  )
}

function KitForm({
  state,
  onSaved,
}: {
  state: EditorWelcomeKit
  onSaved: (state: EditorWelcomeKit) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const tt = (key: string) => t(`metiers_trainings.kit.${key}`)
  const [d, setD] = useState(() => draftOf(state.kit, tt('defaultTitle')))
  const [saved, setSaved] = useState(false)
  const set =
    <K extends keyof typeof d>(key: K) =>
    (value: (typeof d)[K]) =>
      setD((x) => ({ ...x, [key]: value }))
  const setStep = (i: number, key: keyof Step, value: string) =>
    setD((x) => ({ ...x, checklist: x.checklist.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }))
  const setContact = (i: number, key: keyof Contact, value: string) =>
    setD((x) => ({ ...x, contacts: x.contacts.map((c, j) => (j === i ? { ...c, [key]: value } : c)) }))

  const submit = async () => {
    setSaved(false)
    const body: WelcomeKitInput = d
    const answer = await form.run(() => call(trainingsApi.saveWelcomeKit, { body }))
    if (answer) {
      setSaved(true)
      onSaved(answer)
    }
  }

  return (
    <section className="card" aria-labelledby="contenu-kit">
      <h2 id="contenu-kit">{tt('compose')}</h2>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={tt('compose')}>
        <TextField
          dir="auto"
          label={tt('titleField')}
          name="title"
          value={d.title}
          onChange={set('title')}
          isRequired
        />
        <TextArea
          label={tt('welcomeText')}
          name="welcomeText"
          value={d.welcomeText}
          onChange={set('welcomeText')}
          rows={6}
        />
        <h3>{tt('checklist')}</h3>
        {d.checklist.map((s, i) => (
          <fieldset key={i} className="tr-fieldset">
            <legend>{t('metiers_trainings.kit.stepLegend', { n: i + 1 })}</legend>
            <TextField
              dir="auto"
              label={tt('when')}
              description={tt('whenHelp')}
              name={`checklist.${i}.when`}
              value={s.when}
              onChange={(v) => setStep(i, 'when', v)}
              isRequired
            />
            <TextField
              dir="auto"
              label={tt('label')}
              name={`checklist.${i}.label`}
              value={s.label}
              onChange={(v) => setStep(i, 'label', v)}
              isRequired
            />
            <Button
              variant="quiet"
              onPress={() => setD((x) => ({ ...x, checklist: x.checklist.filter((_, j) => j !== i) }))}
            >
              {tt('removeStep')}
            </Button>
          </fieldset>
        ))}
        <div className="form__actions">
          <Button
            onPress={() => setD((x) => ({ ...x, checklist: [...x.checklist, { when: '', label: '' }] }))}
          >
            {tt('addStep')}
          </Button>
        </div>
        <h3>{tt('contacts')}</h3>
        {d.contacts.map((c, i) => (
          <fieldset key={i} className="tr-fieldset">
            <legend>{t('metiers_trainings.kit.contactLegend', { n: i + 1 })}</legend>
            <TextField
              dir="auto"
              label={tt('role')}
              name={`contacts.${i}.role`}
              value={c.role}
              onChange={(v) => setContact(i, 'role', v)}
              isRequired
            />
            <TextField
              dir="auto"
              label={tt('contactName')}
              name={`contacts.${i}.name`}
              value={c.name}
              onChange={(v) => setContact(i, 'name', v)}
              isRequired
            />
            <TextField
              label={tt('contactEmail')}
              name={`contacts.${i}.email`}
              value={c.email}
              onChange={(v) => setContact(i, 'email', v)}
              type="email"
              inputMode="email"
              dir="ltr"
            />
            <TextField
              label={tt('contactPhone')}
              description={tt('contactPhoneHelp')}
              name={`contacts.${i}.phone`}
              value={c.phone}
              onChange={(v) => setContact(i, 'phone', v)}
              type="tel"
              inputMode="tel"
              dir="ltr"
            />
            <Button
              variant="quiet"
              onPress={() => setD((x) => ({ ...x, contacts: x.contacts.filter((_, j) => j !== i) }))}
            >
              {tt('removeContact')}
            </Button>
          </fieldset>
        ))}
        <div className="form__actions">
          <Button
            onPress={() =>
              setD((x) => ({ ...x, contacts: [...x.contacts, { role: '', name: '', email: '', phone: '' }] }))
            }
          >
            {tt('addContact')}
          </Button>
        </div>
        {state.mallette.length > 0 ? (
          <CheckboxGroup
            label={tt('documents')}
            name="malletteDocumentIds"
            options={state.mallette.map((m) => ({ id: m.id, label: m.title }))}
            value={d.malletteDocumentIds}
            onChange={set('malletteDocumentIds')}
          />
        ) : (
          <p>{tt('documentsNone')}</p>
        )}
        <PublishedCheckbox
          name="published"
          label={tt('publishedField')}
          value={d.published}
          onChange={set('published')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** « Kit d’accueil des apprentis »: the employer composes it, shares its link, renews it, adds its own PDFs. */
export function WelcomeKitPage() {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(trainingsApi.editorWelcomeKit, {}))
  const [state, setState] = useState<EditorWelcomeKit | null>(null)
  const current = state ?? loaded.data
  const tt = (key: string) => t(`metiers_trainings.kit.${key}`)
  return (
    <Page title={tt('title')} intro={tt('intro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {current ? (
        <>
          {current.kit ? <ShareCard kit={current.kit} onChanged={setState} /> : null}
          <KitForm state={current} onSaved={setState} />
          {current.kit ? <KitFiles kit={current.kit} onChanged={setState} /> : <p>{tt('saveFirst')}</p>}
        </>
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
