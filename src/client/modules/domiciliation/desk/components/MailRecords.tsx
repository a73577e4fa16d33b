import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Table } from '../../../../ui/Table'
import { formatMoment, useDeskLabels } from '../desk.labels'
import { mailApi, messageOf, type Contact, type MailItem } from '../desk.queries'

/** The record of contacts (CASF D264-3), newest first. */
export function ContactsRegister({ contacts }: { contacts: Contact[] }) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  return (
    <Table
      caption={t('domiDesk.records.contactsCaption', { count: contacts.length })}
      columns={[
        t('domiDesk.records.when'),
        t('domiDesk.records.what'),
        t('domiDesk.records.agent'),
        t('domiDesk.records.note'),
      ]}
      isEmpty={contacts.length === 0}
      empty={t('domiDesk.records.noContact')}
    >
      {contacts.map((c) => (
        <tr key={c.id}>
          <td className="nowrap">{formatMoment(c.at, i18n.language)}</td>
          <td>{labels.contactKind(c.kind)}</td>
          <td>{c.agent ? <bdi>{c.agent.displayName}</bdi> : t('domiDesk.records.nobody')}</td>
          <td className="desk-note" dir="auto">
            {c.note ?? ''}
          </td>
        </tr>
      ))}
    </Table>
  )
}

/** Every item ever registered for the person, loaded on demand. */
export function MailHistory({ domiciliationId }: { domiciliationId: string }) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const [items, setItems] = useState<MailItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = async () => {
    try {
      const data = await call(mailApi.fileMail, { params: { id: domiciliationId }, query: { state: 'tous' } })
      setItems(data.items)
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const outcome = (i: MailItem) => {
    switch (i.state) {
      case 'en_attente':
        return labels.state(i.state)
      case 'remis':
        return t(i.proxy ? 'domiDesk.records.handedToProxy' : 'domiDesk.records.handedToPerson', {
          date: i.handedOverAt ? formatMoment(i.handedOverAt, i18n.language) : '',
          name: isolate(i.proxy?.name ?? ''),
        })
      case 'reexpedie':
        return t('domiDesk.records.forwardedOn', {
          date: i.forwardedAt ? formatMoment(i.forwardedAt, i18n.language) : '',
        })
      case 'retourne':
        return t('domiDesk.records.returnedOn', {
          date: i.returnedAt ? formatMoment(i.returnedAt, i18n.language) : '',
          reason: i.returnReason ? labels.returnReason(i.returnReason) : '',
        })
    }
  }
  if (!items) {
    return (
      <>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="actions">
          <Button onPress={() => void load()}>{t('domiDesk.records.showAll')}</Button>
        </div>
      </>
    )
  }
  return (
    <Table
      caption={t('domiDesk.records.mailCaption', { count: items.length })}
      columns={[
        t('domiDesk.records.arrived'),
        t('domiDesk.records.kind'),
        t('domiDesk.records.sender'),
        t('domiDesk.records.outcome'),
      ]}
      isEmpty={items.length === 0}
      empty={t('domiDesk.records.noMail')}
    >
      {items.map((i) => (
        <tr key={i.id}>
          <td className="nowrap">{formatMoment(i.receivedAt, i18n.language)}</td>
          <td>{labels.kind(i.kind)}</td>
          <td dir="auto">{i.sender ?? '—'}</td>
          <td>{outcome(i)}</td>
        </tr>
      ))}
    </Table>
  )
}
