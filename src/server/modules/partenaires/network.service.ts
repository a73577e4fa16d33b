import { sql } from 'drizzle-orm'
import { DomainError, notFound } from '../../../shared/errors'
import { parisDate } from '../../../shared/dates'
import type { StructureNetworkView } from '../../../shared/modules/partenaires/network.contract'
import { rows, type Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { parisInstant } from './network-meeting-dates'
import { remindStructures, type NetworkMailDeps } from './network-reminders'
import { networkRepository } from './network.repository'
import {
  campaignView,
  charterSummaryView,
  iso,
  latestSignature,
  signatureView,
  staleEntryView,
  structureSignatureView,
} from './network.presenter'

export interface NetworkDeps extends NetworkMailDeps {
  clock: () => Date
}

/** The signed-in member's organisation: the one that keeps the directory and animates its network. */
export function memberOf(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return { organisationId: actor.organisationId, accountId: actor.accountId }
}

export async function organisationName(tx: Db, id: string) {
  const [row] = await rows<{ name: string }>(tx, sql`select name from organisations where id = ${id}`)
  return row?.name ?? ''
}

const structureNotFound = () => notFound('Cette structure')
const charterNotFound = () => notFound('Cette version de la charte')

/** Entries to update, update campaigns, the charter and the per-structure view of the keeping organisation. */
export function networkService(deps: NetworkDeps) {
  return {
    async staleEntries(ctx: RequestContext) {
      const { organisationId } = memberOf(ctx)
      const items = (await networkRepository(ctx.tx).staleStructures(organisationId, deps.clock())).map(
        staleEntryView,
      )
      return { items, total: items.length }
    },

    async campaigns(ctx: RequestContext) {
      const { organisationId } = memberOf(ctx)
      return (await networkRepository(ctx.tx).campaigns(organisationId)).map(campaignView)
    },

    async campaign(ctx: RequestContext, id: string) {
      const { organisationId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const [row] = await repo.campaigns(organisationId, id)
      if (!row) throw notFound('Cette campagne')
      const started = new Date(row.started_at).getTime()
      const structures = (await repo.campaignStructures(organisationId)).map((s) => ({
        structureId: s.id,
        name: s.name,
        hasPartnerAccount: s.has_partner,
        confirmedAt: iso(s.confirmed_at),
        confirmedSinceCampaign: new Date(s.confirmed_at).getTime() >= started,
      }))
      return { ...campaignView(row), structures }
    },

    /** Reminds every published structure at once; participation is read later from their confirmations. */
    async startCampaign(ctx: RequestContext, message: string) {
      const { organisationId, accountId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const now = deps.clock()
      const structures = await rows<{ id: string; name: string; partner_organisation_id: string | null }>(
        ctx.tx,
        sql`select id, name, partner_organisation_id from directory_structures
            where organisation_id = ${organisationId} and status = 'publiee' order by name`,
      )
      const keeper = { id: organisationId, name: await organisationName(ctx.tx, organisationId) }
      const reminded = await remindStructures(deps, ctx.tx, keeper, structures, now, message || undefined)
      const campaign = await repo.insertCampaign({
        organisationId,
        startedAt: now,
        startedBy: accountId,
        message,
        reminded: reminded.length,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'directory_update_campaign',
        entityId: campaign.id,
        after: { startedAt: now.toISOString(), reminded: reminded.length },
      })
      const [row] = await repo.campaigns(organisationId, campaign.id)
      return campaignView(row!)
    },

    async charters(ctx: RequestContext) {
      const { organisationId } = memberOf(ctx)
      const list = await networkRepository(ctx.tx).charters(organisationId)
      const current = list[0]?.version ?? null
      return list.map((c) => charterSummaryView(c, current))
    },

    async charter(ctx: RequestContext, id: string) {
      const { organisationId } = memberOf(ctx)
      const list = await networkRepository(ctx.tx).charters(organisationId)
      const found = list.find((c) => c.id === id)
      if (!found) throw charterNotFound()
      return { ...charterSummaryView(found, list[0]!.version), body: found.body }
    },

    /** A new version, numbered after the last; the previous ones stay as they were published. */
    async publishCharter(ctx: RequestContext, body: { title: string; body: string }) {
      const { organisationId, accountId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const version = ((await repo.latestCharterVersion(organisationId)) ?? 0) + 1
      const charter = await repo.insertCharter({
        organisationId,
        version,
        title: body.title,
        body: body.body,
        publishedAt: deps.clock(),
        publishedBy: accountId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'network_charter',
        entityId: charter.id,
        after: { version, title: body.title },
      })
      return this.charter(ctx, charter.id)
    },

    async charterSignatures(ctx: RequestContext) {
      const { organisationId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const [structures, currentVersion] = await Promise.all([
        repo.publishedStructures(organisationId),
        repo.latestCharterVersion(organisationId),
      ])
      const signatures = await repo.signatures(structures.map((s) => s.id))
      await ctx.audit({ action: 'read', entityType: 'charter_signatures', entityId: null })
      return {
        currentVersion,
        items: structures.map((s) =>
          structureSignatureView(
            s,
            signatures.filter((g) => g.structure_id === s.id),
            currentVersion,
          ),
        ),
      }
    },

    /** The keeper copies a paper signature: the version signed, who signed, the day written on the paper. */
    async recordPaperSignature(
      ctx: RequestContext,
      charterId: string,
      body: { structureId: string; signatoryName: string; signedOn?: string | undefined },
    ) {
      const { organisationId, accountId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const charter = await repo.charterById(charterId)
      if (!charter || charter.organisationId !== organisationId) throw charterNotFound()
      const structure = await repo.structure(organisationId, body.structureId)
      if (!structure) throw structureNotFound()
      const now = deps.clock()
      if (body.signedOn && body.signedOn > parisDate(now))
        throw new DomainError('validation', 'Date de signature : elle ne peut pas être dans le futur.', [
          { field: 'signedOn', message: 'La date ne peut pas être dans le futur.' },
        ])
      const signedAt = body.signedOn ? parisInstant(body.signedOn, 12, 0) : now
      const inserted = await repo.insertSignature({
        organisationId,
        charterId,
        structureId: body.structureId,
        signatoryName: body.signatoryName,
        signedAt,
        recordedBy: accountId,
        method: 'papier',
      })
      if (!inserted)
        throw new DomainError('conflict', 'Cette structure a déjà signé cette version de la charte.', [
          { field: 'structureId', message: 'Déjà signée pour cette version.' },
        ])
      await ctx.audit({
        action: 'create',
        entityType: 'charter_signature',
        entityId: body.structureId,
        after: { charterId, version: charter.version, method: 'papier', signedAt: signedAt.toISOString() },
      })
      const [currentVersion, signatures] = await Promise.all([
        repo.latestCharterVersion(organisationId),
        repo.signatures([body.structureId]),
      ])
      return structureSignatureView(structure, signatures, currentVersion)
    },

    /** One structure's life in the network: charter, meetings, freshness of its entries. */
    async structureNetwork(ctx: RequestContext, structureId: string): Promise<StructureNetworkView> {
      const { organisationId } = memberOf(ctx)
      const repo = networkRepository(ctx.tx)
      const structure = await repo.structure(organisationId, structureId)
      if (!structure) throw structureNotFound()
      const [currentVersion, signatures, meetings] = await Promise.all([
        repo.latestCharterVersion(organisationId),
        repo.signatures([structureId]),
        repo.structureMeetings(structureId),
      ])
      await ctx.audit({ action: 'read', entityType: 'directory_structure_network', entityId: structureId })
      const now = deps.clock()
      return {
        structureId,
        name: structure.name,
        hasPartnerAccount: structure.has_partner,
        confirmedAt: iso(structure.confirmed_at),
        updateEveryMonths: structure.update_every_months,
        staleSince: iso(structure.stale_since),
        stale: new Date(structure.stale_since).getTime() <= now.getTime(),
        remindedAt: structure.stale_reminded_at ? iso(structure.stale_reminded_at) : null,
        currentCharterVersion: currentVersion,
        signatures: signatures.map(signatureView),
        signedCurrent: latestSignature(signatures, currentVersion).signedCurrent,
        meetings: meetings.map((m) => ({
          meetingId: m.id,
          kind: m.kind as StructureNetworkView['meetings'][number]['kind'],
          title: m.title,
          startsAt: iso(m.starts_at),
          response: m.response as StructureNetworkView['meetings'][number]['response'],
          participants: m.participants,
          attended: m.attended,
        })),
        invitedCount: meetings.length,
        attendedCount: meetings.filter((m) => m.attended === true).length,
      }
    },
  }
}
