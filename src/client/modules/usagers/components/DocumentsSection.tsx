import { useId, useState } from 'react'
import { FileTrigger, Label, ProgressBar } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { documentMimeTypes, MAX_DOCUMENT_BYTES } from '../../../../shared/modules/usagers/usagers.policy'
import { fillPath } from '../../../api/request'
import { formatDateTime } from '../../../app/format'
import { useSession } from '../../../app/session'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Select } from '../../../ui/Select'
import { Alert } from '../../../ui/Alert'
import { formatSize, isDocumentKind, usePersonLabels } from '../usagers.labels'
import { uploadDocument, usagersApi, type Person } from '../usagers.queries'
import { SectionCard } from './SectionCard'

/** What the browser may pick; the server checks the bytes themselves, whatever the name. */
const accepted = [...documentMimeTypes, '.pdf', '.png', '.jpg', '.jpeg', '.webp']

interface DocumentsSectionProps {
  person: Person
  writable: boolean
  onUploaded: () => void
}

/** Documents: the list, and an upload with its type and size stated first and its progress shown. */
export function DocumentsSection({ person, writable, onUploaded }: DocumentsSectionProps) {
  const { t, i18n } = useTranslation()
  const labels = usePersonLabels()
  const { session } = useSession()
  const form = useApiForm()
  const [kind, setKind] = useState<string | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [uploaded, setUploaded] = useState<string | null>(null)
  const fileLabel = useId()
  const fileHelp = useId()
  const fileError = useId()
  const maxSize = formatSize(MAX_DOCUMENT_BYTES, i18n.language)
  // A refusal of the file itself (type, size) is shown by the file picker too.
  const serverFileError =
    form.error && (form.error.fields.length === 0 || form.error.fields.some((f) => f.field === 'file'))
      ? form.error.message
      : undefined

  const pick = (picked: File | undefined) => {
    setUploaded(null)
    form.clear()
    if (!picked) return
    setFile(picked)
  }

  const submit = async () => {
    setUploaded(null)
    if (!isDocumentKind(kind)) return form.fail(t('usagers.documents.kindRequired'), 'kind')
    if (!file) return form.fail(t('usagers.documents.fileRequired'), 'file')
    if (file.size > MAX_DOCUMENT_BYTES) {
      return form.fail(
        t('usagers.documents.tooBig', { size: formatSize(file.size, i18n.language), max: maxSize }),
        'file',
      )
    }
    if (file.size === 0) return form.fail(t('usagers.documents.empty'), 'file')
    setProgress(0)
    const document = await form.run(() =>
      uploadDocument(
        { usagerId: person.id, kind, file, csrfToken: session?.csrfToken ?? null },
        (sent, total) => setProgress(total > 0 ? Math.round((sent / total) * 100) : 0),
      ),
    )
    setProgress(null)
    if (!document) return
    setUploaded(document.fileName)
    setFile(null)
    setKind(null)
    onUploaded()
  }

  const fileMessage = form.fieldErrors.file ?? serverFileError
  return (
    <SectionCard id="section-documents" title={t('usagers.sections.documents')}>
      {person.documents.length === 0 ? (
        <p className="muted">{t('usagers.documents.none')}</p>
      ) : (
        <ul className="person-list">
          {person.documents.map((d) => (
            <li key={d.id} className="person-list__item">
              <p className="person-list__title">
                <a href={fillPath(usagersApi.downloadDocument.path, { id: d.id })} download={d.fileName}>
                  <bdi>{d.fileName}</bdi>
                </a>
              </p>
              <p className="small">
                {[
                  labels.documentKind(d.kind),
                  t(`usagers.documents.types.${d.mimeType.replace(/\W/g, '_')}`),
                  formatSize(d.sizeBytes, i18n.language),
                  t('usagers.documents.addedOn', { date: formatDateTime(d.createdAt, i18n.language) }),
                ].join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {writable ? (
        <Form state={form} onSubmit={submit} label={t('usagers.documents.add')}>
          <h3 className="person-section__subtitle">{t('usagers.documents.add')}</h3>
          <Select
            label={t('usagers.documents.kind')}
            name="kind"
            options={labels.documentKindOptions}
            value={kind}
            onChange={setKind}
            placeholder={t('usagers.documents.kindPlaceholder')}
            isRequired
          />
          <div
            role="group"
            aria-labelledby={fileLabel}
            aria-describedby={fileMessage ? `${fileHelp} ${fileError}` : fileHelp}
            aria-invalid={fileMessage ? true : undefined}
            className="field"
          >
            <span id={fileLabel} className="field__label">
              {t('usagers.documents.file')}
            </span>
            <p id={fileHelp} className="field__help">
              {t('usagers.documents.rules', { max: maxSize })}
            </p>
            <div className="form__actions">
              <FileTrigger acceptedFileTypes={accepted} onSelect={(files) => pick(files?.[0])}>
                <Button aria-describedby={fileMessage ? `${fileHelp} ${fileError}` : fileHelp}>
                  {t('usagers.documents.pick')}
                </Button>
              </FileTrigger>
              {file ? (
                <p className="document-chosen">
                  {t('usagers.documents.chosen')} <bdi>{file.name}</bdi> (
                  {formatSize(file.size, i18n.language)})
                </p>
              ) : null}
            </div>
            {fileMessage ? (
              <p className="field__error" id={fileError}>
                {fileMessage}
              </p>
            ) : null}
          </div>
          {progress !== null ? (
            <ProgressBar className="upload-progress" value={progress}>
              {({ percentage, valueText }) => (
                <>
                  <Label className="field__label">{t('usagers.documents.sending')}</Label>
                  <span className="upload-progress__value">{valueText}</span>
                  <div className="upload-progress__track">
                    <div className="upload-progress__fill" style={{ inlineSize: `${percentage ?? 0}%` }} />
                  </div>
                </>
              )}
            </ProgressBar>
          ) : null}
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('usagers.documents.submit')}
            </Button>
          </div>
          {uploaded ? (
            <Alert tone="success">{t('usagers.documents.uploaded', { name: uploaded })}</Alert>
          ) : null}
        </Form>
      ) : null}
    </SectionCard>
  )
}
