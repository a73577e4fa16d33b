import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isolate } from '../../../app/bidi'
import { themeVariables } from '../../../app/theme'
import type { PublicIdentityView } from '../../../../shared/modules/accueil/accueil.contract'

/**
 * A public page in the structure's colours, under its logo and name. The colours are made
 * readable as in the signed-in shell (white text on them, and them on white, at 4.5:1 at least)
 * and apply to this page only.
 */
export function PublicIdentity({
  identity,
  children,
}: {
  identity: PublicIdentityView | null
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="public-page" style={identity ? themeVariables(identity) : undefined}>
      {identity ? (
        <div className="public-identity">
          {identity.logoDataUrl ? (
            <img
              className="public-identity__logo"
              src={identity.logoDataUrl}
              alt={t('shell.logoOf', { name: isolate(identity.name) })}
            />
          ) : null}
          <p className="public-identity__name" dir="auto">
            {identity.name}
          </p>
        </div>
      ) : null}
      {children}
    </div>
  )
}
