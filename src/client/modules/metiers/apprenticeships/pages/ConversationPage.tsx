import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { TextArea } from '../../../../ui/TextArea'
import { apprenticeshipsApi, seatHref, type Conversation } from '../apprenticeships.queries'
import '../apprenticeships.css'

/** A contact with a person about a seat: the answer to give, the messages, the outcome. */
export function ConversationPage() {
  const { t, i18n } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(apprenticeshipsApi.employerConversation, { params: { id } }))
  const [changed, setChanged] = useState<Conversation | null>(null)
  const actions = useApiForm()
  const form = useApiForm()
  const [body, setBody] = useState('')
  const contact = changed?.id === id ? changed : loaded.data
  const k = 'metiers_apprenticeships.conversation'
  if (!contact)
    return loaded.error ? (
      <Page title={t('metiers_apprenticeships.list.title')}>
        <Alert tone="error">{loaded.error}</Alert>
      </Page>
    ) : (
      <p className="loading">{t('common.loading')}</p>
    )
  const act = async (run: () => Promise<Conversation>) => {
    const next = await actions.run(run)
    if (next) setChanged(next)
  }
  const send = async () => {
    const next = await form.run(() =>
      call(apprenticeshipsApi.employerMessage, { params: { id }, body: { body } }),
    )
    if (next) {
      setBody('')
      setChanged(next)
    }
  }
  return (
    <Page title={t(`${k}.title`, { title: contact.seat.title })}>
      <p>
        <Link href={seatHref(contact.seat.id)}>{t(`${k}.back`)}</Link>
      </p>
      <p>
        <strong>
          {t(`${k}.state`, { state: t(`metiers_apprenticeships.contactStates.${contact.state}`) })}
        </strong>
        {contact.outcome
          ? ` · ${t(`${k}.outcome`, { outcome: t(`metiers_apprenticeships.outcomes.${contact.outcome}`) })}`
          : null}
      </p>
      <section className="card" aria-labelledby="ap-who">
        <h2 id="ap-who">{t(`${k}.who`)}</h2>
        {contact.candidate ? (
          <dl className="facts">
            <dt>{t(`${k}.who`)}</dt>
            <dd>
              {contact.candidate.firstName} {contact.candidate.lastName}
            </dd>
            <dt>{t(`${k}.email`)}</dt>
            <dd>
              <a className="link" href={`mailto:${contact.candidate.email}`} dir="ltr">
                {contact.candidate.email}
              </a>
            </dd>
            {contact.candidate.phone ? (
              <>
                <dt>{t(`${k}.phone`)}</dt>
                <dd dir="ltr">{contact.candidate.phone}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <>
            <p>
              {contact.request.initial} · {contact.request.commune} · {contact.request.jobs.join(', ')}
            </p>
            <p className="small muted">{t(`${k}.identityHidden`)}</p>
          </>
        )}
      </section>
      {actions.error ? <Alert tone="error">{actions.error.message}</Alert> : null}
      {contact.canAnswer ? (
        <section className="card" aria-label={t(`${k}.answerHelp`)}>
          <p>{t(`${k}.answerHelp`)}</p>
          <div className="ap-actions">
            <Button
              variant="primary"
              onPress={() =>
                void act(() =>
                  call(apprenticeshipsApi.employerAnswer, { params: { id }, body: { accept: true } }),
                )
              }
            >
              {t(`${k}.accept`)}
            </Button>
            <Button
              onPress={() =>
                void act(() =>
                  call(apprenticeshipsApi.employerAnswer, { params: { id }, body: { accept: false } }),
                )
              }
            >
              {t(`${k}.refuse`)}
            </Button>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="ap-messages">
        <h2 id="ap-messages">{t(`${k}.messages`)}</h2>
        <ol className="ap-messages">
          {contact.messages.map((m) => (
            <li key={m.id} className={`ap-message${m.mine ? ' ap-message--mine' : ''}`}>
              <span className="small muted">
                {m.mine ? t(`${k}.you`) : t(`${k}.them`)} · {formatDateTime(m.createdAt, i18n.language)}
              </span>
              <br />
              <span dir="auto">{m.body}</span>
            </li>
          ))}
        </ol>
        {contact.canWrite ? (
          <Form state={form} onSubmit={send} label={t(`${k}.write`)}>
            <TextArea
              label={t(`${k}.write`)}
              name="body"
              value={body}
              onChange={setBody}
              rows={3}
              isRequired
            />
            <div className="form__actions">
              <Button type="submit" isPending={form.pending}>
                {t(`${k}.send`)}
              </Button>
            </div>
          </Form>
        ) : contact.state === 'close' ? (
          <p>{t(`${k}.closed`)}</p>
        ) : null}
      </section>
      {contact.canClose ? (
        <section className="card" aria-labelledby="ap-outcome">
          <h2 id="ap-outcome">{t(`${k}.outcomeTitle`)}</h2>
          <div className="ap-actions">
            <Button
              onPress={() =>
                void act(() =>
                  call(apprenticeshipsApi.employerOutcome, {
                    params: { id },
                    body: { outcome: 'contrat_signe' },
                  }),
                )
              }
            >
              {t(`${k}.signed`)}
            </Button>
            <Button
              onPress={() =>
                void act(() =>
                  call(apprenticeshipsApi.employerOutcome, {
                    params: { id },
                    body: { outcome: 'sans_suite' },
                  }),
                )
              }
            >
              {t(`${k}.noFollowUp`)}
            </Button>
          </div>
        </section>
      ) : null}
    </Page>
  )
}
