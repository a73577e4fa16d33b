import type { PublicIdentityView } from '../../../shared/modules/accueil/accueil.contract'
import type { Organisation } from '../organisations'

/** What the public pages show of the structure: name, logo and colours, nothing else. */
export const presentPublicIdentity = (org: Organisation): PublicIdentityView => ({
  id: org.id,
  name: org.name,
  logoDataUrl: org.logoDataUrl,
  primaryColor: org.primaryColor,
  accentColor: org.accentColor,
})
