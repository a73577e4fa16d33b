import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { Form, useApiForm } from '../../../ui/Form'
import { usagersApi, type Person } from '../usagers.queries'
import { draftOf, inputOf, type PersonDraft, type Section } from '../person-draft'
import { sectionFields } from './PersonFields'

interface SectionCardProps {
  id: string
  title: string
  children: ReactNode
  /** Extra buttons beside the title (add a member…). */
  actions?: ReactNode
}

/** A section of the file: a card with its heading; its content reads as a list of facts. */
export function SectionCard({ id, title, children, actions }: SectionCardProps) {
  return (
    <section className="card person-section" aria-labelledby={id}>
      <div className="person-section__head">
        <h2 id={id}>{title}</h2>
        {actions ? <div className="actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  )
}

interface EditSectionProps {
  section: Section
  title: string
  person: Person
  onSaved: (person: Person) => void
}

/** "Modifier" beside a section: a dialog with that section's fields only, saved at once. */
export function EditSection({ section, title, person, onSaved }: EditSectionProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button variant="secondary" onPress={() => setOpen(true)}>
        {t('common.edit')}
        <span className="visually-hidden"> {title}</span>
      </Button>
      {open ? (
        <EditSectionDialog
          section={section}
          title={title}
          person={person}
          onClose={() => setOpen(false)}
          onSaved={(next) => {
            setOpen(false)
            onSaved(next)
          }}
        />
      ) : null}
    </>
  )
}

function EditSectionDialog({
  section,
  title,
  person,
  onSaved,
  onClose,
}: EditSectionProps & { onClose: () => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(person))
  const Fields = sectionFields[section]
  const submit = async () => {
    const next = await form.run(() =>
      call(usagersApi.update, { params: { id: person.id }, body: inputOf(draft, [section]) }),
    )
    if (next) onSaved(next)
  }
  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form state={form} onSubmit={submit} label={title}>
        <Fields draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
          <Button onPress={onClose}>{t('common.cancel')}</Button>
        </div>
      </Form>
    </Dialog>
  )
}
