import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import type { RequestChannel, RequestTheme } from '../../../../shared/modules/accueil/accueil.constants'
import { defaultAnnouncedDelays } from '../../../../shared/modules/accueil/accueil.constants'
import { dueDate, holidayOptionsFor } from '../../../../shared/modules/accueil/due-date'
import { call } from '../../../api'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { RadioGroup } from '../../../ui/RadioGroup'
import { Select } from '../../../ui/Select'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { ME, NOBODY, useAssignees } from '../accueil.assignees'
import { formatCivilDate, isChannel, isTheme, useAccueilLabels } from '../accueil.labels'
import {
  accueilApi,
  announceRequestsChanged,
  useDelays,
  usagersApi,
  type UsagerFound,
} from '../accueil.queries'
import { UsagerPicker } from '../components/UsagerPicker'
import '../accueil.css'

type Who = 'usager' | 'anonyme'

/** The due day as soon as the channel is known, with the organisation's announced delay. */
function DuePreview({ channel }: { channel: RequestChannel | null }) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  const { organisation } = useSession()
  const delays = useDelays()
  if (!channel) return <p className="due-preview muted">{t('accueil.create.dueUnknown')}</p>
  const table = { ...defaultAnnouncedDelays }
  for (const d of delays.data?.delays ?? []) table[d.channel] = d.workingDays
  const days = table[channel]
  const due = dueDate(new Date(), channel, table, holidayOptionsFor(organisation?.communeInsee))
  return (
    <p className="due-preview">
      <strong>{t('accueil.create.due', { date: formatCivilDate(due, i18n.language) })}</strong>{' '}
      <span>
        {days === 0
          ? t('accueil.create.sameDay', { channel: labels.channel(channel) })
          : t('accueil.create.delay', { count: days, channel: labels.channel(channel) })}
      </span>
    </p>
  )
}

/** The person named in the address (`?usager=…`, from their file), as the picker shows a choice. */
function usePersonFromAddress(onFound: (usager: UsagerFound) => void) {
  const id = new URLSearchParams(useSearch()).get('usager')
  useEffect(() => {
    if (!id) return
    let current = true
    call(usagersApi.get, { params: { id } })
      .then((p) => {
        if (current && !p.anonymisedAt && !p.mergedIntoId) onFound(p)
      })
      // An unknown file leaves the search open.
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [id, onFound])
}

/** Logging a request at the desk or on the phone: channel first, everything by keyboard. */
export function NewRequestPage() {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const [, navigate] = useLocation()
  const form = useApiForm()
  const assignees = useAssignees()
  const [channel, setChannel] = useState<RequestChannel | null>(null)
  const [themes, setThemes] = useState<RequestTheme[]>([])
  const [who, setWho] = useState<Who>('usager')
  const [usager, setUsager] = useState<UsagerFound | null>(null)
  const [fromFile, setFromFile] = useState<string | null>(null)
  const [contactName, setContactName] = useState('')
  const [replyTo, setReplyTo] = useState('')
  const [subject, setSubject] = useState('')
  const [message, setMessage] = useState('')
  const [chosenService, setService] = useState<string | null>(null)
  const [agent, setAgent] = useState<string | null>(ME)
  // The agent's own service until another is chosen.
  const service = chosenService ?? (assignees.ready ? assignees.defaultService : null)
  const agentOptions = assignees.agentOptions(service)
  const chooseService = (next: string | null) => {
    setService(next)
    if (!assignees.agentOptions(next).some((o) => o.id === agent)) setAgent(NOBODY)
  }
  usePersonFromAddress(
    useCallback((p: UsagerFound) => {
      setUsager(p)
      setFromFile(p.id)
    }, []),
  )

  const submit = async () => {
    if (!channel) return form.fail(t('accueil.create.channelRequired'), 'channel')
    if (who === 'usager' && !usager) return form.fail(t('accueil.create.usagerRequired'), 'usagerId')
    const created = await form.run(() =>
      call(accueilApi.create, {
        body: {
          channel,
          themes,
          usagerId: who === 'usager' ? usager?.id : null,
          contactName: who === 'anonyme' && contactName.trim() ? contactName.trim() : null,
          replyTo: replyTo.trim() || null,
          subject: subject.trim() || null,
          message,
          serviceId: assignees.serviceId(service),
          assigneeId: assignees.agentId(agent),
        },
      }),
    )
    if (created) {
      announceRequestsChanged()
      navigate(`/demandes/${created.id}?enregistree=1`)
    }
  }

  return (
    <Page title={t('accueil.create.title')} intro={t('accueil.create.intro')}>
      {assignees.error ? <Alert tone="error">{assignees.error}</Alert> : null}
      <Form state={form} onSubmit={submit} className="form form--wide">
        <RadioGroup
          label={t('accueil.fields.channel')}
          name="channel"
          options={labels.channelOptions}
          value={channel}
          onChange={(v) => setChannel(isChannel(v) ? v : null)}
          isRequired
          inline
        />
        <div aria-live="polite">
          <DuePreview channel={channel} />
        </div>
        <CheckboxGroup
          label={t('accueil.fields.themes')}
          description={t('accueil.create.themesHelp')}
          name="themes"
          options={labels.themeOptions}
          value={themes}
          onChange={(v) => setThemes(v.filter(isTheme))}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('accueil.create.person')}</legend>
          <RadioGroup
            label={t('accueil.create.who')}
            name="who"
            options={[
              { id: 'usager', label: t('accueil.create.known') },
              { id: 'anonyme', label: t('accueil.create.anonymous') },
            ]}
            value={who}
            onChange={(v) => setWho(v === 'anonyme' ? 'anonyme' : 'usager')}
            inline
          />
          {who === 'usager' ? (
            <UsagerPicker
              key={fromFile ?? 'recherche'}
              name="usagerId"
              selected={usager}
              onSelect={setUsager}
            />
          ) : (
            <TextField
              label={t('accueil.fields.description')}
              description={t('accueil.create.descriptionHelp')}
              name="contactName"
              value={contactName}
              onChange={setContactName}
              dir="auto"
            />
          )}
          <TextField
            label={t('accueil.fields.replyTo')}
            description={t('accueil.create.replyToHelp')}
            name="replyTo"
            value={replyTo}
            onChange={setReplyTo}
            dir="auto"
          />
        </fieldset>
        <TextField
          label={t('accueil.fields.subject')}
          name="subject"
          value={subject}
          onChange={setSubject}
          dir="auto"
        />
        <TextArea label={t('accueil.fields.message')} name="message" value={message} onChange={setMessage} />
        <div className="form__row">
          <Select
            label={t('accueil.fields.service')}
            description={t('accueil.assign.myServiceHelp')}
            name="serviceId"
            options={assignees.serviceOptions}
            value={service}
            onChange={chooseService}
          />
          <Select
            label={t('accueil.fields.assignee')}
            description={t('accueil.assign.agentsHelp')}
            name="assigneeId"
            options={agentOptions}
            value={agent}
            onChange={setAgent}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('accueil.create.submit')}
          </Button>
        </div>
      </Form>
    </Page>
  )
}
