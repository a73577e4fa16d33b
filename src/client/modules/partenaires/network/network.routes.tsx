import { Route } from 'wouter'
import { Guard } from '../../../app/Guard'
import { accessOf } from '../../../app/navigation'
import { networkContract, networkPages } from '../../../../shared/modules/partenaires/network.contract'
import { CharterPage } from './pages/CharterPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { PartnerNetworkPage } from './pages/PartnerNetworkPage'
import { StaleEntriesPage } from './pages/StaleEntriesPage'
import { StructureNetworkPage } from './pages/StructureNetworkPage'

/** The network's pages: entries to update, charter, meetings (keeper); charter and invitations (partner). */
export const networkRoutes = (
  <>
    <Route path="/reseau/fiches">
      <Guard access={accessOf('/reseau/fiches')}>
        <StaleEntriesPage />
      </Guard>
    </Route>
    <Route path="/reseau/charte">
      <Guard access={accessOf('/reseau/charte')}>
        <CharterPage />
      </Guard>
    </Route>
    <Route path="/reseau/reunions">
      <Guard access={accessOf('/reseau/reunions')}>
        <MeetingsPage />
      </Guard>
    </Route>
    <Route path="/reseau/reunions/:id">
      <Guard access={[networkContract.meeting.access]}>
        <MeetingPage />
      </Guard>
    </Route>
    <Route path="/reseau/structures/:id">
      <Guard access={[networkContract.structureNetwork.access]}>
        <StructureNetworkPage />
      </Guard>
    </Route>
    <Route path={networkPages.partnerNetwork}>
      <Guard access={accessOf(networkPages.partnerNetwork)}>
        <PartnerNetworkPage />
      </Guard>
    </Route>
  </>
)
