import { useTranslation } from 'react-i18next'
import { canAccess } from '../../../app/access'
import { useSession } from '../../../app/session'
import { Link } from '../../../ui/Link'
import { PersonRequests } from '../../accueil/components/PersonRequests'
import { requestsApi, type Person } from '../usagers.queries'
import { SectionCard } from './SectionCard'

/** Demandes: the person's requests from the accueil module, and a new one for them. */
export function RequestsSection({ person }: { person: Person }) {
  const { t } = useTranslation()
  const { session } = useSession()
  if (!canAccess(requestsApi.list.access, session)) return null
  const canCreate = canAccess(requestsApi.create.access, session) && !person.anonymisedAt
  return (
    <SectionCard id="section-demandes" title={t('usagers.sections.requests')}>
      {canCreate ? (
        <p>
          <Link href={`/demandes/nouvelle?usager=${person.id}`}>{t('usagers.requests.create')}</Link>
        </p>
      ) : null}
      <PersonRequests usagerId={person.id} />
    </SectionCard>
  )
}
