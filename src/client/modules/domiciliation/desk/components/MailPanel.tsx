import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { formatDay, formatMoment, useDeskLabels } from '../desk.labels'
import { mailApi, type DeskFile } from '../desk.queries'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { ContactForm } from './ContactForm'
import { ForwardingSection } from './ForwardingSection'
import { HandOver } from './HandOver'
import { ContactsRegister, MailHistory } from './MailRecords'
import { PanelLevel, PanelSection } from './PanelSection'
import { PortalCode } from './PortalCode'
import { ProxiesSection } from './ProxiesSection'
import '../desk.css'

/** Where the person's mail stands: number, status, validity, last contact, NPAI, forwarding. */
function MailSummary({
  file,
  canWrite,
  onChanged,
}: {
  file: DeskFile
  canWrite: boolean
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const labels = useDeskLabels()
  const [lifting, setLifting] = useState(false)
  return (
    <>
      <dl className="facts desk-summary">
        <dt>{t('domiDesk.summary.fileNumber')}</dt>
        <dd>{file.fileNumber}</dd>
        <dt>{t('domiDesk.summary.status')}</dt>
        <dd>
          {file.active && file.validUntil
            ? t('domiDesk.summary.validUntil', { date: formatDay(file.validUntil, i18n.language) })
            : labels.status(file.status)}
        </dd>
        <dt>{t('domiDesk.summary.lastContact')}</dt>
        <dd>
          {file.lastContactAt
            ? formatMoment(file.lastContactAt, i18n.language)
            : t('domiDesk.summary.noContact')}
        </dd>
        <dt>{t('domiDesk.summary.waiting')}</dt>
        <dd>{t('domiDesk.summary.waitingCount', { count: file.waitingCount })}</dd>
        {file.forwarding ? (
          <>
            <dt>{t('domiDesk.summary.forwarding')}</dt>
            <dd dir="auto">{file.forwarding.address}</dd>
          </>
        ) : null}
        {file.npaiSince ? (
          <>
            <dt>{t('domiDesk.summary.npai')}</dt>
            <dd>
              <span className="desk-refusal">
                {t('domiDesk.summary.npaiSince', { date: formatDay(file.npaiSince, i18n.language) })}
              </span>
              {canWrite ? (
                <span className="desk-inline-action">
                  <Button onPress={() => setLifting(true)}>{t('domiDesk.summary.liftNpai')}</Button>
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {!file.active ? (
        <Alert tone="info">{t('domiDesk.summary.inactive', { status: labels.status(file.status) })}</Alert>
      ) : null}
      {lifting ? (
        <ConfirmDialog
          title={t('domiDesk.summary.liftTitle')}
          confirmLabel={t('domiDesk.summary.liftNpai')}
          onConfirm={async () => {
            await call(mailApi.clearNpai, { params: { id: file.id } })
            onChanged()
          }}
          onClose={() => setLifting(false)}
        >
          <p>{t('domiDesk.summary.liftText')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  )
}

interface MailPanelProps {
  domiciliationId: string
  /** 2 on its own page; 3 when the file page includes the panel under its own heading. */
  headingLevel?: 2 | 3
  /** Told after any change (a hand-over moves the last contact shown elsewhere on the page). */
  onChanged?: () => void
  /** Given the file each time it is read (a page title names the person). */
  onFile?: (file: DeskFile) => void
}

/**
 * A domiciled person's mail: the waiting items and their hand-over, a visit or a call, proxies,
 * forwarding and NPAI, the code of the personal space, the record of contacts and the mail history.
 * Writing parts show only to the roles the contract lets write.
 */
export function MailPanel({ domiciliationId, headingLevel = 2, onChanged, onFile }: MailPanelProps) {
  const { t } = useTranslation()
  const { session } = useSession()
  const canWrite = canAccess(mailApi.handOver.access, session)
  const mail = useLoad(() =>
    call(mailApi.fileMail, { params: { id: domiciliationId }, query: { state: 'en_attente' } }),
  )
  const contacts = useLoad(() => call(mailApi.contacts, { params: { id: domiciliationId } }))
  const reloadMail = mail.reload
  const reloadContacts = contacts.reload
  const changed = useCallback(() => {
    void reloadMail()
    void reloadContacts()
    onChanged?.()
  }, [reloadMail, reloadContacts, onChanged])
  const file = mail.data?.file
  useEffect(() => {
    if (file) onFile?.(file)
  }, [file, onFile])

  if (mail.error && !mail.data) return <Alert tone="error">{mail.error}</Alert>
  if (!mail.data) return <p className="loading">{t('common.loading')}</p>
  const data = mail.data
  const prefix = `courrier-${domiciliationId.slice(-8)}`

  return (
    <PanelLevel.Provider value={headingLevel}>
      <div className="desk-panel">
        <MailSummary file={data.file} canWrite={canWrite} onChanged={changed} />
        <PanelSection
          id={`${prefix}-attente`}
          title={t('domiDesk.handOver.title', { count: data.file.waitingCount })}
        >
          <HandOver data={data} canWrite={canWrite} onChanged={changed} />
        </PanelSection>
        {canWrite ? (
          <PanelSection id={`${prefix}-contact`} title={t('domiDesk.contact.title')}>
            <ContactForm domiciliationId={domiciliationId} onChanged={changed} />
          </PanelSection>
        ) : null}
        <PanelSection id={`${prefix}-procurations`} title={t('domiDesk.proxies.title')}>
          <ProxiesSection
            domiciliationId={domiciliationId}
            proxies={data.proxies}
            canWrite={canWrite}
            onChanged={changed}
          />
        </PanelSection>
        <PanelSection id={`${prefix}-reexpedition`} title={t('domiDesk.forwarding.title')}>
          <ForwardingSection file={data.file} canWrite={canWrite} onChanged={changed} />
        </PanelSection>
        {canWrite ? (
          <PanelSection id={`${prefix}-espace`} title={t('domiDesk.portal.title')}>
            <PortalCode domiciliationId={domiciliationId} personLabel={data.file.personLabel} />
          </PanelSection>
        ) : null}
        <PanelSection id={`${prefix}-contacts`} title={t('domiDesk.records.contactsTitle')}>
          {contacts.error ? <Alert tone="error">{contacts.error}</Alert> : null}
          {contacts.data ? <ContactsRegister contacts={contacts.data.contacts} /> : null}
        </PanelSection>
        <PanelSection id={`${prefix}-historique`} title={t('domiDesk.records.mailTitle')}>
          <MailHistory key={data.file.waitingCount} domiciliationId={domiciliationId} />
        </PanelSection>
      </div>
    </PanelLevel.Provider>
  )
}
