import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { canAccess } from '../../../../app/access'
import { useSession } from '../../../../app/session'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { mailApi, fileMailHref, type DeskFile } from '../desk.queries'
import { DeskFileSearch, useDescribeFile } from '../components/DeskFileSearch'
import { MailArrivals } from '../components/MailArrivals'
import { MailPanel } from '../components/MailPanel'
import '../desk.css'

/**
 * The mail desk: the morning's post in a few keystrokes, then the hand-over to the people who come
 * for their mail (or a visit or a call noted), on one page.
 */
export function MailDeskPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const describe = useDescribeFile()
  const canRegister = canAccess(mailApi.register.access, session)
  const [current, setCurrent] = useState<DeskFile | null>(null)

  return (
    <Page title={t('domiDesk.desk.title')} intro={t('domiDesk.desk.intro')}>
      {canRegister ? (
        <section className="card" aria-labelledby="arrivee">
          <h2 id="arrivee">{t('domiDesk.arrivals.title')}</h2>
          <p className="small">{t('domiDesk.arrivals.intro')}</p>
          <MailArrivals />
        </section>
      ) : null}
      <section className="card" aria-labelledby="remise">
        <h2 id="remise">{t('domiDesk.desk.handOverTitle')}</h2>
        <DeskFileSearch
          label={t('domiDesk.desk.search')}
          help={t('domiDesk.desk.searchHelp')}
          onPick={setCurrent}
        />
        {current ? (
          <div className="stack">
            <h3 className="desk-person">
              <bdi>{current.personLabel}</bdi>
            </h3>
            <p className="small">
              {describe(current)} · <Link href={fileMailHref(current.id)}>{t('domiDesk.desk.openPage')}</Link>
            </p>
            <MailPanel key={current.id} domiciliationId={current.id} headingLevel={3} onFile={setCurrent} />
          </div>
        ) : null}
      </section>
    </Page>
  )
}
