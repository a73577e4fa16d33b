import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { formatDateTime } from '../../../app/format'
import { myServiceIds, useSession } from '../../../app/session'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { RadioGroup } from '../../../ui/RadioGroup'
import { Select } from '../../../ui/Select'
import { TextArea } from '../../../ui/TextArea'
import { usagersApi, useServices, type Note, type Person } from '../usagers.queries'
import { SectionCard } from './SectionCard'

type Visibility = 'service' | 'private' | 'organisation'
const isVisibility = (v: string): v is Visibility =>
  v === 'service' || v === 'private' || v === 'organisation'

interface NotesSectionProps {
  person: Person
  writable: boolean
  onAdded: () => void
}

/**
 * Notes stay inside the team: shared with one of the agent's services (the professional secret
 * is the team's), with the whole organisation, or private to their author. The server lists
 * only the notes this agent may read.
 */
export function NotesSection({ person, writable, onAdded }: NotesSectionProps) {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const services = useServices()
  const notes = useLoad(() => call(usagersApi.listNotes, { params: { id: person.id } }))
  const form = useApiForm()
  const [text, setText] = useState('')
  // A note is shared with one of the agent's own services (the server allows no other); without
  // a service, it starts private.
  const mine = myServiceIds(session)
  const myServices = (services.data ?? []).filter((s) => mine.includes(s.id))
  const [chosenVisibility, setVisibility] = useState<Visibility | null>(null)
  const visibility = chosenVisibility ?? (mine.length ? 'service' : 'private')
  const [chosenService, setServiceId] = useState<string | null>(null)
  const serviceId = chosenService ?? myServices[0]?.id ?? null
  const [added, setAdded] = useState(false)

  const serviceName = (id: string) =>
    services.data?.find((s) => s.id === id)?.name ?? t('usagers.notes.aService')
  const visibilityOf = (n: Note) =>
    n.privateToAuthor
      ? t('usagers.notes.privateLabel')
      : n.serviceId
        ? t('usagers.notes.serviceLabel', { name: serviceName(n.serviceId) })
        : t('usagers.notes.organisationLabel')

  const submit = async () => {
    setAdded(false)
    if (visibility === 'service' && !serviceId)
      return form.fail(t('usagers.notes.serviceRequired'), 'serviceId')
    const note = await form.run(() =>
      call(usagersApi.addNote, {
        params: { id: person.id },
        body: {
          text,
          serviceId: visibility === 'service' ? serviceId : null,
          privateToAuthor: visibility === 'private',
        },
      }),
    )
    if (!note) return
    setText('')
    setAdded(true)
    await notes.reload()
    onAdded()
  }

  return (
    <SectionCard id="section-notes" title={t('usagers.sections.notes')}>
      {notes.error ? <Alert tone="error">{notes.error}</Alert> : null}
      {notes.data === null && !notes.error ? <p className="muted">{t('common.loading')}</p> : null}
      {notes.data?.length === 0 ? <p className="muted">{t('usagers.notes.none')}</p> : null}
      {notes.data && notes.data.length > 0 ? (
        <ul className="person-list">
          {notes.data.map((n) => (
            <li key={n.id} className="person-list__item note">
              <p className="small">
                <strong>
                  <bdi>{n.authorName}</bdi>
                </strong>
                {' · '}
                {formatDateTime(n.createdAt, i18n.language)}
                {' · '}
                <span className="note__visibility">{visibilityOf(n)}</span>
              </p>
              <p className="note__text" dir="auto">
                {n.text}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {writable ? (
        <Form state={form} onSubmit={submit} label={t('usagers.notes.write')}>
          <h3 className="person-section__subtitle">{t('usagers.notes.write')}</h3>
          <TextArea label={t('usagers.notes.text')} name="text" value={text} onChange={setText} rows={4} />
          <RadioGroup
            label={t('usagers.notes.visibility')}
            name="privateToAuthor"
            options={[
              ...(mine.length ? [{ id: 'service', label: t('usagers.notes.toService') }] : []),
              { id: 'private', label: t('usagers.notes.toMe') },
              { id: 'organisation', label: t('usagers.notes.toOrganisation') },
            ]}
            value={visibility}
            onChange={(v) => isVisibility(v) && setVisibility(v)}
          />
          {visibility === 'service' ? (
            <Select
              label={t('usagers.notes.service')}
              description={t('usagers.notes.serviceHelp')}
              name="serviceId"
              options={myServices.map((s) => ({ id: s.id, label: s.name }))}
              value={serviceId}
              onChange={setServiceId}
              placeholder={t('usagers.notes.servicePlaceholder')}
              isRequired
            />
          ) : null}
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('usagers.notes.submit')}
            </Button>
          </div>
          {added ? <Alert tone="success">{t('usagers.notes.added')}</Alert> : null}
        </Form>
      ) : null}
    </SectionCard>
  )
}
