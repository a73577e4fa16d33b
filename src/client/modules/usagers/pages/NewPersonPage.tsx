import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../api'
import { ApiError } from '../../../api/errors'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { AddressFields, ContactFields, IdentityFields, LanguageFields } from '../components/PersonFields'
import { emptyDraft, inputOf, type PersonDraft } from '../person-draft'
import { DuplicateList } from '../components/DuplicateList'
import { usagersApi, type Duplicate } from '../usagers.queries'
import '../usagers.css'

/**
 * "Nouvelle personne": nothing is mandatory (an anonymous first contact is allowed). Before
 * saving, the server proposes the files that may be the same person; the agent opens one, or
 * confirms it is someone else.
 */
export function NewPersonPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const form = useApiForm()
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft)
  const [candidates, setCandidates] = useState<Duplicate[] | null>(null)
  const proposal = useRef<HTMLHeadingElement>(null)
  const change = (patch: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setCandidates(null)
  }

  const names = () => {
    const input = inputOf(draft, ['identity'])
    return {
      firstName: input.firstName,
      lastName: input.lastName,
      birthName: input.birthName,
      pseudonym: input.pseudonym,
      birthDate: input.birthDate,
    }
  }

  const propose = (found: Duplicate[]) => {
    setCandidates(found)
    setTimeout(() => proposal.current?.focus(), 0)
  }

  const create = (confirmNotDuplicate: boolean) =>
    form.run(async () => {
      try {
        const created = await call(usagersApi.create, { body: { ...inputOf(draft), confirmNotDuplicate } })
        navigate(`/usagers/${created.id}?cree=1`)
      } catch (e) {
        // Someone created a similar file meanwhile: the server refuses, the proposal shows it.
        if (e instanceof ApiError && e.status === 409 && !confirmNotDuplicate) {
          propose(await call(usagersApi.duplicates, { body: names() }))
          return
        }
        throw e
      }
    })

  const submit = async () => {
    const found = await form.run(() => call(usagersApi.duplicates, { body: names() }))
    if (found === undefined) return
    if (found.length > 0) propose(found)
    else await create(false)
  }

  const fields = { draft, onChange: change }
  return (
    <Page title={t('usagers.create.title')} intro={t('usagers.create.intro')}>
      <Form state={form} onSubmit={submit} className="form person-form">
        <fieldset className="person-fieldset">
          <legend className="person-fieldset__legend">{t('usagers.sections.identity')}</legend>
          <IdentityFields {...fields} />
        </fieldset>
        <fieldset className="person-fieldset">
          <legend className="person-fieldset__legend">{t('usagers.sections.contact')}</legend>
          <ContactFields {...fields} />
        </fieldset>
        <fieldset className="person-fieldset">
          <legend className="person-fieldset__legend">{t('usagers.sections.address')}</legend>
          <AddressFields {...fields} />
        </fieldset>
        <fieldset className="person-fieldset">
          <legend className="person-fieldset__legend">{t('usagers.sections.languages')}</legend>
          <LanguageFields {...fields} />
        </fieldset>
        <p className="field__help">{t('usagers.create.more')}</p>
        {candidates && candidates.length > 0 ? (
          <section className="duplicates" aria-labelledby="doublons-possibles">
            <h2 id="doublons-possibles" ref={proposal} tabIndex={-1}>
              {t('usagers.duplicates.title', { count: candidates.length })}
            </h2>
            <p>{t('usagers.duplicates.intro')}</p>
            <DuplicateList candidates={candidates} />
            <div className="form__actions">
              <Button variant="primary" onPress={() => void create(true)} isPending={form.pending}>
                {t('usagers.duplicates.confirmOther')}
              </Button>
              <Button variant="quiet" onPress={() => setCandidates(null)}>
                {t('usagers.duplicates.backToForm')}
              </Button>
            </div>
          </section>
        ) : (
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('usagers.create.submit')}
            </Button>
          </div>
        )}
      </Form>
    </Page>
  )
}
