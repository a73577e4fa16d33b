import { useTranslation } from 'react-i18next'
import {
  invitationResponses,
  meetingKinds,
  networkContract,
  type InvitationResponse,
  type MeetingKind,
} from '../../../../shared/modules/partenaires/network.contract'

/** The routes of the network's life: entries to update, charter, meetings. */
export const networkApi = networkContract

/** Labels of meeting kinds and invitation answers in the interface language. */
export function useNetworkLabels() {
  const { t } = useTranslation()
  const kind = (k: MeetingKind) => t(`reseau.meetings.kinds.${k}`)
  const response = (r: InvitationResponse) => t(`reseau.meetings.responses.${r}`)
  return {
    kind,
    response,
    kindOptions: meetingKinds.map((k) => ({ id: k, label: kind(k) })),
    responseOptions: invitationResponses.map((r) => ({ id: r, label: response(r) })),
  }
}

export const isMeetingKind = (v: unknown): v is MeetingKind => meetingKinds.some((k) => k === v)
