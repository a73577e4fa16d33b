import { useTranslation } from 'react-i18next'
import { canAccess } from '../../../app/access'
import { useSession } from '../../../app/session'
import { Link } from '../../../ui/Link'
import { requestsApi, type Person } from '../usagers.queries'
import { SectionCard } from './SectionCard'

/** Demandes: the person's requests from the accueil module. */
export function RequestsSection({ person }: { person: Person }) {
  const { t } = useTranslation()
  const { session } = useSession()
  const canCreate = canAccess(requestsApi.create.access, session) && !person.anonymisedAt
  if (!canCreate) return null
  return (
    <SectionCard id="section-demandes" title={t('usagers.sections.requests')}>
      <p>
        <Link href="/demandes/nouvelle">{t('usagers.requests.create')}</Link>
      </p>
    </SectionCard>
  )
}
