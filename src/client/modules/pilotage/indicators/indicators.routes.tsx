import { Route } from 'wouter'
import { pilotageIndicatorsContract as api } from '../../../../shared/modules/pilotage/indicators.contract'
import { Guard } from '../../../app/Guard'
import { LoadedIndicator } from './pages/IndicatorPage'

/** The back-office pages of the pilotage module's indicators part, for the router's Switch. */
export const indicatorsRoutes = (
  <>
    <Route path="/pilotage/indicateurs/:id">
      {(p) => (
        <Guard access={[api.get.access]}>
          <LoadedIndicator key={p.id} id={p.id} />
        </Guard>
      )}
    </Route>
  </>
)
