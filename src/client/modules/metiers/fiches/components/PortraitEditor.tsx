import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { useSession } from '../../../../app/session'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { fichesApi, sendFile, type EditorPortrait } from '../fiches.queries'
import { RichTextField } from './RichTextField'

interface PortraitDraft {
  name: string
  roleLabel: string
  workplace: string
  quote: string
  storyHtml: string
  transcript: string
}

const draftOf = (p: EditorPortrait | null): PortraitDraft => ({
  name: p?.name ?? '',
  roleLabel: p?.roleLabel ?? '',
  workplace: p?.workplace ?? '',
  quote: p?.quote ?? '',
  storyHtml: p?.storyHtml ?? '',
  transcript: p?.transcript ?? '',
})

function FilePicker({
  label,
  accept,
  help,
  onFile,
}: {
  label: string
  accept: string
  help: string
  onFile: (f: File | null) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__help" id={`${id}-help`}>
        {help}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-help`}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </div>
  )
}

/** One portrait of a fiche: its texts, its photo (with its description) and its video (with captions). */
export function PortraitEditor({
  ficheId,
  portrait,
  onSaved,
  onDeleted,
}: {
  ficheId: string
  portrait: EditorPortrait | null
  onSaved: (p: EditorPortrait) => void
  onDeleted?: () => void
}) {
  const { t } = useTranslation()
  const { session } = useSession()
  const csrf = session?.csrfToken ?? null
  const [draft, setDraft] = useState(draftOf(portrait))
  useEffect(() => setDraft(draftOf(portrait)), [portrait])
  const form = useApiForm()
  const media = useApiForm()
  const [saved, setSaved] = useState<string | null>(null)
  const [photo, setPhoto] = useState<File | null>(null)
  const [alt, setAlt] = useState(portrait?.photoAlt ?? '')
  const [video, setVideo] = useState<File | null>(null)
  const [captions, setCaptions] = useState<File | null>(null)
  const set = (patch: Partial<PortraitDraft>) => {
    setSaved(null)
    setDraft({ ...draft, ...patch })
  }
  const title = portrait
    ? t('metiers_fiches.portraits.editTitle', { name: portrait.name })
    : t('metiers_fiches.portraits.newTitle')

  const save = async () => {
    const next = portrait
      ? await form.run(() => call(fichesApi.updatePortrait, { params: { id: portrait.id }, body: draft }))
      : await form.run(() => call(fichesApi.createPortrait, { params: { id: ficheId }, body: draft }))
    if (next) {
      onSaved(next)
      setSaved(t('metiers_fiches.portraits.saved'))
      if (!portrait) setDraft(draftOf(null))
    }
  }

  const upload = async (
    route: { method: string; path: string },
    file: File | null,
    query?: Record<string, string>,
  ) => {
    if (!portrait) return
    if (!file) return media.fail(t('metiers_fiches.portraits.fileRequired'))
    const next = await media.run(() =>
      sendFile<EditorPortrait>(route, { params: { id: portrait.id }, query }, file, csrf),
    )
    if (next) {
      onSaved(next)
      setSaved(t('metiers_fiches.portraits.fileSaved'))
    }
  }

  const remove = async () => {
    if (!portrait) return
    const done = await form.run(() => call(fichesApi.deletePortrait, { params: { id: portrait.id } }))
    if (done) onDeleted?.()
  }

  return (
    <section className="fiche-portrait" aria-label={title}>
      <h3>{title}</h3>
      <Form state={form} onSubmit={save} label={title}>
        <TextField
          label={t('metiers_fiches.portraits.name')}
          name="name"
          value={draft.name}
          onChange={(name) => set({ name })}
          isRequired
        />
        <TextField
          label={t('metiers_fiches.portraits.roleLabel')}
          name="roleLabel"
          value={draft.roleLabel}
          onChange={(roleLabel) => set({ roleLabel })}
          isRequired
        />
        <TextField
          label={t('metiers_fiches.portraits.workplace')}
          name="workplace"
          value={draft.workplace}
          onChange={(workplace) => set({ workplace })}
        />
        <TextField
          label={t('metiers_fiches.portraits.quote')}
          name="quote"
          value={draft.quote}
          onChange={(quote) => set({ quote })}
        />
        <RichTextField
          label={t('metiers_fiches.portraits.story')}
          name="storyHtml"
          value={draft.storyHtml}
          onChange={(storyHtml) => set({ storyHtml })}
          rows={5}
        />
        <TextArea
          label={t('metiers_fiches.portraits.transcript')}
          description={t('metiers_fiches.portraits.transcriptHelp')}
          name="transcript"
          value={draft.transcript}
          onChange={(transcript) => set({ transcript })}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {portrait ? t('metiers_fiches.portraits.save') : t('metiers_fiches.portraits.add')}
          </Button>
          {portrait ? (
            <Button variant="danger" onPress={() => void remove()}>
              {t('metiers_fiches.portraits.delete')}
            </Button>
          ) : null}
        </div>
      </Form>
      {portrait ? (
        <Form
          state={media}
          onSubmit={() => upload(fichesApi.uploadPhoto, photo, { alt })}
          label={t('metiers_fiches.portraits.media', { name: portrait.name })}
        >
          {portrait.photoUrl ? (
            <img
              className="fiche-portrait__photo"
              src={portrait.photoUrl}
              alt={portrait.photoAlt}
              width={160}
            />
          ) : null}
          <FilePicker
            label={t('metiers_fiches.portraits.photo')}
            accept="image/jpeg,image/png,image/webp"
            help={t('metiers_fiches.portraits.photoHelp')}
            onFile={setPhoto}
          />
          <TextField
            label={t('metiers_fiches.portraits.alt')}
            description={t('metiers_fiches.portraits.altHelp')}
            name="alt"
            value={alt}
            onChange={setAlt}
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" isPending={media.pending}>
              {t('metiers_fiches.portraits.sendPhoto')}
            </Button>
            {portrait.photoUrl ? (
              <Button
                variant="quiet"
                onPress={() =>
                  void media
                    .run(() => call(fichesApi.deletePhoto, { params: { id: portrait.id } }))
                    .then((p) => p && onSaved(p))
                }
              >
                {t('metiers_fiches.portraits.removePhoto')}
              </Button>
            ) : null}
          </div>
          <FilePicker
            label={t('metiers_fiches.portraits.video')}
            accept="video/mp4,video/webm"
            help={t('metiers_fiches.portraits.videoHelp')}
            onFile={setVideo}
          />
          <Button onPress={() => void upload(fichesApi.uploadVideo, video)}>
            {t('metiers_fiches.portraits.sendVideo')}
          </Button>
          <FilePicker
            label={t('metiers_fiches.portraits.captions')}
            accept=".vtt,text/vtt"
            help={t('metiers_fiches.portraits.captionsHelp')}
            onFile={setCaptions}
          />
          <Button onPress={() => void upload(fichesApi.uploadCaptions, captions)}>
            {t('metiers_fiches.portraits.sendCaptions')}
          </Button>
          {portrait.hasVideo && !portrait.hasCaptions ? (
            <Alert tone="info">{t('metiers_fiches.portraits.captionsMissing')}</Alert>
          ) : null}
          {portrait.hasVideo ? (
            <Button
              variant="quiet"
              onPress={() =>
                void media
                  .run(() => call(fichesApi.deleteVideo, { params: { id: portrait.id } }))
                  .then((p) => p && onSaved(p))
              }
            >
              {t('metiers_fiches.portraits.removeVideo')}
            </Button>
          ) : null}
        </Form>
      ) : null}
      {saved ? (
        <p role="status" className="fiche-saved">
          {saved}
        </p>
      ) : null}
    </section>
  )
}
