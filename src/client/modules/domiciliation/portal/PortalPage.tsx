import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { mailContract } from '../../../../shared/modules/domiciliation/mail.contract'
import type { MailKind } from '../../../../shared/modules/domiciliation/mail.constants'
import { ApiError, call } from '../../../api'
import { isolate } from '../../../app/bidi'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'
import { formatDay, formatInstantDay, formatMoment } from '../desk/desk.labels'
import type { Portal } from '../desk/desk.queries'
import { Pictogram, type PictogramName } from './Pictogram'
import './portal.css'

type State =
  | { stage: 'loading' }
  | { stage: 'signedOut'; expired: boolean }
  | { stage: 'closed'; message: string }
  | { stage: 'signedIn'; portal: Portal }
  | { stage: 'error'; message: string }

const falcKey = 'lien.facile-a-lire'

function storedFalc(): boolean {
  try {
    return localStorage.getItem(falcKey) === 'oui'
  } catch {
    return false
  }
}

/**
 * The easy-to-read texts exist in French only (FALC): in another interface language the switch
 * shows them in French, marked as such for screen readers.
 */
function useTexts(falc: boolean) {
  const { t, i18n } = useTranslation()
  const language = falc ? 'fr' : i18n.language
  const text = (key: string, options: Record<string, unknown> = {}) =>
    falc ? t(`domiPortalFalc.${key}`, { ...options, lng: 'fr' }) : t(`domiPortal.${key}`, options)
  return { text, language, foreign: falc && i18n.language !== 'fr' }
}

/** One idea per block: a pictogram, then short sentences, one per line. */
function Block({
  picto,
  title,
  children,
  falc,
}: {
  picto: PictogramName
  title: string
  children: ReactNode
  falc: boolean
}) {
  return (
    <section className={`card portal-block${falc ? ' portal-block--falc' : ''}`}>
      {falc ? <Pictogram name={picto} /> : null}
      <div className="portal-block__text">
        <h2 className="portal-block__title">{title}</h2>
        {children}
      </div>
    </section>
  )
}

function SignIn({
  organisationId,
  falc,
  expired,
  onSignedIn,
}: {
  organisationId: string
  falc: boolean
  expired: boolean
  onSignedIn: () => void
}) {
  const { text } = useTexts(falc)
  const form = useApiForm()
  const [fileNumber, setFileNumber] = useState('')
  const [code, setCode] = useState('')
  const submit = async () => {
    const n = Number(fileNumber.trim())
    if (!/^\d+$/.test(fileNumber.trim()) || n < 1)
      return form.fail(text('signIn.numberInvalid'), 'fileNumber')
    const done = await form.run(() =>
      call(mailContract.portalSignIn, { params: { organisationId }, body: { fileNumber: n, code } }),
    )
    if (done) onSignedIn()
  }
  return (
    <Block picto="key" title={text('signIn.title')} falc={falc}>
      {expired ? <Alert tone="info">{text('signIn.expired')}</Alert> : null}
      {text('signIn.intro')
        .split('\n')
        .map((line) => (
          <p key={line}>{line}</p>
        ))}
      <Form state={form} onSubmit={submit} label={text('signIn.title')}>
        <TextField
          label={text('signIn.fileNumber')}
          description={text('signIn.fileNumberHelp')}
          name="fileNumber"
          inputMode="numeric"
          autoComplete="username"
          value={fileNumber}
          onChange={setFileNumber}
          isRequired
        />
        <TextField
          label={text('signIn.code')}
          description={text('signIn.codeHelp')}
          name="code"
          autoComplete="current-password"
          value={code}
          onChange={setCode}
          isRequired
          dir="ltr"
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {text('signIn.submit')}
          </Button>
        </div>
      </Form>
    </Block>
  )
}

