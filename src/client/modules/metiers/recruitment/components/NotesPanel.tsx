import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { TextArea } from '../../../../ui/TextArea'
import { recruitmentApi, type ApplicationDetail } from '../recruitment.queries'
import { ApplicationHistory } from './ApplicationHistory'

/** The team's notes on an application, newest first, and a form to add one. */
export function NotesPanel({
  application,
  onChanged,
}: {
  application: ApplicationDetail
  onChanged: (next: ApplicationDetail) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [text, setText] = useState('')
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const next = await form.run(() =>
      call(recruitmentApi.addNote, { params: { id: application.id }, body: { text } }),
    )
    if (next) {
      setText('')
      setSaved(true)
      onChanged(next)
    }
  }
  return (
    <section className="card" aria-labelledby="rc-notes-title">
      <h2 id="rc-notes-title">{t('metiers_recruitment.detail.notes')}</h2>
      <p className="small muted">{t('metiers_recruitment.detail.notesHelp')}</p>
      {application.notes.length === 0 ? (
        <p>{t('metiers_recruitment.detail.noNotes')}</p>
      ) : (
        <ApplicationHistory events={application.notes} />
      )}
      {saved ? <Alert tone="success">{t('metiers_recruitment.detail.noteSaved')}</Alert> : null}
      <Form state={form} onSubmit={submit} label={t('metiers_recruitment.detail.noteLabel')}>
        <TextArea
          label={t('metiers_recruitment.detail.noteLabel')}
          name="text"
          value={text}
          onChange={setText}
          rows={3}
        />
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t('metiers_recruitment.detail.addNote')}
          </Button>
        </div>
      </Form>
    </section>
  )
}
