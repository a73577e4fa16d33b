import { useEffect } from 'react'
import type { ResponseOf } from '../../../shared/contract'
import { accueilContract } from '../../../shared/modules/accueil/accueil.contract'
import { usagersContract } from '../../../shared/modules/usagers/usagers.contract'
import { call } from '../../api'
import { useLoad } from '../../app/useLoad'

/** The routes of the accueil module, and the usager search its request form uses. */
export const accueilApi = accueilContract
export const usagersApi = usagersContract

export type RequestDetail = ResponseOf<typeof accueilApi.get>
export type RequestList = ResponseOf<typeof accueilApi.list>
export type RequestSummary = RequestList['items'][number]
export type Counters = ResponseOf<typeof accueilApi.counters>
export type Delays = ResponseOf<typeof accueilApi.delays>
export type ContactForm = ResponseOf<typeof accueilApi.contactForm>
export type Commitments = ResponseOf<typeof accueilApi.commitments>
export type UsagerFound = ResponseOf<typeof usagersApi.search>[number]

/**
 * Pages that change a request tell the header, so its counters stay right without a reload.
 * (A DOM event: the header and the pages share no state.)
 */
const changedEvent = 'lien:demandes-modifiees'
export const announceRequestsChanged = () => window.dispatchEvent(new Event(changedEvent))

export function useOnRequestsChanged(listener: () => void) {
  useEffect(() => {
    window.addEventListener(changedEvent, listener)
    return () => window.removeEventListener(changedEvent, listener)
  }, [listener])
}

/** The announced delays of the current organisation (every member may read them). */
export const useDelays = (enabled = true) => useLoad(() => call(accueilApi.delays, {}), enabled)
