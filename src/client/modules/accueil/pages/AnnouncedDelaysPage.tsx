import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  defaultAnnouncedDelays,
  MAX_ANNOUNCED_DELAY,
  requestChannels,
  type RequestChannel,
} from '../../../../shared/modules/accueil/accueil.constants'
import { call } from '../../../api'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'
import { useAccueilLabels } from '../accueil.labels'
import { accueilApi, useDelays, type Delays } from '../accueil.queries'
import { PublicAddresses } from '../components/PublicAddresses'
import '../accueil.css'

function DelaysForm({ initial }: { initial: Delays }) {
  const { t } = useTranslation()
  const labels = useAccueilLabels()
  const form = useApiForm()
  const [data, setData] = useState(initial)
  const [values, setValues] = useState<Record<RequestChannel, string>>(
    () =>
      Object.fromEntries(
        requestChannels.map((c) => [
          c,
          String(initial.delays.find((d) => d.channel === c)?.workingDays ?? defaultAnnouncedDelays[c]),
        ]),
      ) as Record<RequestChannel, string>,
  )
  const [saved, setSaved] = useState(false)

  const submit = async () => {
    setSaved(false)
    // An empty or non-numeric value is sent as is, so the server names the field in its message.
    const delays = Object.fromEntries(
      requestChannels.map((c) => [c, values[c].trim() === '' ? Number.NaN : Number(values[c])]),
    ) as Record<RequestChannel, number>
    const next = await form.run(() => call(accueilApi.setDelays, { body: { delays } }))
    if (next) {
      setData(next)
      setSaved(true)
    }
  }

  return (
    <section className="card" aria-labelledby="delais">
      <h2 id="delais">{t('accueil.delays.formTitle')}</h2>
      <p>{data.note}</p>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit}>
        {requestChannels.map((c) => {
          const current = data.delays.find((d) => d.channel === c)
          return (
            <TextField
              key={c}
              label={t('accueil.delays.field', { channel: labels.channel(c) })}
              description={
                <>
                  {t('accueil.delays.default', { count: defaultAnnouncedDelays[c] })}
                  {current?.isDefault ? ` ${t('accueil.delays.isDefault')}` : ''}
                </>
              }
              name={`delays.${c}`}
              type="number"
              inputMode="numeric"
              value={values[c]}
              onChange={(v) => setValues({ ...values, [c]: v })}
              isRequired
            />
          )
        })}
        <p className="small muted">{t('accueil.delays.bounds', { max: MAX_ANNOUNCED_DELAY })}</p>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** The delays the organisation announces for answering, per channel (Services Publics+). */
export function AnnouncedDelaysPage() {
  const { t } = useTranslation()
  const { organisation } = useSession()
  const delays = useDelays()
  return (
    <Page title={t('accueil.delays.title')} intro={t('accueil.delays.intro')}>
      {delays.error ? <Alert tone="error">{delays.error}</Alert> : null}
      {delays.data ? <DelaysForm initial={delays.data} /> : <p className="loading">{t('common.loading')}</p>}
      {organisation ? <PublicAddresses organisationId={organisation.id} /> : null}
    </Page>
  )
}
