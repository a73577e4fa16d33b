import { and, eq, sql } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'
import { charterSignatures, meetingInvitations, networkCharters, networkMeetings } from './partenaires.table'
import { directoryUpdateCampaigns } from './network.table'

export interface StructureFreshnessRow {
  id: string
  name: string
  confirmed_at: Date
  update_every_months: number
  stale_since: Date
  has_partner: boolean
  has_email: boolean
  stale_reminded_at: Date | null
}

export interface CampaignRow {
  id: string
  started_at: Date
  started_by: string | null
  message: string
  reminded: number
  confirmed: number
  not_yet: number
}

export interface CharterRow {
  id: string
  version: number
  title: string
  body: string
  published_at: Date
  published_by: string | null
  signatures: number
}

export interface SignatureRow {
  structure_id: string
  charter_id: string
  version: number
  signatory_name: string
  signed_at: Date
  method: string
}

export interface MeetingRow {
  id: string
  organisation_id: string
  kind: string
  title: string
  starts_at: Date
  ends_at: Date
  location: string
  agenda: string
  capacity: number | null
  minutes: string | null
  minutes_published_at: Date | null
  invited: number
  registered: number
  excused: number
  participants: number
  attended: number | null
}

export interface InvitationRow {
  structure_id: string
  name: string
  has_partner: boolean
  has_email: boolean
  response: string
  participants: number
  attended: boolean | null
  invited_at: Date
  responded_at: Date | null
}

const staleSince = sql`(s.confirmed_at + make_interval(months => s.update_every_months))`
const freshnessColumns = sql`s.id, s.name, s.confirmed_at, s.update_every_months, ${staleSince} as stale_since,
  s.partner_organisation_id is not null as has_partner, coalesce(s.email, '') <> '' as has_email, s.stale_reminded_at`

const meetingColumns = sql`m.id, m.organisation_id, m.kind, m.title, m.starts_at,
  coalesce(m.ends_at, m.starts_at + interval '1 hour') as ends_at, m.location, m.agenda, m.capacity, m.minutes,
  m.minutes_published_at,
  (select count(*)::int from meeting_invitations i where i.meeting_id = m.id) as invited,
  (select count(*)::int from meeting_invitations i where i.meeting_id = m.id and i.response = 'inscrite') as registered,
  (select count(*)::int from meeting_invitations i where i.meeting_id = m.id and i.response = 'excusee') as excused,
  (select coalesce(sum(i.participants), 0)::int from meeting_invitations i
    where i.meeting_id = m.id and i.response = 'inscrite') as participants,
  (select case when count(i.attended) = 0 then null else count(*) filter (where i.attended)::int end
    from meeting_invitations i where i.meeting_id = m.id) as attended`

