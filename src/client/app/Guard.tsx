import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Redirect } from 'wouter'
import type { AccessRule } from '../../shared/contract'
import { Page } from '../ui/Page'
import { canAccessAny } from './access'
import { useSession } from './session'

/** Shows the page if the session may use it; otherwise sends to sign-in or says access is refused. */
export function Guard({ access, children }: { access: readonly AccessRule[]; children: ReactNode }) {
  const { t } = useTranslation()
  const { session } = useSession()
  if (session?.stage !== 'active') return <Redirect to="/connexion" replace />
  if (!canAccessAny(access, session)) {
    return (
      <Page title={t('errors.forbiddenTitle')}>
        <p>{t('errors.forbiddenText')}</p>
      </Page>
    )
  }
  return <>{children}</>
}
