import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { themeVariables } from '../../../../app/theme'
import { useLoad } from '../../../../app/useLoad'
import { publicIdentityRoute } from '../directory.queries'

/** A public directory page in the organisation's colours, under its logo and name. */
export function PublicFrame({ organisationId, children }: { organisationId: string; children: ReactNode }) {
  const { t } = useTranslation()
  const identity = useLoad(() => call(publicIdentityRoute, { params: { organisationId } })).data?.organisation
  return (
    <div className="directory-public" style={identity ? themeVariables(identity) : undefined}>
      {identity ? (
        <div className="directory-identity">
          {identity.logoDataUrl ? (
            <img
              className="directory-identity__logo"
              src={identity.logoDataUrl}
              alt={t('shell.logoOf', { name: isolate(identity.name) })}
            />
          ) : null}
          <p className="directory-identity__name" dir="auto">
            {identity.name}
          </p>
        </div>
      ) : null}
      {children}
    </div>
  )
}
