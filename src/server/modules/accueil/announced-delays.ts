import {
  channelLabels,
  defaultAnnouncedDelays,
  requestChannels,
  type AnnouncedDelays,
  type RequestChannel,
} from '../../../shared/modules/accueil/accueil.constants'
import type { AccueilRepository } from './accueil.repository'

export interface ResolvedDelays {
  delays: AnnouncedDelays
  /** Channels whose delay the organisation has set itself; the others carry the default. */
  custom: Set<RequestChannel>
}

export const DELAYS_NOTE =
  'Délais en jours ouvrés, sans compter le jour de réception. Tant que votre organisation ne les a pas fixés, ' +
  'les valeurs indiquées sont des délais par défaut proposés par Lien.'

const isChannel = (c: string): c is RequestChannel => (requestChannels as readonly string[]).includes(c)

export async function resolveDelays(
  repo: AccueilRepository,
  organisationId: string,
): Promise<ResolvedDelays> {
  const delays = { ...defaultAnnouncedDelays }
  const custom = new Set<RequestChannel>()
  for (const row of await repo.delays(organisationId)) {
    if (!isChannel(row.channel)) continue
    delays[row.channel] = row.workingDays
    custom.add(row.channel)
  }
  return { delays, custom }
}

export const delayViews = ({ delays, custom }: ResolvedDelays) =>
  requestChannels.map((channel) => ({
    channel,
    label: channelLabels[channel],
    workingDays: delays[channel],
    isDefault: !custom.has(channel),
  }))
