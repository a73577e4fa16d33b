import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { Form, useApiForm } from '../../../ui/Form'
import { Select } from '../../../ui/Select'
import { TextField } from '../../../ui/TextField'
import { formatCivil, isRelation, usePersonLabels } from '../usagers.labels'
import { personName, usagersApi, type HouseholdMember, type Person } from '../usagers.queries'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { SectionCard } from './SectionCard'

interface MemberDialogProps {
  person: Person
  member: HouseholdMember | null
  onClose: () => void
  onSaved: () => void
}

/** Adds a member of the household, or changes one. */
function MemberDialog({ person, member, onClose, onSaved }: MemberDialogProps) {
  const { t } = useTranslation()
  const labels = usePersonLabels()
  const form = useApiForm()
  const [firstName, setFirstName] = useState(member?.firstName ?? '')
  const [lastName, setLastName] = useState(member?.lastName ?? person.lastName ?? '')
  const [relation, setRelation] = useState<string | null>(member?.relation ?? null)
  const [birthDate, setBirthDate] = useState(member?.birthDate ?? '')
  const title = member ? t('usagers.household.editTitle') : t('usagers.household.addTitle')

  const submit = async () => {
    if (!isRelation(relation)) return form.fail(t('usagers.household.relationRequired'), 'relation')
    const body = {
      firstName: firstName.trim() || null,
      lastName: lastName.trim() || null,
      relation,
      birthDate: birthDate || null,
    }
    const saved = await form.run(() =>
      member
        ? call(usagersApi.updateHouseholdMember, { params: { id: member.id }, body })
        : call(usagersApi.addHouseholdMember, { params: { id: person.id }, body }),
    )
    if (saved) onSaved()
  }

  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form state={form} onSubmit={submit} label={title}>
        <Select
          label={t('usagers.household.relation')}
          name="relation"
          options={labels.relationOptions}
          value={relation}
          onChange={setRelation}
          placeholder={t('usagers.household.relationPlaceholder')}
          isRequired
        />
        <TextField
          label={t('usagers.fields.firstName')}
          name="firstName"
          value={firstName}
          onChange={setFirstName}
          autoComplete="off"
          dir="auto"
        />
        <TextField
          label={t('usagers.fields.lastName')}
          name="lastName"
          value={lastName}
          onChange={setLastName}
          autoComplete="off"
          dir="auto"
        />
        <TextField
          label={t('usagers.fields.birthDate')}
          name="birthDate"
          type="date"
          value={birthDate}
          onChange={setBirthDate}
          dir="ltr"
        />
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

interface HouseholdSectionProps {
  person: Person
  writable: boolean
  onChanged: () => void
}

/** Foyer: the people living with the person (children, partner…). */
export function HouseholdSection({ person, writable, onChanged }: HouseholdSectionProps) {
  const { t, i18n } = useTranslation()
  const labels = usePersonLabels()
  const [editing, setEditing] = useState<HouseholdMember | 'new' | null>(null)
  const [removing, setRemoving] = useState<HouseholdMember | null>(null)
  const title = t('usagers.sections.household')
  const nameOf = (m: HouseholdMember) => personName(m) ?? t('usagers.unnamed')

  return (
    <SectionCard
      id="section-foyer"
      title={title}
      actions={
        writable ? <Button onPress={() => setEditing('new')}>{t('usagers.household.add')}</Button> : null
      }
    >
      {person.household.length === 0 ? (
        <p className="muted">{t('usagers.household.none')}</p>
      ) : (
        <ul className="person-list">
          {person.household.map((m) => (
            <li key={m.id} className="person-list__item">
              <p className="person-list__title">
                <bdi>{nameOf(m)}</bdi> <span className="muted">({labels.relation(m.relation)})</span>
              </p>
              <p className="small">
                {m.birthDate
                  ? t('usagers.born', { date: formatCivil(m.birthDate, i18n.language) })
                  : t('usagers.birthDateUnknown')}
              </p>
              {writable ? (
                <div className="actions">
                  <Button variant="quiet" onPress={() => setEditing(m)}>
                    {t('common.edit')}
                    <span className="visually-hidden"> {nameOf(m)}</span>
                  </Button>
                  <Button variant="quiet" onPress={() => setRemoving(m)}>
                    {t('usagers.household.remove')}
                    <span className="visually-hidden"> {nameOf(m)}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <MemberDialog
          person={person}
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            onChanged()
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('usagers.household.removeTitle')}
          confirmLabel={t('usagers.household.remove')}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await call(usagersApi.removeHouseholdMember, { params: { id: removing.id } })
            onChanged()
          }}
        >
          <p>{t('usagers.household.removeText', { name: nameOf(removing) })}</p>
        </ConfirmDialog>
      ) : null}
    </SectionCard>
  )
}
