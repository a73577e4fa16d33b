import '../account/account.css'
import './apprenticeships.css'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { ConversationView } from '../../../../../shared/modules/metiers/apprenticeships.contract'
import { AccountPage } from '../account/AccountFrame'
import { TextArea } from '../components/fields'
import { errorsOf } from '../form-errors'
import { portalGet, portalSend } from '../portal-api'
import { apprenticeshipsApiRoutes as api } from './apprenticeships-api-routes'

function ConversationContent({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const [contact, setContact] = useState<ConversationView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [text, setText] = useState('')
  const k = 'apprenticeships.conversation'
  const fail = useCallback((e: unknown) => setError(errorsOf(e, t('apprenticeships.error')).message), [t])
  useEffect(() => {
    portalGet(api.candidateConversation, { params: { id } }).then(setContact).catch(fail)
  }, [id, fail])
  if (!contact)
    return error ? (
      <p className="pf-alert pf-alert--error" role="alert">
        {error}
      </p>
    ) : (
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    )
  const answer = (accept: boolean) =>
    portalSend(api.candidateAnswer, { params: { id }, body: { accept } }).then(setContact).catch(fail)
  const send = async (e: FormEvent) => {
    e.preventDefault()
    try {
      setContact(await portalSend(api.candidateMessage, { params: { id }, body: { body: text } }))
      setText('')
      setError(null)
    } catch (err) {
      fail(err)
    }
  }
  return (
    <>
      <p>
        <Link href="/metiers/compte/apprentissage">{t(`${k}.back`)}</Link>
      </p>
      <h2>{t(`${k}.title`, { title: contact.seat.title })}</h2>
      <p>
        {contact.seat.employerName} · {contact.seat.commune} ·{' '}
        <strong>{t(`apprenticeships.contactStates.${contact.state}`)}</strong>
      </p>
      {error ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {contact.canAnswer ? (
        <div>
          <p>{t(`${k}.answerHelp`)}</p>
          <div className="pa-actions">
            <button type="button" className="pf-button pf-button--primary" onClick={() => void answer(true)}>
              {t(`${k}.accept`)}
            </button>
            <button type="button" className="pf-button" onClick={() => void answer(false)}>
              {t(`${k}.refuse`)}
            </button>
          </div>
        </div>
      ) : null}
      <h3>{t(`${k}.messages`)}</h3>
      <ol className="pa-messages">
        {contact.messages.map((m) => (
          <li key={m.id} className={`pa-message${m.mine ? ' pa-message--mine' : ''}`}>
            <span className="pc-card__meta">
              {m.mine ? t(`${k}.you`) : t(`${k}.them`)} ·{' '}
              {new Date(m.createdAt).toLocaleString(i18n.language, {
                timeZone: 'Europe/Paris',
                dateStyle: 'short',
                timeStyle: 'short',
              })}
            </span>
            <br />
            <span dir="auto">{m.body}</span>
          </li>
        ))}
      </ol>
      {contact.canWrite ? (
        <form className="pf-form" onSubmit={(e) => void send(e)} noValidate>
          <TextArea
            label={t(`${k}.write`)}
            name="body"
            rows={3}
            required
            value={text}
            onChange={setText}
            maxLength={4000}
          />
          <button type="submit" className="pf-button pf-button--primary">
            {t(`${k}.send`)}
          </button>
        </form>
      ) : contact.state === 'close' ? (
        <p>{t(`${k}.closed`)}</p>
      ) : null}
    </>
  )
}

/** One contact with an employer about a seat: the answer to give, then the conversation. */
export function ConversationPage({ id }: { id: string }) {
  const { t } = useTranslation()
  return (
    <AccountPage title={t('apprenticeships.mine.title')}>{() => <ConversationContent id={id} />}</AccountPage>
  )
}
