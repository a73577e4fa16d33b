import { lazy, Suspense, type ComponentType } from 'react'
import { Route } from 'wouter'

/** Each page loads when first shown: the portal's first page stays small. */
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }))

const PublicSeatsPage = page(async () => (await import('./PublicSeatsPage')).PublicSeatsPage)
const MyApprenticeshipPage = page(async () => (await import('./MyApprenticeshipPage')).MyApprenticeshipPage)
const ConversationPage = page<{ id: string }>(
  async () => (await import('./ConversationPage')).ConversationPage,
)

/** The portal's pages of the apprenticeships part, to place inside the portal's `<Switch>` (a fragment). */
export const apprenticeshipsPortalRoutes = (
  <>
    <Route path="/metiers/apprentissage">
      <Suspense fallback={null}>
        <PublicSeatsPage />
      </Suspense>
    </Route>
    <Route path="/metiers/compte/apprentissage">
      <Suspense fallback={null}>
        <MyApprenticeshipPage />
      </Suspense>
    </Route>
    <Route path="/metiers/compte/apprentissage/contacts/:id">
      {(p) => (
        <Suspense fallback={null}>
          <ConversationPage key={p.id} id={p.id} />
        </Suspense>
      )}
    </Route>
  </>
)
