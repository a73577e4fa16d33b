import { useState } from 'react'
import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { parisDate } from '../../../../../shared/dates'
import type { ReturnReason } from '../../../../../shared/modules/domiciliation/mail.constants'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Select } from '../../../../ui/Select'
import { formatDay, formatMoment, isReturnReason, useDeskLabels, useMessage } from '../desk.labels'
import { mailApi, type FileMail, type MailItem, type Proxy } from '../desk.queries'

const PERSON = 'personne'

/** Why a proxy may not collect the mail today (the server decides; this only explains). */
export function useProxyState() {
  const { t, i18n } = useTranslation()
  return (p: Proxy): string => {
    if (p.revokedAt) return t('domiDesk.proxies.revoked', { date: formatMoment(p.revokedAt, i18n.language) })
    if (p.usable) return t('domiDesk.proxies.valid', { date: formatDay(p.validUntil, i18n.language) })
    if (p.validFrom > parisDate(new Date()))
      return t('domiDesk.proxies.notYet', { date: formatDay(p.validFrom, i18n.language) })
    return t('domiDesk.proxies.ended', { date: formatDay(p.validUntil, i18n.language) })
  }
}

export const proxyName = (p: Pick<Proxy, 'firstName' | 'lastName'>) =>
  `${p.firstName} ${p.lastName.toLocaleUpperCase('fr-FR')}`

interface HandOverProps {
  data: FileMail
  canWrite: boolean
  onChanged: () => void
}

/** The waiting mail: tick what the person takes, say who collects it, confirm. Or send items back. */
export function HandOver({ data, canWrite, onChanged }: HandOverProps) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const proxyState = useProxyState()
  const form = useApiForm()
  const back = useApiForm()
  const [checked, setChecked] = useState<string[]>([])
  const [recipient, setRecipient] = useState<string>(PERSON)
  const [reason, setReason] = useState<ReturnReason | null>(null)
  const [done, setDone] = useMessage()
  const waiting = data.items.filter((i) => i.state === 'en_attente')
  const itemLabel = (i: MailItem, index: number) =>
    [
      t('domiDesk.handOver.itemLabel', { n: index + 1, kind: labels.kind(i.kind) }),
      i.sender ? t('domiDesk.handOver.from', { sender: isolate(i.sender) }) : null,
      t('domiDesk.handOver.arrived', { date: formatMoment(i.receivedAt, i18n.language) }),
    ]
      .filter(Boolean)
      .join(' · ')

  const proxies = data.proxies.filter((p) => !p.revokedAt || p.usable)

  const handOver = async () => {
    setDone(null)
    if (checked.length === 0) return form.fail(t('domiDesk.handOver.noneChecked'), 'itemIds')
    const proxyId = recipient === PERSON ? null : recipient
    const next = await form.run(() =>
      call(mailApi.handOver, { params: { id: data.file.id }, body: { itemIds: checked, proxyId } }),
    )
    if (!next) {
      // A proxy refused (ended since the page was opened): show it as it now stands.
      if (proxyId) onChanged()
      return
    }
    const proxy = data.proxies.find((p) => p.id === proxyId)
    const count = checked.length
    const lastContactAt = next.file.lastContactAt
    setDone((t, language) =>
      [
        t('domiDesk.handOver.done', {
          count,
          to: proxy ? isolate(proxyName(proxy)) : t('domiDesk.handOver.toPersonShort'),
        }),
        lastContactAt
          ? t('domiDesk.summary.lastContactIs', { date: formatMoment(lastContactAt, language) })
          : '',
      ].join(' '),
    )
    setChecked([])
    setRecipient(PERSON)
    onChanged()
  }

  const sendBack = async () => {
    setDone(null)
    if (checked.length === 0) return back.fail(t('domiDesk.handOver.noneChecked'), 'itemIds')
    if (!reason) return back.fail(t('domiDesk.handOver.reasonRequired'), 'reason')
    const next = await back.run(() =>
      call(mailApi.returnToSender, { params: { id: data.file.id }, body: { itemIds: checked, reason } }),
    )
    if (!next) return
    const count = checked.length
    setDone((t) => t('domiDesk.handOver.returned', { count }))
    setChecked([])
    setReason(null)
    onChanged()
  }

  if (waiting.length === 0) {
    return (
      <>
        {done ? <Alert tone="success">{done}</Alert> : null}
        <p>{t('domiDesk.handOver.nothing')}</p>
      </>
    )
  }

  if (!canWrite) {
    return (
      <ul className="desk-list">
        {waiting.map((i, index) => (
          <li key={i.id}>{itemLabel(i, index)}</li>
        ))}
      </ul>
    )
  }

  return (
    <>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <Form state={form} onSubmit={handOver} label={t('domiDesk.handOver.formLabel')}>
        <CheckboxGroup
          label={t('domiDesk.handOver.items', { count: waiting.length })}
          name="itemIds"
          options={waiting.map((i, index) => ({ id: i.id, label: itemLabel(i, index) }))}
          value={checked}
          onChange={setChecked}
        />
        <div className="actions">
          <Button onPress={() => setChecked(waiting.map((i) => i.id))}>{t('domiDesk.handOver.all')}</Button>
          {checked.length > 0 ? (
            <Button onPress={() => setChecked([])}>{t('domiDesk.handOver.none')}</Button>
          ) : null}
        </div>
        <RadioGroup
          className="field radio-group"
          name="proxyId"
          value={recipient}
          onChange={setRecipient}
          isInvalid={Boolean(form.fieldErrors.proxyId)}
        >
          <Label className="field__label">{t('domiDesk.handOver.to')}</Label>
          <div className="radio-group__items">
            <Radio value={PERSON} className="radio">
              <span className="radio__dot" aria-hidden="true" />
              <span>{t('domiDesk.handOver.toPerson')}</span>
            </Radio>
            {proxies.map((p) => (
              <Radio key={p.id} value={p.id} className="radio" isDisabled={!p.usable && recipient !== p.id}>
                <span className="radio__dot" aria-hidden="true" />
                <span>
                  {t('domiDesk.handOver.toProxy', { name: isolate(proxyName(p)) })}{' '}
                  <span className={p.usable ? 'muted' : 'desk-refusal'}>({proxyState(p)})</span>
                </span>
              </Radio>
            ))}
          </div>
          <FieldError className="field__error">{form.fieldErrors.proxyId}</FieldError>
        </RadioGroup>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('domiDesk.handOver.submit', { count: checked.length })}
          </Button>
        </div>
      </Form>
      <details className="desk-details">
        <summary>{t('domiDesk.handOver.returnTitle')}</summary>
        <p className="small">{t('domiDesk.handOver.returnHelp')}</p>
        <Form state={back} onSubmit={sendBack} label={t('domiDesk.handOver.returnTitle')}>
          <Select
            label={t('domiDesk.handOver.reason')}
            name="reason"
            options={labels.returnReasonOptions}
            value={reason}
            onChange={(v) => setReason(isReturnReason(v) ? v : null)}
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" variant="danger" isPending={back.pending}>
              {t('domiDesk.handOver.returnSubmit', { count: checked.length })}
            </Button>
          </div>
        </Form>
      </details>
    </>
  )
}
