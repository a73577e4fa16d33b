import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import type { RequestTheme } from '../../../../shared/modules/accueil/accueil.constants'
import { call } from '../../../api'
import { isolate } from '../../../app/bidi'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { formatCivilDate, isTheme, useAccueilLabels } from '../accueil.labels'
import { accueilApi, type ContactForm } from '../accueil.queries'
import { PublicIdentity } from '../components/PublicIdentity'
import '../accueil.css'

interface Sent {
  reference: string
  dueOn: string
  announcedWorkingDays: number
}

function SentPanel({ sent }: { sent: Sent }) {
  const { t, i18n } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="card card--success" aria-labelledby="envoyee">
      <h2 id="envoyee" ref={heading} tabIndex={-1}>
        {t('accueil.contact.sentTitle')}
      </h2>
      <p>
        {t('accueil.contact.reference')}{' '}
        <strong className="reference" dir="ltr">
          {sent.reference}
        </strong>
      </p>
      <p>{t('accueil.contact.keep')}</p>
      <p>
        {t('accueil.contact.answerBy', {
          date: formatCivilDate(sent.dueOn, i18n.language),
          count: sent.announcedWorkingDays,
        })}
      </p>
    </section>
  )
}

function ContactFormCard({ organisationId, data }: { organisationId: string; data: ContactForm }) {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [phone, setPhone] = useState('')
  const [message, setMessage] = useState('')
  const [themes, setThemes] = useState<RequestTheme[]>([])
  const [answer, setAnswer] = useState('')
  const [website, setWebsite] = useState('')
  const [sent, setSent] = useState<Sent | null>(null)

  const submit = async () => {
    const result = await form.run(() =>
      call(accueilApi.contact, {
        params: { organisationId },
        body: {
          name: name.trim() || undefined,
          email: email.trim() || undefined,
          phone: phone.trim() || undefined,
          message,
          themes,
          questionId: data.question.id,
          answer,
          website: website || undefined,
        },
      }),
    )
    if (result) setSent(result)
  }

  if (sent) return <SentPanel sent={sent} />
  const themeOptions = data.themes.map((th) => ({ id: th.value, label: labels.theme(th.value) }))
  return (
    <section className="card" aria-labelledby="formulaire">
      <h2 id="formulaire">{t('accueil.contact.formTitle')}</h2>
      <p className="small">{t('accueil.contact.required')}</p>
      <Form state={form} onSubmit={submit}>
        <TextField
          label={t('accueil.contact.name')}
          description={t('accueil.contact.nameHelp')}
          name="name"
          value={name}
          onChange={setName}
          autoComplete="name"
          dir="auto"
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('accueil.contact.replyLegend')}</legend>
          <p className="field__help">{t('accueil.contact.replyHelp')}</p>
          <TextField
            label={t('accueil.contact.email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            dir="ltr"
          />
          <TextField
            label={t('accueil.contact.phone')}
            description={t('accueil.contact.phoneHelp')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onChange={setPhone}
            dir="ltr"
          />
        </fieldset>
        <CheckboxGroup
          label={t('accueil.contact.themes')}
          name="themes"
          options={themeOptions}
          value={themes}
          onChange={(v) => setThemes(v.filter(isTheme))}
        />
        <TextArea
          label={t('accueil.contact.message')}
          description={t('accueil.contact.messageHelp')}
          name="message"
          value={message}
          onChange={setMessage}
          isRequired
          rows={6}
        />
        <TextField
          label={
            <>
              {t('accueil.contact.question')} <span lang="fr">{data.question.text}</span>
            </>
          }
          description={t('accueil.contact.questionHelp')}
          name="answer"
          value={answer}
          onChange={setAnswer}
          isRequired
          autoComplete="off"
        />
        {/* Left empty by people; hidden from sight and from screen readers, robots fill it. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="contact-site-web">{t('accueil.contact.honeypot')}</label>
          <input
            id="contact-site-web"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.target.value)}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('accueil.contact.submit')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** The public contact form of an organisation: no account, a way to reply, a reference back. */
export function ContactPage() {
  const { t } = useTranslation()
  const { organisationId } = useParams<{ organisationId: string }>()
  const loaded = useLoad(() => call(accueilApi.contactForm, { params: { organisationId } }))
  const data = loaded.data
  return (
    <PublicIdentity identity={data?.organisation ?? null}>
      <Page
        title={
          data
            ? t('accueil.contact.title', { name: isolate(data.organisation.name) })
            : t('accueil.contact.titleShort')
        }
        intro={
          data
            ? data.announcedDelay.workingDays === 0
              ? t('accueil.contact.introSameDay')
              : t('accueil.contact.intro', { count: data.announcedDelay.workingDays })
            : undefined
        }
      >
        {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
        {data ? (
          <ContactFormCard organisationId={organisationId} data={data} />
        ) : loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )}
        <p>
          <a className="link" href={`/engagements/${organisationId}`}>
            {t('accueil.contact.commitments')}
          </a>
        </p>
      </Page>
    </PublicIdentity>
  )
}
