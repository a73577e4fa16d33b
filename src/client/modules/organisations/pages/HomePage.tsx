import { useTranslation } from 'react-i18next'
import { OrganisationSwitcher } from '../../../app/OrganisationSwitcher'
import { useLabels } from '../../../app/labels'
import { visibleNavItems } from '../../../app/navigation'
import { useSession } from '../../../app/session'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { isolate } from '../../../app/bidi'

/** Home: who I am, where I work, and what I can do here. */
export function HomePage() {
  const { t } = useTranslation()
  const labels = useLabels()
  const { session, organisation } = useSession()
  const membership = session?.memberships.find((m) => m.organisationId === session.currentOrganisationId)
  const links = visibleNavItems(session).filter((item) => item.href !== '/')

  return (
    <Page title={t('home.title', { name: isolate(session?.account?.displayName ?? '') })}>
      <section className="card" aria-labelledby="organisation-courante">
        <h2 id="organisation-courante">{t('home.organisation')}</h2>
        {membership ? (
          <>
            <p className="lead">
              <bdi>{organisation?.name ?? membership.organisationName}</bdi>{' '}
              <span className="muted">
                (<bdi>{labels.kind(membership.organisationKind)}</bdi>)
              </span>
            </p>
            <p>
              {t('home.roles')} {labels.roles(membership.roles)}
            </p>
          </>
        ) : (
          <p>{t('home.noOrganisation')}</p>
        )}
        <OrganisationSwitcher />
      </section>
      <section aria-labelledby="acces-rapides">
        <h2 id="acces-rapides">{t('home.shortcuts')}</h2>
        <ul className="tiles">
          {links.map((item) => (
            <li key={item.href} className="tile">
              <Link href={item.href} className="tile__link">
                {t(item.label)}
              </Link>
              <p className="tile__text">{t(`${item.label}Help`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  )
}
