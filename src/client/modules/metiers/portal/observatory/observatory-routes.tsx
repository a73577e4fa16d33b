import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** The contact page loads when first shown: the portal's first page stays small. */
const ContactPage = lazy(async () => ({ default: (await import('./ContactPage')).ContactPage }))

function LoadedContactPage() {
  const { t } = useTranslation()
  return (
    <Suspense
      fallback={
        <div className="pf-page">
          <p className="pf-loading" role="status">
            {t('portail.chargement')}
          </p>
        </div>
      }
    >
      <ContactPage />
    </Suspense>
  )
}

/** The portal's pages of the observatory part, to place inside the portal's `<Switch>` (a fragment). */
export const observatoryPortalRoutes = (
  <>
    <Route path="/metiers/contact" component={LoadedContactPage} />
  </>
)
