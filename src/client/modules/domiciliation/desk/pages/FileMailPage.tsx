import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { isolate } from '../../../../app/bidi'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { MailPanel } from '../components/MailPanel'
import { deskHref, fileHref } from '../desk.queries'

/** One person's mail on its own page (`/domiciliation/:id/courrier`). */
export function FileMailPage() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const [name, setName] = useState<string | null>(null)
  return (
    <Page title={name ? t('domiDesk.file.title', { name: isolate(name) }) : t('domiDesk.file.titleShort')}>
      <p className="actions">
        <Link href={fileHref(id)}>{t('domiDesk.file.backToFile')}</Link>
        <Link href={deskHref}>{t('domiDesk.file.backToDesk')}</Link>
      </p>
      <MailPanel domiciliationId={id} onFile={(f) => setName(f.personLabel)} />
    </Page>
  )
}