/** Queries of the network's life, inside a tenant transaction (the keeper's or a partner's). */
export function networkRepository(tx: Db) {
  return {
    // —— Structures ——
    structure: async (keeperId: string, structureId: string) =>
      (
        await rows<StructureFreshnessRow & { status: string }>(
          tx,
          sql`select ${freshnessColumns}, s.status from directory_structures s
              where s.id = ${structureId} and s.organisation_id = ${keeperId}`,
        )
      )[0],

    staleStructures: (keeperId: string, now: Date) =>
      rows<StructureFreshnessRow>(
        tx,
        sql`select ${freshnessColumns} from directory_structures s
            where s.organisation_id = ${keeperId} and s.status = 'publiee' and ${staleSince} <= ${now}
            order by s.confirmed_at, s.name`,
      ),

    /** Published structures, optionally only those offering a service of this theme. */
    publishedStructureIds: async (keeperId: string, theme?: string) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`select s.id from directory_structures s
              where s.organisation_id = ${keeperId} and s.status = 'publiee'
              ${
                theme
                  ? sql`and exists (select 1 from directory_services v where v.structure_id = s.id
                        and v.status = 'publiee' and ${theme} = any (v.themes))`
                  : sql``
              }
              order by s.name`,
        )
      ).map((r) => r.id),

    keeperStructureIds: async (keeperId: string, ids: string[]) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`select id from directory_structures
              where organisation_id = ${keeperId} and id in (${sql.join(
                ids.map((i) => sql`${i}`),
                sql`, `,
              )})`,
        )
      ).map((r) => r.id),

    markReminded: (structureIds: string[], at: Date) =>
      structureIds.length === 0
        ? Promise.resolve()
        : tx.execute(
            sql`update directory_structures set stale_reminded_at = ${at}
                where id in (${sql.join(
                  structureIds.map((i) => sql`${i}`),
                  sql`, `,
                )})`,
          ),

    /**
     * Where to write for each of these structures of the caller's directory: the active members of
     * its partner organisation, or the structure's own address when it has none. A bounded SECURITY
     * DEFINER function: the keeper cannot read another organisation's members.
     */
    recipients: (structureIds: string[]) =>
      structureIds.length === 0
        ? Promise.resolve([] as { structure_id: string; email: string }[])
        : rows<{ structure_id: string; email: string }>(
            tx,
            sql`select structure_id, email from network_structure_recipients(${`{${structureIds.join(',')}}`}::uuid[])`,
          ),

    /** For each structure, its first published service (by name): the public page a structure without an account is sent to. */
    firstPublishedServices: async (structureIds: string[]) =>
      new Map(
        (structureIds.length === 0
          ? []
          : await rows<{ structure_id: string; id: string }>(
              tx,
              sql`select distinct on (v.structure_id) v.structure_id, v.id from directory_services v
                  where v.status = 'publiee' and v.structure_id in (${sql.join(
                    structureIds.map((i) => sql`${i}`),
                    sql`, `,
                  )})
                  order by v.structure_id, v.name`,
            )
        ).map((r) => [r.structure_id, r.id]),
      ),

    // —— Campaigns ——
    insertCampaign: async (values: typeof directoryUpdateCampaigns.$inferInsert) =>
      (await tx.insert(directoryUpdateCampaigns).values(values).returning())[0]!,

    campaigns: (keeperId: string, campaignId?: string) =>
      rows<CampaignRow>(
        tx,
        sql`select c.id, c.started_at, a.display_name as started_by, c.message, c.reminded,
              (select count(*)::int from directory_structures s where s.organisation_id = c.organisation_id
                and s.status = 'publiee' and s.confirmed_at >= c.started_at) as confirmed,
              (select count(*)::int from directory_structures s where s.organisation_id = c.organisation_id
                and s.status = 'publiee' and s.confirmed_at < c.started_at) as not_yet
            from directory_update_campaigns c left join accounts a on a.id = c.started_by
            where c.organisation_id = ${keeperId} ${campaignId ? sql`and c.id = ${campaignId}` : sql``}
            order by c.started_at desc`,
      ),

    campaignStructures: (keeperId: string) =>
      rows<{ id: string; name: string; has_partner: boolean; confirmed_at: Date }>(
        tx,
        sql`select s.id, s.name, s.partner_organisation_id is not null as has_partner, s.confirmed_at
            from directory_structures s where s.organisation_id = ${keeperId} and s.status = 'publiee'
            order by s.confirmed_at, s.name`,
      ),

    // —— Charter ——
    charters: (keeperId: string) =>
      rows<CharterRow>(
        tx,
        sql`select c.id, c.version, c.title, c.body, c.published_at, a.display_name as published_by,
              (select count(*)::int from charter_signatures g where g.charter_id = c.id) as signatures
            from network_charters c left join accounts a on a.id = c.published_by
            where c.organisation_id = ${keeperId} order by c.version desc`,
      ),

    /** The keepers whose network lists the caller's organisation, with their current charter. */
    currentChartersOfMyKeepers: () =>
      rows<CharterRow & { organisation_id: string; keeper_name: string }>(
        tx,
        sql`select distinct on (c.organisation_id) c.id, c.organisation_id, o.name as keeper_name, c.version, c.title,
              c.body, c.published_at, null as published_by, 0 as signatures
            from network_charters c join organisations o on o.id = c.organisation_id
            where c.organisation_id = any (app_network_keeper_ids())
            order by c.organisation_id, c.version desc`,
      ),

    charterById: async (charterId: string) =>
      (
        await tx
          .select({
            id: networkCharters.id,
            organisationId: networkCharters.organisationId,
            version: networkCharters.version,
          })
          .from(networkCharters)
          .where(eq(networkCharters.id, charterId))
      )[0],

    latestCharterVersion: async (keeperId: string) =>
      (
        await rows<{ version: number | null }>(
          tx,
          sql`select max(version)::int as version from network_charters where organisation_id = ${keeperId}`,
        )
      )[0]?.version ?? null,

    insertCharter: async (values: typeof networkCharters.$inferInsert) =>
      (await tx.insert(networkCharters).values(values).returning())[0]!,

    insertSignature: async (values: typeof charterSignatures.$inferInsert) =>
      (await tx.insert(charterSignatures).values(values).onConflictDoNothing().returning()).length > 0,

    /** Every signature of these structures, highest version first. */
    signatures: (structureIds: string[]) =>
      structureIds.length === 0
        ? Promise.resolve([] as SignatureRow[])
        : rows<SignatureRow>(
            tx,
            sql`select g.structure_id, g.charter_id, c.version, g.signatory_name, g.signed_at, g.method
                from charter_signatures g join network_charters c on c.id = g.charter_id
                where g.structure_id in (${sql.join(
                  structureIds.map((i) => sql`${i}`),
                  sql`, `,
                )})
                order by g.structure_id, c.version desc`,
          ),

    publishedStructures: (keeperId: string) =>
      rows<{ id: string; name: string; has_partner: boolean }>(
        tx,
        sql`select s.id, s.name, s.partner_organisation_id is not null as has_partner
            from directory_structures s where s.organisation_id = ${keeperId} and s.status = 'publiee'
            order by s.name`,
      ),

    /** The structures the caller's organisation answers for, in this keeper's directory or any. */
    myStructures: (keeperId?: string) =>
      rows<{ id: string; name: string; organisation_id: string }>(
        tx,
        sql`select s.id, s.name, s.organisation_id from directory_structures s
            where s.id = any (app_partner_structure_ids())
            ${keeperId ? sql`and s.organisation_id = ${keeperId}` : sql``}
            order by s.name`,
      ),

    // —— Meetings ——
    meetings: (keeperId: string, now: Date, upcoming: boolean) =>
      rows<MeetingRow>(
        tx,
        sql`select ${meetingColumns} from network_meetings m
            where m.organisation_id = ${keeperId}
              and ${upcoming ? sql`coalesce(m.ends_at, m.starts_at + interval '1 hour') >= ${now}` : sql`coalesce(m.ends_at, m.starts_at + interval '1 hour') < ${now}`}
            order by m.starts_at ${upcoming ? sql`asc` : sql`desc`}`,
      ),

    meeting: async (meetingId: string) =>
      (
        await rows<MeetingRow>(
          tx,
          sql`select ${meetingColumns} from network_meetings m where m.id = ${meetingId}`,
        )
      )[0],

    insertMeeting: async (values: typeof networkMeetings.$inferInsert) =>
      (await tx.insert(networkMeetings).values(values).returning())[0]!,

    updateMeeting: (meetingId: string, values: Partial<typeof networkMeetings.$inferInsert>) =>
      tx.update(networkMeetings).set(values).where(eq(networkMeetings.id, meetingId)),

    invitations: (meetingId: string) =>
      rows<InvitationRow>(
        tx,
        sql`select i.structure_id, s.name, s.partner_organisation_id is not null as has_partner,
              coalesce(s.email, '') <> '' as has_email, i.response, i.participants, i.attended, i.invited_at,
              i.responded_at
            from meeting_invitations i join directory_structures s on s.id = i.structure_id
            where i.meeting_id = ${meetingId} order by s.name`,
      ),

    /** Invites the structures not invited yet; returns those newly invited. */
    invite: async (keeperId: string, meetingId: string, structureIds: string[], at: Date) =>
      structureIds.length === 0
        ? []
        : (
            await tx
              .insert(meetingInvitations)
              .values(
                structureIds.map((structureId) => ({
                  organisationId: keeperId,
                  meetingId,
                  structureId,
                  invitedAt: at,
                })),
              )
              .onConflictDoNothing()
              .returning({ structureId: meetingInvitations.structureId })
          ).map((r) => r.structureId),

    setAttendance: (meetingId: string, structureId: string, attended: boolean) =>
      tx
        .update(meetingInvitations)
        .set({ attended })
        .where(
          and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.structureId, structureId)),
        )
        .returning({ structureId: meetingInvitations.structureId }),

    /** Serialises the answers to one meeting, so that two partners cannot both take the last places. */
    lockMeeting: (meetingId: string) =>
      tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`meeting:${meetingId}`}, 0))`),

    /** Participants announced for the meeting by every registered structure (not only those the caller sees). */
    placesTaken: async (meetingId: string) =>
      (await rows<{ n: number }>(tx, sql`select network_meeting_places_taken(${meetingId}) as n`))[0]?.n ?? 0,

    answer: (
      meetingId: string,
      structureId: string,
      values: { response: string; participants: number; respondedAt: Date },
    ) =>
      tx
        .update(meetingInvitations)
        .set(values)
        .where(
          and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.structureId, structureId)),
        )
        .returning({ structureId: meetingInvitations.structureId }),

    /** The invitations of the caller's structures, with their meeting (row-level security keeps the others out). */
    myInvitations: (meetingId?: string) =>
      rows<
        MeetingRow & {
          keeper_name: string
          structure_id: string
          structure_name: string
          response: string
          my_participants: number
        }
      >(
        tx,
        sql`select ${meetingColumns}, o.name as keeper_name, i.structure_id, s.name as structure_name, i.response,
              i.participants as my_participants
            from meeting_invitations i
            join network_meetings m on m.id = i.meeting_id
            join organisations o on o.id = m.organisation_id
            join directory_structures s on s.id = i.structure_id
            where i.structure_id = any (app_partner_structure_ids())
              ${meetingId ? sql`and m.id = ${meetingId}` : sql``}
            order by m.starts_at desc, s.name`,
      ),

    structureMeetings: (structureId: string) =>
      rows<{
        id: string
        kind: string
        title: string
        starts_at: Date
        response: string
        participants: number
        attended: boolean | null
      }>(
        tx,
        sql`select m.id, m.kind, m.title, m.starts_at, i.response, i.participants, i.attended
            from meeting_invitations i join network_meetings m on m.id = i.meeting_id
            where i.structure_id = ${structureId} order by m.starts_at desc`,
      ),
  }
}

export type NetworkRepository = ReturnType<typeof networkRepository>
