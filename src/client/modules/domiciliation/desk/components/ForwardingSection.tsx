import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parisDate } from '../../../../../shared/dates'
import { call } from '../../../../api'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { formatDay, useMessage } from '../desk.labels'
import { mailApi, type DeskFile } from '../desk.queries'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'

interface ForwardingSectionProps {
  file: DeskFile
  canWrite: boolean
  onChanged: () => void
}

/** Forwarding: while it runs, mail registered for the person is sent on to this address. */
export function ForwardingSection({ file, canWrite, onChanged }: ForwardingSectionProps) {
  const { t, i18n } = useTranslation()
  const form = useApiForm()
  const today = parisDate(new Date())
  const [address, setAddress] = useState('')
  const [from, setFrom] = useState(today)
  const [until, setUntil] = useState('')
  const [stopping, setStopping] = useState(false)
  const [done, setDone] = useMessage()
  const forwarding = file.forwarding

  const submit = async () => {
    setDone(null)
    const next = await form.run(() =>
      call(mailApi.setForwarding, {
        params: { id: file.id },
        body: { forwardAddress: address, forwardFrom: from, forwardUntil: until || null },
      }),
    )
    if (!next) return
    const started = next.file.forwarding !== null
    const day = from
    setDone((t, language) =>
      started
        ? t('domiDesk.forwarding.started')
        : t('domiDesk.forwarding.planned', { date: formatDay(day, language) }),
    )
    setAddress('')
    setUntil('')
    onChanged()
  }

  return (
    <>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {forwarding ? (
        <>
          <dl className="facts">
            <dt>{t('domiDesk.forwarding.address')}</dt>
            <dd className="desk-address" dir="auto">
              {forwarding.address}
            </dd>
            <dt>{t('domiDesk.forwarding.period')}</dt>
            <dd>
              {forwarding.until
                ? t('domiDesk.forwarding.between', {
                    from: formatDay(forwarding.from, i18n.language),
                    until: formatDay(forwarding.until, i18n.language),
                  })
                : t('domiDesk.forwarding.since', { from: formatDay(forwarding.from, i18n.language) })}
            </dd>
          </dl>
          {canWrite ? (
            <div className="actions">
              <Button variant="danger" onPress={() => setStopping(true)}>
                {t('domiDesk.forwarding.stop')}
              </Button>
            </div>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('domiDesk.forwarding.none')}</p>
      )}
      {canWrite && !forwarding ? (
        <Form state={form} onSubmit={submit} label={t('domiDesk.forwarding.set')}>
          <TextArea
            label={t('domiDesk.forwarding.address')}
            description={t('domiDesk.forwarding.addressHelp')}
            name="forwardAddress"
            value={address}
            onChange={setAddress}
            rows={3}
            maxLength={500}
            isRequired
          />
          <div className="desk-row">
            <TextField
              label={t('domiDesk.forwarding.from')}
              name="forwardFrom"
              type="date"
              value={from}
              onChange={setFrom}
              isRequired
            />
            <TextField
              label={t('domiDesk.forwarding.until')}
              name="forwardUntil"
              type="date"
              value={until}
              onChange={setUntil}
            />
          </div>
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('domiDesk.forwarding.set')}
            </Button>
          </div>
        </Form>
      ) : null}
      {stopping ? (
        <ConfirmDialog
          title={t('domiDesk.forwarding.stopTitle')}
          confirmLabel={t('domiDesk.forwarding.stop')}
          onConfirm={async () => {
            await call(mailApi.stopForwarding, { params: { id: file.id } })
            setDone((t) => t('domiDesk.forwarding.stopped'))
            onChanged()
          }}
          onClose={() => setStopping(false)}
        >
          <p>{t('domiDesk.forwarding.stopText')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  )
}
