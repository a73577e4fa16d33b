import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, parisDate } from '../../../../../shared/dates'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { TextField } from '../../../../ui/TextField'
import { formatDay, useMessage } from '../desk.labels'
import { mailApi, type Proxy } from '../desk.queries'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { proxyName, useProxyState } from './HandOver'
import { SubHeading } from './PanelSection'

interface ProxiesSectionProps {
  domiciliationId: string
  proxies: Proxy[]
  canWrite: boolean
  onChanged: () => void
}

/** Procurations: named third parties allowed to collect the mail between two dates. */
export function ProxiesSection({ domiciliationId, proxies, canWrite, onChanged }: ProxiesSectionProps) {
  const { t, i18n } = useTranslation()
  const proxyState = useProxyState()
  const [confirm, setConfirm] = useState<{ proxy: Proxy; act: 'revoke' | 'delete' } | null>(null)
  const [done, setDone] = useMessage()

  const act = async (proxy: Proxy, what: 'revoke' | 'delete') => {
    if (what === 'revoke') await call(mailApi.revokeProxy, { params: { id: proxy.id } })
    else await call(mailApi.deleteProxy, { params: { id: proxy.id } })
    setDone((t) =>
      t(what === 'revoke' ? 'domiDesk.proxies.revokedDone' : 'domiDesk.proxies.deletedDone', {
        name: isolate(proxyName(proxy)),
      }),
    )
    onChanged()
  }

  return (
    <>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {proxies.length === 0 ? (
        <p className="muted">{t('domiDesk.proxies.none')}</p>
      ) : (
        <ul className="desk-list desk-list--cards">
          {proxies.map((p) => (
            <li key={p.id} className="desk-item">
              <p className="desk-item__title">
                <bdi>{proxyName(p)}</bdi>
              </p>
              <p className="small">
                {[
                  p.birthDate
                    ? t('domiDesk.proxies.born', { date: formatDay(p.birthDate, i18n.language) })
                    : null,
                  t('domiDesk.proxies.period', {
                    from: formatDay(p.validFrom, i18n.language),
                    until: formatDay(p.validUntil, i18n.language),
                  }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p className={`small ${p.usable ? '' : 'desk-refusal'}`}>{proxyState(p)}</p>
              {canWrite && !p.revokedAt ? (
                <div className="actions">
                  <Button onPress={() => setConfirm({ proxy: p, act: 'revoke' })}>
                    {t('domiDesk.proxies.revoke')}
                    <span className="visually-hidden"> {proxyName(p)}</span>
                  </Button>
                  <Button variant="quiet" onPress={() => setConfirm({ proxy: p, act: 'delete' })}>
                    {t('domiDesk.proxies.delete')}
                    <span className="visually-hidden"> {proxyName(p)}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <NewProxy
          domiciliationId={domiciliationId}
          onCreated={(p) => {
            setDone((t) => t('domiDesk.proxies.created', { name: isolate(proxyName(p)) }))
            onChanged()
          }}
        />
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title={t(
            confirm.act === 'revoke' ? 'domiDesk.proxies.revokeTitle' : 'domiDesk.proxies.deleteTitle',
            {
              name: isolate(proxyName(confirm.proxy)),
            },
          )}
          confirmLabel={t(confirm.act === 'revoke' ? 'domiDesk.proxies.revoke' : 'domiDesk.proxies.delete')}
          onConfirm={() => act(confirm.proxy, confirm.act)}
          onClose={() => setConfirm(null)}
        >
          <p>{t(confirm.act === 'revoke' ? 'domiDesk.proxies.revokeText' : 'domiDesk.proxies.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  )
}

function NewProxy({
  domiciliationId,
  onCreated,
}: {
  domiciliationId: string
  onCreated: (p: Proxy) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const today = parisDate(new Date())
  const blank = {
    firstName: '',
    lastName: '',
    birthDate: '',
    validFrom: today,
    validUntil: addDays(today, 364),
  }
  const [draft, setDraft] = useState(blank)
  const set = (patch: Partial<typeof blank>) => setDraft((d) => ({ ...d, ...patch }))

  const submit = async () => {
    const proxy = await form.run(() =>
      call(mailApi.createProxy, {
        params: { id: domiciliationId },
        body: {
          firstName: draft.firstName,
          lastName: draft.lastName,
          birthDate: draft.birthDate || null,
          validFrom: draft.validFrom,
          validUntil: draft.validUntil,
        },
      }),
    )
    if (!proxy) return
    setDraft(blank)
    onCreated(proxy)
  }

  return (
    <Form state={form} onSubmit={submit} label={t('domiDesk.proxies.add')}>
      <SubHeading>{t('domiDesk.proxies.add')}</SubHeading>
      <div className="desk-row">
        <TextField
          label={t('domiDesk.proxies.firstName')}
          name="firstName"
          value={draft.firstName}
          onChange={(firstName) => set({ firstName })}
          isRequired
        />
        <TextField
          label={t('domiDesk.proxies.lastName')}
          name="lastName"
          value={draft.lastName}
          onChange={(lastName) => set({ lastName })}
          isRequired
        />
      </div>
      <TextField
        label={t('domiDesk.proxies.birthDate')}
        name="birthDate"
        type="date"
        value={draft.birthDate}
        onChange={(birthDate) => set({ birthDate })}
      />
      <div className="desk-row">
        <TextField
          label={t('domiDesk.proxies.from')}
          name="validFrom"
          type="date"
          value={draft.validFrom}
          onChange={(validFrom) => set({ validFrom })}
          isRequired
        />
        <TextField
          label={t('domiDesk.proxies.until')}
          name="validUntil"
          type="date"
          value={draft.validUntil}
          onChange={(validUntil) => set({ validUntil })}
          isRequired
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiDesk.proxies.submit')}
        </Button>
      </div>
    </Form>
  )
}