function Space({
  portal,
  falc,
  onRefresh,
  onSignOut,
}: {
  portal: Portal
  falc: boolean
  onRefresh: () => void
  onSignOut: () => void
}) {
  const { text, language } = useTexts(falc)
  const lines = (key: string, options: Record<string, unknown> = {}) =>
    text(key, options)
      .split('\n')
      .map((line) => <p key={line}>{line}</p>)
  const item = (k: MailKind, receivedAt: string) =>
    // Easy to read: the day is enough.
    text(`mail.items.${k}`, { date: formatInstantDay(receivedAt, language) })
  const waiting = portal.waitingMail.length
  return (
    <>
      <Block picto="letter" title={text('mail.title')} falc={falc}>
        {waiting === 0 ? (
          lines('mail.none')
        ) : (
          <>
            {lines('mail.waiting', { count: waiting })}
            <ul className="portal-mail">
              {portal.waitingMail.map((m, i) => (
                <li key={i} className="portal-mail__item">
                  {item(m.kind, m.receivedAt)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Block>
      <Block picto="calendar" title={text('validity.title')} falc={falc}>
        {portal.validUntil
          ? lines('validity.until', { date: formatDay(portal.validUntil, language) })
          : lines('validity.none')}
      </Block>
      <Block picto="person" title={text('contact.title')} falc={falc}>
        {portal.lastContactAt
          ? lines('contact.last', {
              date: falc
                ? formatInstantDay(portal.lastContactAt, language)
                : formatMoment(portal.lastContactAt, language),
            })
          : lines('contact.none')}
        {lines('contact.rule')}
      </Block>
      <div className="form__actions">
        <Button onPress={onRefresh}>{text('refresh')}</Button>
        <Button onPress={onSignOut}>{text('signOut')}</Button>
      </div>
    </>
  )
}

/** The domiciled person's own space: waiting mail, end date, last contact. Read only. */
export function PortalPage() {
  const { t, i18n } = useTranslation()
  const { organisationId } = useParams<{ organisationId: string }>()
  const [state, setState] = useState<State>({ stage: 'loading' })
  const [falc, setFalc] = useState(storedFalc)
  const { text, foreign } = useTexts(falc)

  const load = useCallback(async () => {
    try {
      const portal = await call(mailContract.portal, { params: { organisationId } })
      setState({ stage: 'signedIn', portal })
    } catch (e) {
      // Signed in a moment ago and refused now: the session has ended (15 minutes).
      if (e instanceof ApiError && e.status === 401)
        setState((previous) => ({ stage: 'signedOut', expired: previous.stage === 'signedIn' }))
      else if (e instanceof ApiError && e.status === 404) setState({ stage: 'closed', message: e.message })
      else setState({ stage: 'error', message: e instanceof ApiError ? e.message : String(e) })
    }
  }, [organisationId])

  useEffect(() => {
    void load()
  }, [load])

  const toggleFalc = () => {
    const next = !falc
    setFalc(next)
    try {
      localStorage.setItem(falcKey, next ? 'oui' : 'non')
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  }

  const signOut = async () => {
    try {
      await call(mailContract.portalSignOut, { params: { organisationId } })
    } finally {
      setState({ stage: 'signedOut', expired: false })
    }
  }

  const name = state.stage === 'signedIn' ? state.portal.organisationName : null
  return (
    <Page title={name ? t('domiPortal.titleOf', { name: isolate(name) }) : t('domiPortal.title')}>
      <div className="portal-switch">
        <button
          type="button"
          className="button button--secondary portal-switch__button"
          aria-pressed={falc}
          onClick={toggleFalc}
        >
          <span aria-hidden="true" className="portal-switch__mark">
            {falc ? '✓' : ''}
          </span>
          {t('domiPortal.falcSwitch')}
        </button>
        <p className="small muted">{t(falc ? 'domiPortal.falcOn' : 'domiPortal.falcOff')}</p>
      </div>
      <div
        className={`portal${falc ? ' portal--falc' : ''}`}
        lang={foreign ? 'fr' : undefined}
        dir={foreign ? 'ltr' : undefined}
      >
        {state.stage === 'loading' ? <p className="loading">{t('common.loading')}</p> : null}
        {state.stage === 'error' ? <Alert tone="error">{state.message}</Alert> : null}
        {state.stage === 'closed' ? <Alert tone="info">{text('closed')}</Alert> : null}
        {state.stage === 'signedOut' ? (
          <SignIn
            organisationId={organisationId}
            falc={falc}
            expired={state.expired}
            onSignedIn={() => void load()}
          />
        ) : null}
        {state.stage === 'signedIn' ? (
          <Space
            portal={state.portal}
            falc={falc}
            onRefresh={() => void load()}
            onSignOut={() => void signOut()}
          />
        ) : null}
      </div>
      <p className="small muted" lang={i18n.language}>
        {t('domiPortal.privacy')}
      </p>
    </Page>
  )
}
