import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Route } from 'wouter'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const EventsPage = page(async () => (await import('./EventsPage')).EventsPage)
const EventPage = page<{ slug: string }>(async () => (await import('./EventPage')).EventPage)
const RegistrationPage = page<{ slug: string; token: string }>(
  async () => (await import('./RegistrationPage')).RegistrationPage,
)
const MyEventsPage = page(async () => (await import('./MyEventsPage')).MyEventsPage)

function Loading() {
  const { t } = useTranslation()
  return (
    <div className="pf-page">
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    </div>
  )
}

/** The portal's pages of the events part, to place inside the portal's `<Switch>` (a fragment). */
export const eventsPortalRoutes = (
  <>
    <Route path="/metiers/evenements">
      <Suspense fallback={<Loading />}>
        <EventsPage />
      </Suspense>
    </Route>
    <Route path="/metiers/evenements/:slug/inscription/:token">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <RegistrationPage key={`${p.slug}/${p.token}`} slug={p.slug} token={p.token} />
        </Suspense>
      )}
    </Route>
    <Route path="/metiers/evenements/:slug">
      {(p) => (
        <Suspense fallback={<Loading />}>
          <EventPage key={p.slug} slug={p.slug} />
        </Suspense>
      )}
    </Route>
    <Route path="/metiers/compte/evenements">
      <Suspense fallback={<Loading />}>
        <MyEventsPage />
      </Suspense>
    </Route>
  </>
)
