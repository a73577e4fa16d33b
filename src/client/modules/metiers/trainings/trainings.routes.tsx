import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { CentrePage } from './pages/CentrePage'
import { CentresPage } from './pages/CentresPage'
import { MallettePage } from './pages/MallettePage'
import { TrainingFormPage } from './pages/TrainingFormPage'
import { WelcomeKitPage } from './pages/WelcomeKitPage'
import { centresHref, malletteHref, trainingsApi, welcomeKitHref } from './trainings.queries'

/** The back-office pages of the métiers module's trainings part, for the router's Switch. */
export const trainingsRoutes = (
  <>
    <Route path={centresHref}>
      <Guard access={accessOf(centresHref)}>
        <CentresPage />
      </Guard>
    </Route>
    <Route path="/formation/centres/nouveau">
      <Guard access={[trainingsApi.createCentre.access]}>
        <CentrePage />
      </Guard>
    </Route>
    <Route path="/formation/centres/:centreId/nouvelle-formation">
      <Guard access={[trainingsApi.createTraining.access]}>
        <TrainingFormPage />
      </Guard>
    </Route>
    <Route path="/formation/centres/:id">
      <Guard access={[trainingsApi.centre.access]}>
        <CentrePage />
      </Guard>
    </Route>
    <Route path="/formation/formations/:id">
      <Guard access={[trainingsApi.editorTraining.access]}>
        <TrainingFormPage />
      </Guard>
    </Route>
    <Route path={malletteHref}>
      <Guard access={accessOf(malletteHref)}>
        <MallettePage />
      </Guard>
    </Route>
    <Route path={welcomeKitHref}>
      <Guard access={accessOf(welcomeKitHref)}>
        <WelcomeKitPage />
      </Guard>
    </Route>
  </>
)
