import type { ReactNode } from 'react'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { PublicIdentity } from '../../../accueil/components/PublicIdentity'
import { publicIdentityRoute } from '../directory.queries'
import '../../../accueil/accueil.css'

/** A public directory page in the organisation's colours, under its logo and name. */
export function PublicFrame({ organisationId, children }: { organisationId: string; children: ReactNode }) {
  const identity = useLoad(() => call(publicIdentityRoute, { params: { organisationId } })).data?.organisation
  return <PublicIdentity identity={identity ?? null}>{children}</PublicIdentity>
}
