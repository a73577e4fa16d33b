import '../trainings.css'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  malletteCategories,
  malletteCategoryLabels,
  type MalletteCategory,
} from '../../../../../shared/modules/metiers/trainings.contract'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { sendFile } from '../../fiches/fiches.queries'
import { PublishedCheckbox } from '../components/PublishedCheckbox'
import { trainingsApi, type EditorMalletteDocument } from '../trainings.queries'

const draftOf = (doc: EditorMalletteDocument | null) => ({
  title: doc?.title ?? '',
  category: doc?.category ?? 'guide',
  summary: doc?.summary ?? '',
  externalUrl: doc?.externalUrl ?? '',
  documentDate: doc?.documentDate ?? '',
  published: doc?.published ?? false,
})

/** Adds or modifies one document; once saved, its PDF can be dropped here. */
function DocumentForm({
  doc,
  onSaved,
  onClose,
}: {
  doc: EditorMalletteDocument | null
  onSaved: (doc: EditorMalletteDocument) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { session } = useSession()
  const form = useApiForm()
  const upload = useApiForm()
  const fileId = useId()
  const [d, setD] = useState(() => draftOf(doc))
  const [current, setCurrent] = useState(doc)
  const [notice, setNotice] = useState<{ key: string; name?: string } | null>(null)
  const set =
    <K extends keyof typeof d>(key: K) =>
    (value: (typeof d)[K]) =>
      setD((x) => ({ ...x, [key]: value }))
  const tt = (key: string) => t(`metiers_trainings.mallette.${key}`)

  const submit = async () => {
    setNotice(null)
    const body = { ...d, externalUrl: d.externalUrl.trim() === '' ? null : d.externalUrl }
    const answer = await form.run(() =>
      current
        ? call(trainingsApi.saveMalletteDocument, { params: { id: current.id }, body })
        : call(trainingsApi.createMalletteDocument, { body }),
    )
    if (answer) {
      setCurrent(answer)
      setNotice({ key: 'common.saved' })
      onSaved(answer)
    }
  }

  const sendPdf = async (file: File | undefined) => {
    if (!file || !current) return
    setNotice(null)
    const answer = await upload.run(() =>
      sendFile<EditorMalletteDocument>(
        trainingsApi.uploadMalletteFile,
        { params: { id: current.id }, query: { nom: file.name } },
        file,
        session?.csrfToken ?? null,
      ),
    )
    if (answer) {
      setCurrent(answer)
      setNotice({ key: 'metiers_trainings.mallette.uploaded', name: answer.fileName ?? file.name })
      onSaved(answer)
    }
  }

  const heading = current
    ? t('metiers_trainings.mallette.editTitle', { title: current.title })
    : tt('newTitle')
  return (
    <section className="card" aria-labelledby="document-mallette">
      <h2 id="document-mallette">{heading}</h2>
      {notice ? <Alert tone="success">{t(notice.key, { name: notice.name })}</Alert> : null}
      <Form state={form} onSubmit={submit} label={heading}>
        <TextField
          dir="auto"
          label={tt('titleField')}
          name="title"
          value={d.title}
          onChange={set('title')}
          isRequired
        />
        <Select
          label={tt('category')}
          name="category"
          options={malletteCategories.map((c) => ({ id: c, label: malletteCategoryLabels[c] }))}
          value={d.category}
          onChange={(v) => v && set('category')(v as MalletteCategory)}
          isRequired
        />
        <TextArea label={tt('summary')} name="summary" value={d.summary} onChange={set('summary')} rows={4} />
        <NativeField
          type="date"
          label={tt('documentDate')}
          name="documentDate"
          value={d.documentDate}
          onChange={set('documentDate')}
        />
        <TextField
          label={tt('externalUrl')}
          description={tt('externalUrlHelp')}
          name="externalUrl"
          value={d.externalUrl}
          onChange={set('externalUrl')}
          type="url"
          inputMode="url"
          dir="ltr"
        />
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
          <Button onPress={onClose}>{tt('close')}</Button>
        </div>
      </Form>
      {current ? (
        <Form state={upload} onSubmit={() => undefined} label={tt('file')}>
          <div className="field">
            <label className="field__label" htmlFor={fileId}>
              {tt('upload')}
            </label>
            <p className="field__help" id={`${fileId}-aide`}>
              {current.fileName
                ? t('metiers_trainings.mallette.currentFile', { name: current.fileName })
                : null}{' '}
              {tt('uploadHelp')}
            </p>
            <input
              id={fileId}
              className="tr-file-input"
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={`${fileId}-aide`}
              disabled={upload.pending}
              onChange={(e) => void sendPdf(e.currentTarget.files?.[0])}
            />
          </div>
        </Form>
      ) : null}
    </section>
  )
}

/** « Mallette de l’alternance »: the editors' documents, published or not, to add, modify, publish or delete. */
export function MallettePage() {
  const { t, i18n } = useTranslation()
  const list = useLoad(() => call(trainingsApi.editorMallette, {}))
  const [editing, setEditing] = useState<EditorMalletteDocument | 'new' | null>(null)
  const [deleting, setDeleting] = useState<EditorMalletteDocument | null>(null)
  const tt = (key: string) => t(`metiers_trainings.mallette.${key}`)
  return (
    <Page title={tt('title')} intro={tt('intro')}>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {editing ? (
        <DocumentForm
          key={editing === 'new' ? 'nouveau' : editing.id}
          doc={editing === 'new' ? null : editing}
          onSaved={() => void list.reload()}
          onClose={() => setEditing(null)}
        />
      ) : (
        <div className="form__actions">
          <Button variant="primary" onPress={() => setEditing('new')}>
            {tt('add')}
          </Button>
        </div>
      )}
      {list.data ? (
        <Table
          caption={tt('caption')}
          columns={[tt('doc'), tt('category'), tt('date'), tt('source'), tt('state'), t('common.actions')]}
          isEmpty={list.data.length === 0}
          empty={tt('none')}
        >
          {list.data.map((doc) => (
            <tr key={doc.id}>
              <td>{doc.title}</td>
              <td>{malletteCategoryLabels[doc.category]}</td>
              <td>{formatDate(doc.documentDate, i18n.language)}</td>
              <td>{doc.fileName ? tt('file') : doc.externalUrl ? tt('link') : tt('nothing')}</td>
              <td>{doc.published ? tt('published') : tt('draft')}</td>
              <td>
                <div className="form__actions">
                  <Button
                    variant="quiet"
                    onPress={() => setEditing(doc)}
                    aria-label={`${t('common.edit')} : ${doc.title}`}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="quiet"
                    onPress={() => setDeleting(doc)}
                    aria-label={`${tt('delete')} : ${doc.title}`}
                  >
                    {tt('delete')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </Table>
      ) : list.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('metiers_trainings.mallette.deleteTitle', { title: deleting.title })}
          confirmLabel={tt('delete')}
          onConfirm={async () => {
            await call(trainingsApi.deleteMalletteDocument, { params: { id: deleting.id } })
            if (editing !== 'new' && editing?.id === deleting.id) setEditing(null)
            await list.reload()
          }}
          onClose={() => setDeleting(null)}
        >
          <p>{tt('deleteText')}</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
